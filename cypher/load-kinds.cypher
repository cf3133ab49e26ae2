// The entity kinds of the data set (kinds.json: the allowlist of kind labels). MERGE onto the
// previous data set's kind, replacing every property (see load-entities.cypher).
UNWIND $batch AS row
MERGE (k:EntityKind {kind: row.kind})
SET k = {kind: row.kind, position: row.position, label: row.label, plural: row.plural, shape: row.shape, colour: row.colour, actor: row.actor}
RETURN count(k) AS written
