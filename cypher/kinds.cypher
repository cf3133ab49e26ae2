// The entity kinds in the order kinds.json gives them (GraphStore contract).
MATCH (k:EntityKind)
RETURN k.kind AS kind, k.label AS label, k.plural AS plural, k.shape AS shape, k.colour AS colour, k.actor AS actor
ORDER BY k.position
