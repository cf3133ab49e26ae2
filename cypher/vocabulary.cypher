// The relation types ordered by type name (GraphStore contract).
MATCH (t:RelationType)
RETURN t.type AS type, t.label AS label, t.description AS description, t.carriesKnowledge AS carriesKnowledge,
       t.passesKnowledge AS passesKnowledge, t.creditsAuthor AS creditsAuthor
ORDER BY t.type
