// One page of entities by id. `afterKnown` is false when $afterId names no entity at all (the
// store then reports a bad cursor); a cursor of another kind is fine and starts after its id.
// Ids are ASCII (seed/README.md), and for ASCII Neo4j's string order (code points) is
// JavaScript's default `<` order, which the embedded store uses.
// `e.id > coalesce($afterId, '')` lets the planner walk the id index in order and stop at $limit.
// The count is guarded by $kind so that "all kinds" comes from the count store.
// Items carry the properties records.ts reads; the claims and figures (most of a record) only
// when $claims, and the degree when $degrees: a page of names and counts is one round trip and
// reads no claim.
OPTIONAL MATCH (cursor:Entity {id: $afterId})
WITH $afterId IS NULL OR cursor IS NOT NULL AS afterKnown
CALL () {
  CALL () {
    WITH 1 AS guard WHERE $kind IS NULL
    MATCH (e:Entity)
    RETURN count(e) AS counted
    UNION ALL
    WITH 1 AS guard WHERE $kind IS NOT NULL
    MATCH (e:Entity)
    WHERE e.kind = $kind
    RETURN count(e) AS counted
  }
  RETURN sum(counted) AS totalCount
}
RETURN afterKnown, totalCount, COLLECT {
  MATCH (e:Entity)
  WHERE e.id > coalesce($afterId, '') AND ($kind IS NULL OR e.kind = $kind)
  WITH e
  ORDER BY e.id
  LIMIT $limit
  RETURN e {.id, .kind, .name, .aliases, .summary, .edtf, .earliest, .latest, .dateText, .disputedFields, .version,
    claimsJson: CASE WHEN $claims THEN e.claimsJson END,
    figuresJson: CASE WHEN $claims THEN e.figuresJson END,
    degree: CASE WHEN $degrees THEN COUNT { (e)--() } END}
} AS items
