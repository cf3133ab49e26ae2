// Settles a proposal: its new status and the review.
MATCH (c:Change {id: $id})
SET c.status = $status, c.reviewer = $reviewer, c.reviewComment = $comment, c.reviewedAt = $at
RETURN properties(c) AS change
