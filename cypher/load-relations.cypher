// Also written by the change store (one row per created or changed relation, after the old
// relationship is deleted). `version` counts the changes applied to the relation (1 as loaded).
// Relationship types come from a parameter: Neo4j 5.26 accepts a dynamic type (`[r:$(expr)]`),
// so the statement text never changes with the data. The loader still checks every type
// against the data set's vocabulary (and /^[A-Z][A-Z0-9_]*$/) before running this.
//
// CREATE, not MERGE: in 5.26 a MERGE with a dynamic relationship type is planned as a scan of
// ALL relationships per row (measured: 1,000 rows over 1,000 existing relationships = 999,000
// db hits), i.e. quadratic in the data set. The load is idempotent without it: this runs in
// the same transaction as clear-relations.cypher, so every load writes the data set into an empty graph
// and loading twice gives the same graph. Relation ids are unique (checked by the data-set
// loader), so nothing is created twice.
//
// A relation whose end is missing produces no row; the loader compares `written` with the
// batch size and aborts the whole load when they differ.
UNWIND $batch AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r.id = row.id,
    r.label = row.label,
    r.role = row.role,
    r.note = row.note,
    r.edtf = row.edtf,
    r.dateText = row.dateText,
    r.earliest = date(row.earliest),
    r.latest = date(row.latest),
    r.claimsJson = row.claimsJson,
    r.claimCount = row.claimCount,
    r.disputedFields = row.disputedFields,
    r.version = row.version
RETURN count(r) AS written
