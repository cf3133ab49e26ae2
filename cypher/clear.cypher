// Removes everything the loader writes (and nothing else), inside the load transaction, so a
// failed load rolls this back too.
MATCH (n)
WHERE n:Entity OR n:Source OR n:RelationType OR n:Dispute OR n:Dataset
DETACH DELETE n
