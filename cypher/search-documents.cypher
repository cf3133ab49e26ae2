// $query requires every searched word (built by the store from escaped, folded words, never raw
// input); the contract orders hits by source id, then paragraph number.
CALL db.index.fulltext.queryNodes('paragraph_search', $query) YIELD node
WITH node
ORDER BY node.source, node.number
LIMIT $first
RETURN node.source AS source, node.number AS number, node.text AS text
