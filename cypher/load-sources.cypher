// MERGE onto the previous data set's source, replacing every property (see load-entities.cypher).
UNWIND $batch AS row
MERGE (s:Source {id: row.id})
SET s = {
      id: row.id,
      title: row.title,
      publisher: row.publisher,
      author: row.author,
      edtf: row.edtf,
      dateText: row.dateText,
      earliest: date(row.earliest),
      latest: date(row.latest),
      reliability: row.reliability,
      note: row.note,
      claimCount: row.claimCount
    }
RETURN count(s) AS written
