// Deletes what curation recorded (db:load --discard-changes), in the load's transaction: the
// changes and their per-record entries, the redirects of merged-away ids and the change
// sequence, so that numbering starts again at change:1 on the new graph.
CALL () {
  MATCH (n:ChangeRecord)
  DETACH DELETE n
}
CALL () {
  MATCH (n:Change)
  DETACH DELETE n
}
CALL () {
  MATCH (n:Redirect)
  DETACH DELETE n
}
CALL () {
  MATCH (n:ChangeSequence)
  DETACH DELETE n
}
