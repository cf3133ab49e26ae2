// The relations of many entities in one round trip: one row per requested id (`i`), each list
// ordered by earliest day (open start first, undated last), then id, and cut to $first.
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $ids[i]})
RETURN i, COLLECT {
  MATCH (e)-[r]-()
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH'
      OR ($direction = 'OUT' AND startNode(r) = e)
      OR ($direction = 'IN' AND endNode(r) = e))
  RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}
  ORDER BY r.edtf IS NULL, r.earliest IS NOT NULL, r.earliest, r.id
  LIMIT $first
} AS relations
