// Disputes are derived by the data-set loader (one place, so both stores agree); stored as-is.
UNWIND $batch AS row
MERGE (d:Dispute {subjectId: row.subjectId, field: row.field})
SET d.subjectKind = row.subjectKind,
    d.claimsJson = row.claimsJson
RETURN count(d) AS written
