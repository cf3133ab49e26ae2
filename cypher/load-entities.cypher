// Also written by the change store (one row per changed entity), so this is THE entity layout.
// `version` counts the changes applied to the entity (1 as loaded).
// Claims and figures are JSON strings: they are lists of nested maps, which Neo4j properties
// cannot hold. The kind label is set dynamically from a parameter (Neo4j 5.26 `SET n:$(expr)`);
// the loader and the change store only let the data set's kinds (kinds.json) through.
//
// MERGE onto the previous data set's node with the same id instead of deleting it first (see
// clear-relations.cypher), and `SET e = {...}` replaces every property, so nothing of the old
// entity survives: loading twice, or over another data set, gives the same graph as loading
// into an empty database. A kind that changed loses its old kind label.
UNWIND $batch AS row
MERGE (e:Entity {id: row.id})
SET e = {
      id: row.id,
      kind: row.kind,
      name: row.name,
      aliases: row.aliases,
      aliasesText: row.aliasesText,
      summary: row.summary,
      edtf: row.edtf,
      dateText: row.dateText,
      earliest: date(row.earliest),
      latest: date(row.latest),
      figuresJson: row.figuresJson,
      claimsJson: row.claimsJson,
      claimCount: row.claimCount,
      disputedFields: row.disputedFields,
      version: row.version
    }
REMOVE e:$([label IN labels(e) WHERE label <> 'Entity' AND label <> row.kind])
SET e:$(row.kind)
RETURN count(e) AS written
