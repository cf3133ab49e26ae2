// The changes that touched record $recordId, newest first, recorded before $beforeSeq (the
// cursor's seq, or a number above every seq for the first page), at most $limit.
MATCH (r:ChangeRecord)
WHERE r.recordId = $recordId AND r.seq < $beforeSeq
WITH r
ORDER BY r.seq DESC
LIMIT $limit
MATCH (r)-[:OF]->(c:Change)
RETURN properties(c) AS change
ORDER BY c.seq DESC
