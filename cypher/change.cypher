// One change by id; null when unknown.
OPTIONAL MATCH (c:Change {id: $id})
RETURN properties(c) AS change
