// Disputes are derived by the data-set loader (one place, so both stores agree); stored as-is.
// MERGE onto the previous data set's dispute, replacing every property (see load-entities.cypher).
UNWIND $batch AS row
MERGE (d:Dispute {subjectId: row.subjectId, field: row.field})
SET d = {subjectId: row.subjectId, field: row.field, subjectKind: row.subjectKind, claimsJson: row.claimsJson}
RETURN count(d) AS written
