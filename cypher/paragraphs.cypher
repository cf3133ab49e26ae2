// For each requested range (`i`), the paragraphs in it, number ascending (paragraph_place index).
UNWIND range(0, size($ranges) - 1) AS i
WITH i, $ranges[i] AS range
CALL (range) {
  MATCH (p:Paragraph {source: range.sourceId})
  WHERE p.number >= range.from AND p.number <= range.to
  WITH p ORDER BY p.number
  RETURN collect(p {.number, .text}) AS paragraphs
}
RETURN i, paragraphs
