// Who raised the alarm (GraphStore.raisedConcerns): the senders of dated knowledge-carrying
// relations, and the authors (types with creditsAuthor) of such senders. Each actor's relations
// in evidence order; the actor counts once its first relation had begun by $asOf.
// $after: [earliest ISO day or null, actor id] or null.
MATCH (t:RelationType)
WITH collect(CASE WHEN t.carriesKnowledge THEN t.type END) AS carriers,
     collect(CASE WHEN t.creditsAuthor THEN t.type END) AS credits
CALL (carriers, credits) {
  MATCH (actor:Entity)-[k:$any(carriers)]->()
  WHERE ($actor IS NULL OR actor.id = $actor) AND k.edtf IS NOT NULL
  RETURN actor, k
  UNION
  MATCH (actor:Entity)-[:$any(credits)]->(work)-[k:$any(carriers)]->()
  WHERE ($actor IS NULL OR actor.id = $actor) AND k.edtf IS NOT NULL
  RETURN actor, k
}
WITH actor, k
ORDER BY k.earliest IS NOT NULL, k.earliest, k.latest IS NULL, k.latest, k.id
WITH actor, collect(k) AS sent
WITH actor, sent, sent[0].earliest AS since
WHERE (since IS NULL OR since <= date($asOf))
  AND ($after IS NULL OR CASE
    WHEN $after[0] IS NULL THEN since IS NOT NULL OR actor.id > $after[1]
    ELSE since > date($after[0]) OR (since = date($after[0]) AND actor.id > $after[1])
  END)
ORDER BY since IS NOT NULL, since, actor.id
LIMIT $first
RETURN properties(actor) AS actor,
  [k IN sent WHERE k.earliest IS NULL OR k.earliest <= date($asOf)
    | k {.*, type: type(k), from: startNode(k).id, to: endNode(k).id}] AS relations
