// One node describing the loaded data set: its counts and what it is about (dataset.json), and
// when it was loaded (so the store's caches of the graph know a new load, mention-version.cypher).
MERGE (d:Dataset {name: $name})
SET d.entities = $entities, d.relations = $relations, d.sources = $sources, d.disputes = $disputes,
    d.title = $title, d.description = $description, d.periodEdtf = $periodEdtf, d.periodText = $periodText,
    d.loadedAt = timestamp()
