// The stored relationships of the relations a change updates or retracts ($batch: [{id, from,
// to}], the ends they had before). An updated relation is written again by
// load-relations.cypher: a relationship's type and ends cannot change in place.
UNWIND $batch AS row
MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
WHERE r.id = row.id
DELETE r
RETURN count(*) AS written
