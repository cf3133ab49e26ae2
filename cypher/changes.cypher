// Every change, newest first, recorded before the change $afterChange (see
// change-history.cypher), filtered by $author, $since (ISO instant: `at` is stored in the one
// ISO form, so strings compare as instants) and $status when given; at most $limit.
OPTIONAL MATCH (cursor:Change {id: $afterChange})
RETURN $afterChange IS NULL OR cursor IS NOT NULL AS afterKnown, COLLECT {
  MATCH (c:Change)
  WHERE c.seq < coalesce(cursor.seq, 9007199254740991)
    AND ($author IS NULL OR c.author = $author)
    AND ($since IS NULL OR c.at >= $since)
    AND ($status IS NULL OR c.status = $status)
  RETURN properties(c)
  ORDER BY c.seq DESC
  LIMIT $limit
} AS changes
