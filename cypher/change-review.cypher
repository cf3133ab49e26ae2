// Settles a proposal: its new status and the review ($review: status, reviewer, reviewComment,
// reviewedAt; one map, see change-check.cypher).
MATCH (c:Change {id: $id})
SET c += $review
RETURN properties(c) AS change
