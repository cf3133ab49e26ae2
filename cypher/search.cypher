// $query is a Lucene query built by the store from escaped terms (never raw user input).
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN properties(node) AS entity, score
ORDER BY score DESC, node.id
LIMIT $first
