// Entities within $depth hops of the centre, ignoring direction, over relations of $types
// (null: all) that had begun by $asOf (earliest day <= $asOf; an open start or no date at all
// counts as begun). `ANY SHORTEST` from a bound centre to every reachable node is planned as a
// breadth-first search, so each node's hop distance costs no path enumeration.
// Quantifier bounds must be literals in Neo4j 5.26, hence one branch per depth (1-3, the API's
// range); only the branch whose guard matches $depth runs.
MATCH (c:Entity {id: $id})
WITH c, COLLECT {
  CALL (c) {
    WITH c WHERE $depth = 1
    MATCH p = ANY SHORTEST (c)(()-[r]-()
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($asOf IS NULL OR r.earliest IS NULL OR r.earliest <= date($asOf))){1,1}(n)
    WHERE n <> c
    RETURN n, length(p) AS hops
    UNION ALL
    WITH c WHERE $depth = 2
    MATCH p = ANY SHORTEST (c)(()-[r]-()
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($asOf IS NULL OR r.earliest IS NULL OR r.earliest <= date($asOf))){1,2}(n)
    WHERE n <> c
    RETURN n, length(p) AS hops
    UNION ALL
    WITH c WHERE $depth >= 3
    MATCH p = ANY SHORTEST (c)(()-[r]-()
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($asOf IS NULL OR r.earliest IS NULL OR r.earliest <= date($asOf))){1,3}(n)
    WHERE n <> c
    RETURN n, length(p) AS hops
  }
  RETURN n
  ORDER BY hops, n.id
} AS reached
// The centre plus the nearest $limit - 1 others; truncated when more were in reach.
WITH [c] + reached[0..CASE WHEN $limit > 1 THEN $limit - 1 ELSE 0 END] AS kept,
     $depth >= 1 AND size(reached) + 1 > $limit AS truncated
// Each entity and relation as a list in a fixed order, not a map: see toEntityRow and
// toRelationRow in server/store/neo4j/records.ts, which read these orders. Dates of years 0-9999
// go as ISO strings (the same text the driver's Date.toString() gives), others as dates.
RETURN [n IN kept | [n.id, n.kind, n.name, n.aliases, n.summary, n.edtf,
          CASE WHEN 0 <= n.earliest.year <= 9999 THEN toString(n.earliest) ELSE n.earliest END,
          CASE WHEN 0 <= n.latest.year <= 9999 THEN toString(n.latest) ELSE n.latest END,
          n.dateText, n.figuresJson, n.claimsJson, n.disputedFields]] AS nodes,
       truncated, COLLECT {
  // Outgoing only, so each relation between two kept nodes is met once.
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept
    AND ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR r.earliest IS NULL OR r.earliest <= date($asOf))
  RETURN [r.id, type(r), r.label, a.id, b.id, r.role, r.edtf,
          CASE WHEN 0 <= r.earliest.year <= 9999 THEN toString(r.earliest) ELSE r.earliest END,
          CASE WHEN 0 <= r.latest.year <= 9999 THEN toString(r.latest) ELSE r.latest END,
          r.dateText, r.note, r.claimsJson, r.disputedFields]
  ORDER BY r.id
} AS edges
