// Detaches documents (the revert of a first attach): the :Document and its paragraphs.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Paragraph {source: id})
  DELETE p
}
MATCH (d:Document {id: id})
DELETE d
RETURN count(d) AS written
