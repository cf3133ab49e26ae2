// Sources a change removes (the revert of createSource).
UNWIND $ids AS id
MATCH (s:Source {id: id})
DELETE s
RETURN count(*) AS written
