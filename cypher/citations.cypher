// The records whose claims (or figures' claims) cite a source: $needle is the source id as it
// appears in the claims JSON. The store picks the claims out and orders them. A scan: the
// reader asks once per document opened.
CALL () {
  MATCH (n:Entity)
  WHERE n.claimsJson CONTAINS $needle OR n.figuresJson CONTAINS $needle
  RETURN n {.*} AS entity, null AS relation
  UNION ALL
  MATCH ()-[r]->()
  WHERE r.claimsJson CONTAINS $needle
  RETURN null AS entity, r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation
}
RETURN entity, relation
