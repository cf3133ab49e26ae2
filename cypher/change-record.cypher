// Records a change, in the transaction that applies it (or alone, for a proposal): the :Change
// node ($change: at, author, operation, reason, status, recordsJson, revertOf), and one
// :ChangeRecord per record it touched ($recordIds), so that a record's history is one seek of
// the change_record_history index. Its number is the one change-check.cypher took under the
// change lock earlier in this transaction, read here from the sequence node so that this
// statement can be sent without waiting for that one; its id is $idPrefix followed by the
// number. Review properties are set when settled. The change's values come as one map: Neo4j
// caches a plan per length class of each string parameter, and reasons and JSON vary in length,
// a map does not.
MATCH (sequence:ChangeSequence {name: 'changes'})
CREATE (c:Change)
SET c = $change, c.seq = sequence.seq, c.id = $idPrefix + toString(sequence.seq)
WITH c
UNWIND $recordIds AS recordId
CREATE (:ChangeRecord {recordId: recordId, seq: c.seq})-[:OF]->(c)
RETURN count(*) AS written
