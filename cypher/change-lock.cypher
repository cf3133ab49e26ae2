// First statement of every write of the change store. Takes the write lock of the one
// :ChangeSequence node, so that writes happen one at a time: Neo4j reads without locks, and two
// changes checked side by side could both pass the same version check. The checks that follow
// (change-check.cypher) run after this in the same transaction, so they read what the previous
// change committed. $increment: 1 to number a new change (the lock is taken before the read of
// `seq`, as the right side of SET reads the property it writes), 0 to settle one. `writes`
// counts every write, settling too: the store's caches of the graph (mention-version.cypher)
// are stale once it moves.
MERGE (sequence:ChangeSequence {name: 'changes'})
ON CREATE SET sequence.seq = 0
SET sequence.seq = sequence.seq + $increment, sequence.writes = coalesce(sequence.writes, 0) + 1
RETURN sequence.seq AS seq
