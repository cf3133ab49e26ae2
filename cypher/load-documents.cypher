// Attaches or replaces source documents: each row's paragraphs replace the document's old ones.
// Used by the loader and by changes (kind 'document').
UNWIND $batch AS row
MERGE (d:Document {id: row.id})
SET d.paragraphCount = size(row.paragraphs), d.characters = row.characters
WITH d, row
CALL (d) {
  MATCH (p:Paragraph {source: d.id})
  DELETE p
}
CALL (d, row) {
  UNWIND row.paragraphs AS paragraph
  CREATE (:Paragraph {source: d.id, number: paragraph.number, text: paragraph.text, words: paragraph.words})
}
RETURN count(d) AS written
