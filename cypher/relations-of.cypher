// The relations of many entities in one round trip: one row per requested id (`i`), each list
// ordered by earliest day (open start first, undated last), then id, and cut to $first.
// Sorted and cut before the map projection, so that only the $first kept relations pay for
// reading all their properties and both end nodes (a hub has thousands of relations).
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
  RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}
} AS relations
