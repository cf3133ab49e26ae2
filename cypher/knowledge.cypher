// Who knew what when. Knowledge reaches the `to` end of a relation whose type carries knowledge
// (from the :RelationType nodes). By $asOf an actor certainly knew through a relation whose
// latest day <= $asOf (the one with the smallest latest day, then smallest id), and possibly
// knew through one that had begun by then (earliest day <= $asOf, an open start counting as
// begun; the smallest earliest day, open start first, then smallest id). Undated relations are
// never used. CERTAIN returns only actors who certainly knew; POSSIBLE adds the others,
// an actor who certainly knew staying CERTAIN via its certain relation.
// Ordered by the via relation's earliest day (open start first), then actor id.
MATCH (t:RelationType {carriesKnowledge: true})
WITH collect(t.type) AS knowledgeTypes
CALL () {
  WITH 1 AS guard WHERE $actor IS NOT NULL
  MATCH (actor:Entity {id: $actor})
  RETURN actor
  UNION ALL
  WITH 1 AS guard WHERE $actor IS NULL
  MATCH (actor:Entity)
  RETURN actor
}
WITH actor,
  COLLECT {
    MATCH (actor)<-[r:$any(knowledgeTypes)]-()
    WHERE r.latest <= date($asOf)
    RETURN r
    ORDER BY r.latest, r.id
    LIMIT 1
  } AS certain,
  COLLECT {
    MATCH (actor)<-[r:$any(knowledgeTypes)]-()
    WHERE r.edtf IS NOT NULL AND (r.earliest IS NULL OR r.earliest <= date($asOf))
    RETURN r
    ORDER BY r.earliest IS NOT NULL, r.earliest, r.id
    LIMIT 1
  } AS possible
WITH actor, certain[0] AS certainVia, possible[0] AS possibleVia
WHERE certainVia IS NOT NULL OR ($certainty = 'POSSIBLE' AND possibleVia IS NOT NULL)
WITH actor,
     coalesce(certainVia, possibleVia) AS via,
     CASE WHEN certainVia IS NOT NULL THEN 'CERTAIN' ELSE 'POSSIBLE' END AS certainty
RETURN properties(actor) AS actor,
       via {.*, type: type(via), from: startNode(via).id, to: endNode(via).id} AS via,
       certainty
ORDER BY via.earliest IS NOT NULL, via.earliest, actor.id
