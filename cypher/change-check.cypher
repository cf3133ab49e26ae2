// The stored state of every record a change touches, one row per $records entry (`i`):
// `present`, and `version` for entities and relations (records loaded before versions were
// stored count as 1); for an entity, `redirected` when a redirect holds its id (a merged-away id
// stays taken). $records: [{kind, id, from, to}], `from`/`to` the ends a relation had
// before the change, null for a relation the change creates.
// A relation that existed is looked up by expanding from its stored start (no index covers the
// relationships of every type, see relations-by-ids.cypher). That its id is still free can only
// be told by a scan of all relationships, so only creates pay for one.
// `unknownTypes`: the relation types of $relationTypes (those the change writes) that the
// vocabulary does not have; `unknownKinds`: the kinds of $entityKinds not in kinds.json.
UNWIND range(0, size($records) - 1) AS i
WITH i, $records[i] AS record
CALL (record) {
  WITH record WHERE record.kind = 'entity'
  OPTIONAL MATCH (e:Entity {id: record.id})
  OPTIONAL MATCH (redirect:Redirect {id: record.id})
  RETURN e IS NOT NULL AS present, coalesce(e.version, 1) AS version, redirect IS NOT NULL AS redirected
  UNION ALL
  WITH record WHERE record.kind = 'source'
  OPTIONAL MATCH (s:Source {id: record.id})
  RETURN s IS NOT NULL AS present, null AS version, false AS redirected
  UNION ALL
  WITH record WHERE record.kind = 'document'
  OPTIONAL MATCH (d:Document {id: record.id})
  RETURN d IS NOT NULL AS present, null AS version, false AS redirected
  UNION ALL
  WITH record WHERE record.kind = 'redirect'
  OPTIONAL MATCH (r:Redirect {id: record.id})
  RETURN r IS NOT NULL AS present, null AS version, false AS redirected
  UNION ALL
  WITH record WHERE record.kind = 'relation' AND record.from IS NOT NULL
  OPTIONAL MATCH (:Entity {id: record.from})-[r]->(:Entity {id: record.to})
  WHERE r.id = record.id
  RETURN r IS NOT NULL AS present, coalesce(r.version, 1) AS version, false AS redirected
  UNION ALL
  WITH record WHERE record.kind = 'relation' AND record.from IS NULL
  OPTIONAL MATCH ()-[r]->()
  WHERE r.id = record.id
  RETURN r IS NOT NULL AS present, coalesce(r.version, 1) AS version, false AS redirected
}
RETURN i, present, version, redirected, [type IN $relationTypes WHERE NOT EXISTS { MATCH (:RelationType {type: type}) }] AS unknownTypes,
       [kind IN $entityKinds WHERE NOT EXISTS { MATCH (:EntityKind {kind: kind}) }] AS unknownKinds
