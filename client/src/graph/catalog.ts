import type { EntitySummary, RelationSummary } from '../api/types';
import { hopsFrom } from './hops';

// Everything the page knows about the graph so far: the loaded data set plus whatever
// neighbourhood and path answers added. Immutable: merging returns a new catalog, so React
// sees a change and undo can rely on old values staying as they were.

export interface Catalog {
  readonly entities: ReadonlyMap<string, EntitySummary>;
  readonly relations: ReadonlyMap<string, RelationSummary>;
  /** Relation ids touching each entity, in both directions. */
  readonly adjacency: ReadonlyMap<string, readonly string[]>;
}

function indexRelations(relations: Iterable<RelationSummary>): Map<string, string[]> {
  const adjacency = new Map<string, string[]>();
  const add = (entityId: string, relationId: string) => {
    const list = adjacency.get(entityId);
    if (list) list.push(relationId);
    else adjacency.set(entityId, [relationId]);
  };
  for (const relation of relations) {
    add(relation.from.id, relation.id);
    if (relation.to.id !== relation.from.id) add(relation.to.id, relation.id);
  }
  return adjacency;
}

/** A catalog of these entities and relations (later duplicates win). */
export function createCatalog(entities: Iterable<EntitySummary>, relations: Iterable<RelationSummary>): Catalog {
  const entityMap = new Map<string, EntitySummary>();
  for (const entity of entities) entityMap.set(entity.id, entity);
  const relationMap = new Map<string, RelationSummary>();
  for (const relation of relations) relationMap.set(relation.id, relation);
  return { entities: entityMap, relations: relationMap, adjacency: indexRelations(relationMap.values()) };
}

export const EMPTY_CATALOG: Catalog = createCatalog([], []);

/** The catalog with these added; the same object when nothing is new. */
export function mergeIntoCatalog(catalog: Catalog, entities: readonly EntitySummary[], relations: readonly RelationSummary[]): Catalog {
  const hasNew = entities.some((e) => !catalog.entities.has(e.id)) || relations.some((r) => !catalog.relations.has(r.id));
  if (!hasNew) return catalog;
  return createCatalog([...catalog.entities.values(), ...entities], [...catalog.relations.values(), ...relations]);
}

/** The catalog with these entities and relations put in place of those with the same id, and `removed` ids taken out. */
export function upsertIntoCatalog(catalog: Catalog, entities: readonly EntitySummary[], relations: readonly RelationSummary[], removed: readonly string[] = []): Catalog {
  if (entities.length === 0 && relations.length === 0 && removed.length === 0) return catalog;
  const gone = new Set(removed);
  const entityMap = new Map(catalog.entities);
  const relationMap = new Map(catalog.relations);
  for (const entity of entities) entityMap.set(entity.id, entity);
  for (const relation of relations) relationMap.set(relation.id, relation);
  for (const id of gone) {
    entityMap.delete(id);
    relationMap.delete(id);
  }
  for (const [id, relation] of relationMap) {
    if (gone.has(relation.from.id) || gone.has(relation.to.id)) relationMap.delete(id);
  }
  return { entities: entityMap, relations: relationMap, adjacency: indexRelations(relationMap.values()) };
}

/** Ids of the entities one relation away from `id`, ignoring direction. */
export function neighbourIds(catalog: Catalog, id: string): string[] {
  const result = new Set<string>();
  for (const relationId of catalog.adjacency.get(id) ?? []) {
    const relation = catalog.relations.get(relationId);
    if (!relation) continue;
    result.add(relation.from.id === id ? relation.to.id : relation.from.id);
  }
  result.delete(id);
  return [...result];
}

/** Hop distance from `start` to every entity reachable over `relationIds` (ignoring direction). */
export function hopDistances(catalog: Catalog, start: string, relationIds: ReadonlySet<string>): Map<string, number> {
  return hopsFrom(start, function* (id) {
    for (const relationId of catalog.adjacency.get(id) ?? []) {
      if (!relationIds.has(relationId)) continue;
      const relation = catalog.relations.get(relationId);
      if (relation) yield relation.from.id === id ? relation.to.id : relation.from.id;
    }
  });
}
