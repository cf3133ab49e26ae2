// What the loaded data set is about (dataset.json), from its one :Dataset node.
MATCH (d:Dataset)
RETURN d.title AS title, d.description AS description, d.periodEdtf AS periodEdtf, d.periodText AS periodText
LIMIT 1
