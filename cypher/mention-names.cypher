// Every entity's names, for the store's index of names that finds mentions in documents
// (server/documents/nameIndex.ts). Read once per graph version (mention-version.cypher).
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases
