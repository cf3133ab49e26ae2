// The relation types of the data set (the API's allowlist).
UNWIND $batch AS row
MERGE (t:RelationType {type: row.type})
SET t.label = row.label,
    t.description = row.description,
    t.carriesKnowledge = row.carriesKnowledge
RETURN count(t) AS written
