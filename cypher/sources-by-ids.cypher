// One row per requested id, in request order (`i`), null where the id is unknown. The claims
// of one answer cite a few sources; reading all of them (2,000 at 100k entities) per request
// cost an entity-details request 50 ms.
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (s:Source {id: $ids[i]})
RETURN i, properties(s) AS source
