// Waits until every index (the full-text one in particular) is online after schema.cypher.
CALL db.awaitIndexes($timeoutSeconds)
