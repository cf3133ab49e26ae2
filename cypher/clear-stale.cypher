// Deletes the nodes of the previous data set that the new one does not MERGE onto, after the
// entities are written and before the relations (a relation must not end on a dropped entity).
// Every index seek after this pays for the number of nodes deleted here (see
// clear-relations.cypher): nothing when a data set is reloaded or grows, the whole old graph
// when it is replaced by an unrelated one. The new data set's keys arrive as lists.
CALL () {
  MATCH (n:Entity) WHERE NOT n.id IN $entityIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Source) WHERE NOT n.id IN $sourceIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Document) WHERE NOT n.id IN $documentIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Paragraph) WHERE NOT n.source IN $documentIds
  DETACH DELETE n
}
CALL () {
  MATCH (n:RelationType) WHERE NOT n.type IN $types
  DETACH DELETE n
}
CALL () {
  MATCH (n:EntityKind) WHERE NOT n.kind IN $kinds
  DETACH DELETE n
}
CALL () {
  MATCH (n:Dispute) WHERE NOT n.subjectId + '|' + n.field IN $disputeKeys
  DETACH DELETE n
}
CALL () {
  MATCH (n:Dataset) WHERE n.name <> $name
  DETACH DELETE n
}
