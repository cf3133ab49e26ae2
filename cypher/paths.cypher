// Simple paths (no repeated entity) between two entities, ignoring direction, over relations of
// $types (null: all), at most $maxHops long, ordered by length, then the entity-id sequence,
// then the relation-id sequence (Cypher orders lists element by element), the first $limit.
//
// `SHORTEST k GROUPS` over `{1,m}` returns every trail of each of the k shortest lengths (up to
// m) between the two bound nodes; the point of asking for "shortest" is the planner: it searches
// from both ends over the product graph instead of expanding every walk from $from. Paths that
// repeat an entity (possible in trails) are removed afterwards, which cannot change which
// simple paths are found because whole length groups are returned.
//
// Since the answer is ordered by length first, it lies within the shortest groups that together
// hold $limit simple paths: so k grows one group at a time (g1, g2, ...) and stops as soon as
// the groups found hold $limit simple paths, or fewer than k groups exist (nK < K: there are no
// longer ones within m hops). Each step repeats the previous, smaller search, but the search
// grows steeply with the length (the number of trails of length 4 is ~20x that of length 3 at
// 100k entities / 1M relations), so stopping one group early saves most of the work: searching
// all four groups found ~1,500 trails and took ~100 ms for pairs whose first 3 paths are of
// lengths 2-3. Every executed step's groups include the previous step's, so the answer is the
// last step that ran, i.e. the last non-empty one (an empty later step means all are empty).
// Quantifiers and k must be literals in Neo4j 5.26, hence one branch per $maxHops (1-6, the
// API's range) and one step per k; only the branch whose guard matches $maxHops runs.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  CALL (a, b) {
    MATCH p = SHORTEST 1 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,1}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g1, count(DISTINCT length(p)) AS n1
  }
  RETURN CASE WHEN size(g1) > 0 THEN g1 ELSE [] END AS found
  UNION ALL
  WITH a, b WHERE $maxHops = 2
  CALL (a, b) {
    MATCH p = SHORTEST 1 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,2}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g1, count(DISTINCT length(p)) AS n1
  }
  CALL (a, b, g1, n1) {
    WITH a, b WHERE size(g1) < $limit AND n1 = 1
    MATCH p = SHORTEST 2 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,2}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g2, count(DISTINCT length(p)) AS n2
  }
  RETURN CASE WHEN size(g2) > 0 THEN g2 WHEN size(g1) > 0 THEN g1 ELSE [] END AS found
  UNION ALL
  WITH a, b WHERE $maxHops = 3
  CALL (a, b) {
    MATCH p = SHORTEST 1 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,3}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g1, count(DISTINCT length(p)) AS n1
  }
  CALL (a, b, g1, n1) {
    WITH a, b WHERE size(g1) < $limit AND n1 = 1
    MATCH p = SHORTEST 2 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,3}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g2, count(DISTINCT length(p)) AS n2
  }
  CALL (a, b, g2, n2) {
    WITH a, b WHERE size(g2) < $limit AND n2 = 2
    MATCH p = SHORTEST 3 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,3}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g3, count(DISTINCT length(p)) AS n3
  }
  RETURN CASE WHEN size(g3) > 0 THEN g3 WHEN size(g2) > 0 THEN g2 WHEN size(g1) > 0 THEN g1 ELSE [] END AS found
  UNION ALL
  WITH a, b WHERE $maxHops = 4
  CALL (a, b) {
    MATCH p = SHORTEST 1 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,4}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g1, count(DISTINCT length(p)) AS n1
  }
  CALL (a, b, g1, n1) {
    WITH a, b WHERE size(g1) < $limit AND n1 = 1
    MATCH p = SHORTEST 2 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,4}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g2, count(DISTINCT length(p)) AS n2
  }
  CALL (a, b, g2, n2) {
    WITH a, b WHERE size(g2) < $limit AND n2 = 2
    MATCH p = SHORTEST 3 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,4}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g3, count(DISTINCT length(p)) AS n3
  }
  CALL (a, b, g3, n3) {
    WITH a, b WHERE size(g3) < $limit AND n3 = 3
    MATCH p = SHORTEST 4 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,4}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g4, count(DISTINCT length(p)) AS n4
  }
  RETURN CASE WHEN size(g4) > 0 THEN g4 WHEN size(g3) > 0 THEN g3 WHEN size(g2) > 0 THEN g2 WHEN size(g1) > 0 THEN g1 ELSE [] END AS found
  UNION ALL
  WITH a, b WHERE $maxHops = 5
  CALL (a, b) {
    MATCH p = SHORTEST 1 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,5}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g1, count(DISTINCT length(p)) AS n1
  }
  CALL (a, b, g1, n1) {
    WITH a, b WHERE size(g1) < $limit AND n1 = 1
    MATCH p = SHORTEST 2 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,5}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g2, count(DISTINCT length(p)) AS n2
  }
  CALL (a, b, g2, n2) {
    WITH a, b WHERE size(g2) < $limit AND n2 = 2
    MATCH p = SHORTEST 3 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,5}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g3, count(DISTINCT length(p)) AS n3
  }
  CALL (a, b, g3, n3) {
    WITH a, b WHERE size(g3) < $limit AND n3 = 3
    MATCH p = SHORTEST 4 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,5}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g4, count(DISTINCT length(p)) AS n4
  }
  CALL (a, b, g4, n4) {
    WITH a, b WHERE size(g4) < $limit AND n4 = 4
    MATCH p = SHORTEST 5 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,5}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g5, count(DISTINCT length(p)) AS n5
  }
  RETURN CASE WHEN size(g5) > 0 THEN g5 WHEN size(g4) > 0 THEN g4 WHEN size(g3) > 0 THEN g3 WHEN size(g2) > 0 THEN g2 WHEN size(g1) > 0 THEN g1 ELSE [] END AS found
  UNION ALL
  WITH a, b WHERE $maxHops >= 6
  CALL (a, b) {
    MATCH p = SHORTEST 1 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g1, count(DISTINCT length(p)) AS n1
  }
  CALL (a, b, g1, n1) {
    WITH a, b WHERE size(g1) < $limit AND n1 = 1
    MATCH p = SHORTEST 2 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g2, count(DISTINCT length(p)) AS n2
  }
  CALL (a, b, g2, n2) {
    WITH a, b WHERE size(g2) < $limit AND n2 = 2
    MATCH p = SHORTEST 3 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g3, count(DISTINCT length(p)) AS n3
  }
  CALL (a, b, g3, n3) {
    WITH a, b WHERE size(g3) < $limit AND n3 = 3
    MATCH p = SHORTEST 4 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g4, count(DISTINCT length(p)) AS n4
  }
  CALL (a, b, g4, n4) {
    WITH a, b WHERE size(g4) < $limit AND n4 = 4
    MATCH p = SHORTEST 5 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g5, count(DISTINCT length(p)) AS n5
  }
  CALL (a, b, g5, n5) {
    WITH a, b WHERE size(g5) < $limit AND n5 = 5
    MATCH p = SHORTEST 6 GROUPS (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types){1,6}(b)
    RETURN collect(CASE WHEN all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..]) THEN p END) AS g6, count(DISTINCT length(p)) AS n6
  }
  RETURN CASE WHEN size(g6) > 0 THEN g6 WHEN size(g5) > 0 THEN g5 WHEN size(g4) > 0 THEN g4 WHEN size(g3) > 0 THEN g3 WHEN size(g2) > 0 THEN g2 WHEN size(g1) > 0 THEN g1 ELSE [] END AS found
}
UNWIND found AS p
WITH p, nodes(p) AS ns, relationships(p) AS rs
ORDER BY size(rs), [n IN ns | n.id], [r IN rs | r.id]
LIMIT $limit
// Each entity and relation as a list in a fixed order, not a map: see toEntityRow and
// toRelationRow in server/store/neo4j/records.ts, which read these orders. Dates of years 0-9999
// go as ISO strings (the same text the driver's Date.toString() gives), others as dates.
RETURN [n IN ns | [n.id, n.kind, n.name, n.aliases, n.summary, n.edtf,
          CASE WHEN 0 <= n.earliest.year <= 9999 THEN toString(n.earliest) ELSE n.earliest END,
          CASE WHEN 0 <= n.latest.year <= 9999 THEN toString(n.latest) ELSE n.latest END,
          n.dateText, n.figuresJson, n.claimsJson, n.disputedFields]] AS nodes,
       [r IN rs | [r.id, type(r), r.label, startNode(r).id, endNode(r).id, r.role, r.edtf,
          CASE WHEN 0 <= r.earliest.year <= 9999 THEN toString(r.earliest) ELSE r.earliest END,
          CASE WHEN 0 <= r.latest.year <= 9999 THEN toString(r.latest) ELSE r.latest END,
          r.dateText, r.note, r.claimsJson, r.disputedFields]] AS edges
