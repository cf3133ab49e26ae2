// Records a change, in the transaction that applies it (or alone, for a proposal): the :Change
// node, and one :ChangeRecord per record it touched ($recordIds), so that a record's history
// is one seek of the change_record_history index. Review properties are set when settled.
CREATE (c:Change {
  id: $id, seq: $seq, at: $at, author: $author, operation: $operation, reason: $reason,
  status: $status, recordsJson: $recordsJson, revertOf: $revertOf
})
WITH c
UNWIND $recordIds AS recordId
CREATE (:ChangeRecord {recordId: recordId, seq: $seq})-[:OF]->(c)
RETURN count(*) AS written
