// Claims and figures are JSON strings: they are lists of nested maps, which Neo4j properties
// cannot hold. The kind label is set dynamically from a parameter (Neo4j 5.26 `SET n:$(expr)`);
// the loader only lets the four kinds through.
UNWIND $batch AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.kind),
    e.kind = row.kind,
    e.name = row.name,
    e.aliases = row.aliases,
    e.aliasesText = row.aliasesText,
    e.summary = row.summary,
    e.edtf = row.edtf,
    e.dateText = row.dateText,
    e.earliest = date(row.earliest),
    e.latest = date(row.latest),
    e.figuresJson = row.figuresJson,
    e.claimsJson = row.claimsJson,
    e.claimCount = row.claimCount,
    e.disputedFields = row.disputedFields
RETURN count(e) AS written
