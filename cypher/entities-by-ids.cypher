// One row per requested id, in request order (`i`), null where the id is unknown.
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $ids[i]})
RETURN i, properties(e) AS entity
