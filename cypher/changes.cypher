// Every change, newest first, recorded before $beforeSeq (see change-history.cypher), filtered
// by $author, $since (ISO instant: `at` is stored in the one ISO form, so strings compare as
// instants) and $status when given; at most $limit.
MATCH (c:Change)
WHERE c.seq < $beforeSeq
  AND ($author IS NULL OR c.author = $author)
  AND ($since IS NULL OR c.at >= $since)
  AND ($status IS NULL OR c.status = $status)
WITH c
ORDER BY c.seq DESC
LIMIT $limit
RETURN properties(c) AS change
