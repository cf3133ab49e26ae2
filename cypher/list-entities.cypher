// One page of entities by id. `afterKnown` is false when $afterId names no entity at all (the
// store then reports a bad cursor); a cursor of another kind is fine and starts after its id.
// Ids are ASCII (seed/README.md), and for ASCII Neo4j's string order (code points) is
// JavaScript's default `<` order, which the embedded store uses.
// `e.id > coalesce($afterId, '')` lets the planner walk the id index in order and stop at $limit.
// Items carry the properties records.ts reads; the claims and figures (most of a record) only
// when $claims, everything but id, kind, name and version only when $details (a smaller map:
// the driver decodes every key), and the degree when $degrees: a page of names and counts is
// one round trip and reads nothing else.
OPTIONAL MATCH (cursor:Entity {id: $afterId})
WITH $afterId IS NULL OR cursor IS NOT NULL AS afterKnown
// Both counts are cheap whatever $kind: all entities from the count store, one kind by the kind
// index (with $kind null the seek finds nothing).
CALL () { MATCH (e:Entity) RETURN count(e) AS everyKind }
CALL () { MATCH (e:Entity) WHERE e.kind = $kind RETURN count(e) AS ofKind }
WITH afterKnown, CASE WHEN $kind IS NULL THEN everyKind ELSE ofKind END AS totalCount
RETURN afterKnown, totalCount, COLLECT {
  MATCH (e:Entity)
  WHERE e.id > coalesce($afterId, '') AND ($kind IS NULL OR e.kind = $kind)
  WITH e
  ORDER BY e.id
  LIMIT $limit
  WITH e, CASE WHEN $degrees THEN COUNT { (e)--() } END AS degree
  RETURN CASE WHEN $details
    THEN e {.id, .kind, .name, .version, .aliases, .summary, .edtf, .earliest, .latest, .dateText, .disputedFields, degree: degree,
      claimsJson: CASE WHEN $claims THEN e.claimsJson END,
      figuresJson: CASE WHEN $claims THEN e.figuresJson END}
    ELSE e {.id, .kind, .name, .version, degree: degree}
  END
} AS items
