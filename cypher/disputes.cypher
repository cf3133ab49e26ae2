// Subject ids are ASCII, so Neo4j's string order is JavaScript's; fields compare the same way
// (code points vs UTF-16 units differ only beyond the Basic Multilingual Plane).
MATCH (d:Dispute)
RETURN d.subjectKind AS subjectKind, d.subjectId AS subjectId, d.field AS field, d.claimsJson AS claimsJson
ORDER BY d.subjectId, d.field
