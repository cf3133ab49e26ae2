// The relation types of the data set (the API's allowlist). MERGE onto the previous data set's
// type, replacing every property (see load-entities.cypher).
UNWIND $batch AS row
MERGE (t:RelationType {type: row.type})
SET t = {type: row.type, label: row.label, description: row.description, carriesKnowledge: row.carriesKnowledge,
       passesKnowledge: row.passesKnowledge, creditsAuthor: row.creditsAuthor}
RETURN count(t) AS written
