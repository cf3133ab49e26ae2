// Entities, sources and documents by id, asked for together (idReads.ts): one row per entry of
// $asks ([{kind, id}]), in request order (`i`), with `value` null where the id is unknown. An
// entity's `redirect` is the id a merged-away id now stands for (the store follows it); a
// document is its source's (by the source id), as its size. One list of asks rather than one
// per kind: Neo4j caches a plan per length class of each list parameter, so three lists would
// plan every combination of their lengths.
UNWIND range(0, size($asks) - 1) AS i
WITH i, $asks[i] AS ask
CALL (ask) {
  WITH ask WHERE ask.kind = 'entity'
  OPTIONAL MATCH (e:Entity {id: ask.id})
  OPTIONAL MATCH (r:Redirect {id: ask.id})
  WHERE e IS NULL
  RETURN properties(e) AS value, r.to AS redirect
  UNION ALL
  WITH ask WHERE ask.kind = 'source'
  OPTIONAL MATCH (s:Source {id: ask.id})
  RETURN properties(s) AS value, null AS redirect
  UNION ALL
  WITH ask WHERE ask.kind = 'document'
  OPTIONAL MATCH (d:Document {id: ask.id})
  RETURN d {.id, .paragraphCount, .characters} AS value, null AS redirect
}
RETURN i, value, redirect
