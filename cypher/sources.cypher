MATCH (s:Source)
RETURN properties(s) AS source
ORDER BY s.id
