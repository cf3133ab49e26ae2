// $query is a Lucene query built by the store from escaped terms (never raw user input).
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score
ORDER BY score DESC, node.id
LIMIT $first
// The properties records.ts reads; claims and figures only when the answer shows them ($claims).
RETURN node {.id, .kind, .name, .aliases, .summary, .edtf, .earliest, .latest, .dateText, .disputedFields, .version,
  claimsJson: CASE WHEN $claims THEN node.claimsJson END,
  figuresJson: CASE WHEN $claims THEN node.figuresJson END} AS entity, score
