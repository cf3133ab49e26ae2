// First statement of the load transaction: removes the previous data set's relations. Nodes are
// kept (the loaders MERGE onto them) and only the stale ones deleted later (clear-stale.cypher):
// in Neo4j 5.26 every index seek in a transaction that has deleted nodes copies the set of ALL
// nodes deleted so far (DefaultNodeValueIndexCursor.removed), so deleting 100k entities up
// front would make each of the ~2M seeks that follow (MERGE, constraint checks, relation ends)
// cost 100k: quadratic.
// Relationship deletions do not enter that set. Every relationship the loader writes joins two
// entities; a failed load rolls this back too.
MATCH (:Entity)-[r]->(:Entity)
DELETE r
