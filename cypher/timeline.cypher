// Dated entities and relations whose [earliest, latest] overlaps [$fromDay, $toDay] (null: open;
// an item's open start or end overlaps everything on that side), optionally only $entity and
// the relations touching it. Ordered by earliest day (open start first), latest day (open end
// last: nulls sort last ascending), then id; the first $first.
// Each branch opens with a guard on $entity, so only the branches for the asked case run.
CALL () {
  WITH 1 AS guard WHERE $entity IS NULL
  MATCH (e:Entity)
  WHERE e.edtf IS NOT NULL
    AND ($toDay IS NULL OR e.earliest IS NULL OR e.earliest <= date($toDay))
    AND ($fromDay IS NULL OR e.latest IS NULL OR e.latest >= date($fromDay))
  RETURN properties(e) AS entity, null AS relation, e.earliest AS earliest, e.latest AS latest, e.id AS id
  UNION ALL
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (e:Entity {id: $entity})
  WHERE e.edtf IS NOT NULL
    AND ($toDay IS NULL OR e.earliest IS NULL OR e.earliest <= date($toDay))
    AND ($fromDay IS NULL OR e.latest IS NULL OR e.latest >= date($fromDay))
  RETURN properties(e) AS entity, null AS relation, e.earliest AS earliest, e.latest AS latest, e.id AS id
  UNION ALL
  WITH 1 AS guard WHERE $entity IS NULL
  MATCH (:Entity)-[r]->(:Entity)
  WHERE r.edtf IS NOT NULL
    AND ($toDay IS NULL OR r.earliest IS NULL OR r.earliest <= date($toDay))
    AND ($fromDay IS NULL OR r.latest IS NULL OR r.latest >= date($fromDay))
  RETURN null AS entity, r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation,
         r.earliest AS earliest, r.latest AS latest, r.id AS id
  UNION ALL
  WITH 1 AS guard WHERE $entity IS NOT NULL
  MATCH (:Entity {id: $entity})-[r]-()
  WHERE r.edtf IS NOT NULL
    AND ($toDay IS NULL OR r.earliest IS NULL OR r.earliest <= date($toDay))
    AND ($fromDay IS NULL OR r.latest IS NULL OR r.latest >= date($fromDay))
  RETURN null AS entity, r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relation,
         r.earliest AS earliest, r.latest AS latest, r.id AS id
}
RETURN entity, relation
ORDER BY earliest IS NOT NULL, earliest, latest, id
LIMIT $first
