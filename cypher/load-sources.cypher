UNWIND $batch AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title,
    s.publisher = row.publisher,
    s.author = row.author,
    s.edtf = row.edtf,
    s.dateText = row.dateText,
    s.earliest = date(row.earliest),
    s.latest = date(row.latest),
    s.reliability = row.reliability,
    s.note = row.note,
    s.claimCount = row.claimCount
RETURN count(s) AS written
