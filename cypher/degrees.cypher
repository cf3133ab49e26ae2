// Relations touching each entity, one row per requested id (`i`); 0 for an unknown id.
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $ids[i]})
RETURN i, CASE WHEN e IS NULL THEN 0 ELSE COUNT { (e)--() } END AS degree
