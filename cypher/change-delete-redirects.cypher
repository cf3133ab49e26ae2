// Redirects a change removes (the revert of a merge).
UNWIND $ids AS id
MATCH (r:Redirect {id: id})
DELETE r
RETURN count(*) AS written
