// Where the graph stands: the writes curation has made and when the data set was loaded. The
// store keeps the entities' names (mention-names.cypher) until this moves.
OPTIONAL MATCH (sequence:ChangeSequence {name: 'changes'})
WITH coalesce(sequence.writes, 0) AS writes
OPTIONAL MATCH (d:Dataset)
RETURN writes, max(d.loadedAt) AS loadedAt
