// Who knew what when (GraphStore.knowledge has the rules). The :RelationType nodes say which
// types carry knowledge and which pass it on, and in which direction. A knowledge-carrying
// relation k reaches its `to` end DIRECTLY, and INSTITUTIONALLY every entity at most two links
// away over types that pass knowledge the way travelled, each link in force at k's date, never
// k's own sender. Only entities of actor kinds (the :EntityKind nodes with `actor`, from
// kinds.json) know: every entity on the way, k's receiver included, must be one, so an entity
// of another kind neither knows nor passes knowledge on. Per (actor, channel): the certain via
// is the item with the smallest latest day (then id), the possible via the one with the
// smallest earliest day (open first, then id).
// $direct, $institutional: whether each channel is wanted (booleans, so that any choice shares
// one plan); $after: [earliest ISO day or null, actor id, channel] or null.
OPTIONAL MATCH (kind:EntityKind)
WHERE kind.actor
WITH collect(kind.kind) AS actorKinds
MATCH (t:RelationType)
WITH actorKinds,
     collect(CASE WHEN t.carriesKnowledge THEN t.type END) AS carriers,
     collect(CASE WHEN t.passesKnowledge IN ['forward', 'both'] THEN t.type END) AS forward,
     collect(CASE WHEN t.passesKnowledge IN ['backward', 'both'] THEN t.type END) AS backward,
     collect(CASE WHEN t.passesKnowledge IS NOT NULL THEN t.type END) AS flows
// Who can hear at x: the actor itself (DIRECT), or x one or two links away (INSTITUTIONAL).
CALL (forward, backward, flows, actorKinds) {
  WITH 1 AS guard WHERE $direct
  MATCH (actor:Entity)
  WHERE ($actor IS NULL OR actor.id = $actor) AND actor.kind IN actorKinds
  RETURN actor, actor AS x, 'DIRECT' AS channel, [] AS chain
  UNION ALL
  WITH 1 AS guard WHERE $institutional
  MATCH (actor:Entity)-[l1:$any(flows)]-(x1)
  WHERE ($actor IS NULL OR actor.id = $actor) AND x1 <> actor AND actor.kind IN actorKinds AND x1.kind IN actorKinds
    AND ((startNode(l1) = x1 AND type(l1) IN forward) OR (endNode(l1) = x1 AND type(l1) IN backward))
  CALL (actor, l1, x1, forward, backward, flows, actorKinds) {
    RETURN x1 AS x, [l1] AS chain
    UNION ALL
    MATCH (x1)-[l2:$any(flows)]-(x2)
    WHERE x2 <> actor AND x2 <> x1 AND x2.kind IN actorKinds
      AND ((startNode(l2) = x2 AND type(l2) IN forward) OR (endNode(l2) = x2 AND type(l2) IN backward))
    RETURN x2 AS x, [l2, l1] AS chain
  }
  RETURN actor, x, 'INSTITUTIONAL' AS channel, chain
}
// The warnings into each x are read once for all who hear at x: many actors hear at the same
// body, and expanding x's relationships once per hearer was most of this query's work.
WITH carriers, x, collect({actor: actor, channel: channel, chain: chain}) AS hearers
MATCH (x)<-[k:$any(carriers)]-(sender)
WHERE k.edtf IS NOT NULL
UNWIND hearers AS hearer
WITH hearer.actor AS actor, hearer.channel AS channel, hearer.chain AS chain, k, sender
WHERE (channel = 'DIRECT' OR sender <> actor)
  AND all(link IN chain WHERE link.edtf IS NULL
    OR ((link.earliest IS NULL OR k.latest IS NULL OR link.earliest <= k.latest) AND (link.latest IS NULL OR k.earliest IS NULL OR link.latest >= k.earliest)))
// One item per (actor, channel, k): its shortest chain, then the smallest sequence of ids.
WITH actor, channel, k, chain
ORDER BY size(chain), [link IN chain | link.id]
WITH actor, channel, k, head(collect(chain)) AS chain
// Evidence order, kept by collect.
ORDER BY k.earliest IS NOT NULL, k.earliest, k.latest IS NULL, k.latest, k.id
// Each item carries k's days and id: the reductions below read them many times per item, and a
// property of a relationship is read from the store each time it is asked for.
WITH actor, channel, collect({k: k, chain: chain, id: k.id, earliest: k.earliest, latest: k.latest}) AS items
WITH actor, channel, items,
  reduce(best = null, item IN items |
    CASE WHEN item.latest IS NOT NULL AND (best IS NULL OR item.latest < best.latest OR (item.latest = best.latest AND item.id < best.id))
    THEN item ELSE best END) AS certain,
  reduce(best = null, item IN items |
    CASE WHEN best IS NULL OR (item.earliest IS NULL AND best.earliest IS NOT NULL)
      OR (item.earliest IS NOT NULL AND best.earliest IS NOT NULL AND item.earliest < best.earliest)
      OR (((item.earliest IS NULL AND best.earliest IS NULL) OR item.earliest = best.earliest) AND item.id < best.id)
    THEN item ELSE best END) AS possible
WITH actor, channel, items,
  CASE
    WHEN certain IS NOT NULL AND certain.latest <= date($asOf) THEN [certain, 'CERTAIN']
    WHEN $certainty = 'POSSIBLE' AND (possible.earliest IS NULL OR possible.earliest <= date($asOf)) THEN [possible, 'POSSIBLE']
  END AS row
WHERE row IS NOT NULL
WITH actor, channel, items, row[0] AS via, row[1] AS certainty
WITH actor, channel, items, via, certainty, via.earliest AS since
WHERE $after IS NULL OR CASE
  WHEN $after[0] IS NULL THEN since IS NOT NULL OR actor.id > $after[1] OR (actor.id = $after[1] AND channel > $after[2])
  ELSE since > date($after[0]) OR (since = date($after[0]) AND (actor.id > $after[1] OR (actor.id = $after[1] AND channel > $after[2])))
END
ORDER BY since IS NOT NULL, since, actor.id, channel
LIMIT $first
WITH actor, channel, certainty, via.k AS k, via.chain AS chain,
  [item IN items
    WHERE CASE $certainty WHEN 'CERTAIN' THEN item.latest <= date($asOf) ELSE item.earliest IS NULL OR item.earliest <= date($asOf) END
    | item.k] AS evidence
RETURN properties(actor) AS actor, channel, certainty,
  k {.*, type: type(k), from: startNode(k).id, to: endNode(k).id} AS via,
  [link IN chain | link {.*, type: type(link), from: startNode(link).id, to: endNode(link).id}] AS chain,
  [r IN evidence | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS evidence
ORDER BY k.earliest IS NOT NULL, k.earliest, actor.id, channel
