// The relations of many entities in one round trip: one row per requested id (`i`), each list
// ordered by earliest day (open start first, undated last), then id, and cut to $first.
// Sorted and cut before the map projection, so that only the $first kept relations pay for
// reading their properties and both end nodes (a hub has thousands of relations). Each relation
// comes with the kind and name of its ends, so an answer naming them needs no further round
// trip, and with its claims only when the answer shows them ($claims).
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $ids[i]})
RETURN i, COLLECT {
  MATCH (e)-[r]-()
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH'
      OR ($direction = 'OUT' AND startNode(r) = e)
      OR ($direction = 'IN' AND endNode(r) = e))
  WITH r
  ORDER BY r.edtf IS NULL, r.earliest IS NOT NULL, r.earliest, r.id
  LIMIT $first
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN r {.id, .label, .role, .note, .edtf, .earliest, .latest, .dateText, .disputedFields, .version,
    type: type(r), from: a.id, fromKind: a.kind, fromName: a.name, to: b.id, toKind: b.kind, toName: b.name,
    claimsJson: CASE WHEN $claims THEN r.claimsJson END}
} AS relations
