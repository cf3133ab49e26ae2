// How many changes (applied, pending or rejected) curation has recorded in the database. The
// loader reads it in its transaction before replacing the graph: their history names records
// of the graph being replaced.
MATCH (c:Change)
RETURN count(c) AS changes
