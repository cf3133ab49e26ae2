// First statement of every write of the change store: takes the change lock, records the
// change, then reads the stored state of every record the change touches, in one round trip.
//
// The lock is the write lock of the one :ChangeSequence node, so that writes happen one at a
// time: Neo4j reads without locks, and two changes checked side by side could both pass the same
// version check. The reads below run after the SET (the clauses of a statement apply in order),
// so they see what the previous change committed. `seq`: the change's number. `writes` counts
// every write, settling too: the store's caches of the graph (mention-version.cypher) are stale
// once it moves.
//
// $change (at, author, operation, reason, status, recordsJson, revertOf) is the change to
// record: a new number (the lock is taken before the read of `seq`, as the right side of SET
// reads the property it writes), the :Change node with id $idPrefix + number, and one
// :ChangeRecord per record it touched ($recordIds), so that a record's history is one seek of
// the change_record_history index. Review properties are set when settled. Null to settle a
// proposal, which only takes the lock. The change's values come as one map: Neo4j caches a plan
// per length class of each string parameter, and reasons and JSON vary in length, a map does
// not. Recorded here rather than after the writes, it costs no statement of its own; a refused
// change rolls back with it.
//
// `checked`: one entry per $records entry (`i`): `present`, and `version` for entities and
// relations (records loaded before versions were stored count as 1); for an entity,
// `redirected` when a redirect holds its id (a merged-away id stays taken). $records: [{kind,
// id, from, to}], `from`/`to` the ends a relation had before the change, null for a relation the
// change creates; empty for a proposal.
// A relation that existed is looked up by expanding from its stored start (no index covers the
// relationships of every type, see relations-by-ids.cypher). That its id is still free can only
// be told by a scan of all relationships, so only creates pay for one.
// `unknownTypes`: the relation types of $relationTypes (those the change writes) that the
// vocabulary does not have; `unknownKinds`: the kinds of $entityKinds not in kinds.json.
MERGE (sequence:ChangeSequence {name: 'changes'})
ON CREATE SET sequence.seq = 0
SET sequence.seq = sequence.seq + CASE WHEN $change IS NULL THEN 0 ELSE 1 END,
    sequence.writes = coalesce(sequence.writes, 0) + 1
WITH sequence.seq AS seq
CALL (seq) {
  WITH seq WHERE $change IS NOT NULL
  CREATE (c:Change)
  SET c = $change, c.seq = seq, c.id = $idPrefix + toString(seq)
  WITH c
  UNWIND $recordIds AS recordId
  CREATE (:ChangeRecord {recordId: recordId, seq: c.seq})-[:OF]->(c)
}
CALL () {
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
  RETURN collect({i: i, present: present, version: version, redirected: redirected}) AS checked
}
RETURN seq, checked,
       [type IN $relationTypes WHERE NOT EXISTS { MATCH (:RelationType {type: type}) }] AS unknownTypes,
       [kind IN $entityKinds WHERE NOT EXISTS { MATCH (:EntityKind {kind: kind}) }] AS unknownKinds
