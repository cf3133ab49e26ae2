// Merged-away entity ids and the entity each now stands for ($batch: [{id, to}]).
UNWIND $batch AS row
MERGE (r:Redirect {id: row.id})
SET r.to = row.to
RETURN count(*) AS written
