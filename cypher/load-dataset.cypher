// One node describing the loaded data set.
MERGE (d:Dataset {name: $name})
SET d.entities = $entities, d.relations = $relations, d.sources = $sources, d.disputes = $disputes
