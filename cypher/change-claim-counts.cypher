// Claim counts of the sources whose citing claims a change added or removed ($batch: [{id,
// delta}]); stats.cypher sums them into the number of claims.
UNWIND $batch AS row
MATCH (s:Source {id: row.id})
SET s.claimCount = s.claimCount + row.delta
RETURN count(*) AS written
