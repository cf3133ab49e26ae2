// Retracted entities. DELETE, not DETACH DELETE: a change retracts an entity's relations as
// records of their own, so a relationship still attached here would vanish without a record;
// Neo4j refuses to delete such a node, and the whole change with it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DELETE e
RETURN count(*) AS written
