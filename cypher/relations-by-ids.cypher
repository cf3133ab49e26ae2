// Relations by id. Neo4j 5.26 indexes relationship properties per relationship type only and
// cannot use such an index for a match over all types, so this is one scan of the
// relationships for the whole batch (hence `IN $ids`, never one scan per id). The store maps
// the rows back to the requested order.
MATCH ()-[r]->()
WHERE r.id IN $ids
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
