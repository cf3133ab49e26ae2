// One node describing the loaded data set: its counts and what it is about (dataset.json).
MERGE (d:Dataset {name: $name})
SET d.entities = $entities, d.relations = $relations, d.sources = $sources, d.disputes = $disputes,
    d.title = $title, d.description = $description, d.periodEdtf = $periodEdtf, d.periodText = $periodText
