// The changes that touched record $recordId, newest first, recorded before the change
// $afterChange (null: from the newest), at most $limit. `afterKnown` is false when
// $afterChange names no recorded change (the store refuses the cursor).
OPTIONAL MATCH (cursor:Change {id: $afterChange})
RETURN $afterChange IS NULL OR cursor IS NOT NULL AS afterKnown, COLLECT {
  MATCH (r:ChangeRecord)
  WHERE r.recordId = $recordId AND r.seq < coalesce(cursor.seq, 9007199254740991)
  WITH r
  ORDER BY r.seq DESC
  LIMIT $limit
  MATCH (r)-[:OF]->(c:Change)
  RETURN properties(c)
  ORDER BY c.seq DESC
} AS changes
