// One row per requested id, in request order (`i`), null where the id is unknown. For the id
// of a merged-away entity, `redirect` is the id it now stands for (the store follows it).
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $ids[i]})
OPTIONAL MATCH (r:Redirect {id: $ids[i]})
WHERE e IS NULL
RETURN i, properties(e) AS entity, r.to AS redirect
