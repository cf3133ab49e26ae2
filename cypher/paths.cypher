// Simple paths (no repeated entity) between two entities, ignoring direction, over relations of
// $types (null: all), at most $maxHops long, ordered by length, then the entity-id sequence,
// then the relation-id sequence (Cypher orders lists element by element), the first $limit.
//
// `SHORTEST k GROUPS` over `{1,k}` returns every trail of each length 1..k between the two
// bound nodes, i.e. all of them; the point of asking for "shortest" is the planner: it searches
// from both ends over the product graph instead of expanding every walk from $from. Paths that
// repeat an entity (possible in trails) are removed afterwards, which cannot change which
// simple paths are found because all lengths up to k are returned anyway.
// Quantifiers and k must be literals in Neo4j 5.26, hence one branch per $maxHops (1-6, the
// API's range); only the branch whose guard matches runs.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = SHORTEST 1 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,1}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 2
  MATCH p = SHORTEST 2 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,2}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 3
  MATCH p = SHORTEST 3 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,3}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 4
  MATCH p = SHORTEST 4 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,4}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops = 5
  MATCH p = SHORTEST 5 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,5}(b)
  RETURN p
  UNION ALL
  WITH a, b WHERE $maxHops >= 6
  MATCH p = SHORTEST 6 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
  RETURN p
}
WITH p, nodes(p) AS ns, relationships(p) AS rs
WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
RETURN [n IN ns | properties(n)] AS nodes,
       [r IN rs | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS edges
ORDER BY size(rs), [n IN ns | n.id], [r IN rs | r.id]
LIMIT $limit
