// One row per requested source id, in request order (`i`): its document's size, or null.
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (d:Document {id: $ids[i]})
RETURN i, d {.id, .paragraphCount, .characters} AS document
