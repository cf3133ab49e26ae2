// The disputes of the records a change touches ($ids); their current disputes are written
// again by load-disputes.cypher from the records as they are after the change.
UNWIND $ids AS id
MATCH (d:Dispute {subjectId: id})
DELETE d
RETURN count(*) AS written
