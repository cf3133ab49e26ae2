import DataLoader from 'dataloader';
import type { Entity, Relation, Source } from '../dataset';
import type { EntityRef, GraphStore, RelationQuery } from '../store/GraphStore';

/** Per-request loaders: a nested selection costs one store call per level, not one per item. */
export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  /**
   * An entity this request already holds (loaded, or returned by a query), or undefined.
   * Resolvers answer from it without a promise: graphql-js handles a plain value far faster
   * than a promise, and a neighbourhood of 5,000 relations has 10,000 relation ends.
   */
  knownEntity(id: string): Entity | undefined;
  /** Entities a query returned: held for knownEntity and primed in the entity loader. */
  remember(entities: readonly Entity[]): void;
  /** The id, kind and name of an entity at an end of relations this request loaded, or undefined. */
  entityRef(id: string): EntityRef | undefined;
  relation: DataLoader<string, Relation | null>;
  degree: DataLoader<string, number>;
  /** Relations of an entity, one loader per distinct (direction, types, first, skipClaims); their ends feed entityRef. */
  relationsOf(query: RelationQuery): DataLoader<string, Relation[]>;
  /** Sources by id: only the ones the answer's claims cite (a large inquiry has thousands). */
  source: DataLoader<string, Source | null>;
}

export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  requestId: string;
}

export function createLoaders(store: GraphStore): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, Relation[]>>();
  const known = new Map<string, Entity>();
  const refs = new Map<string, EntityRef>();
  const entity = new DataLoader(async (ids: readonly string[]) => {
    const found = await store.entitiesByIds(ids);
    for (const item of found) if (item) known.set(item.id, item);
    return found;
  });
  return {
    entity,
    knownEntity: (id) => known.get(id),
    entityRef: (id) => refs.get(id),
    remember(entities) {
      for (const item of entities) {
        known.set(item.id, item);
        entity.prime(item.id, item);
      }
    },
    relation: new DataLoader((ids) => store.relationsByIds(ids)),
    degree: new DataLoader((ids) => store.degrees(ids)),
    relationsOf(query) {
      const key = JSON.stringify([query.direction, query.types ?? null, query.first, query.skipClaims === true]);
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const { lists, ends } = await store.relationsWithEnds(ids, query);
          for (const end of ends) refs.set(end.id, end);
          return lists;
        });
        relationLoaders.set(key, loader);
      }
      return loader;
    },
    source: new DataLoader((ids) => store.sourcesByIds(ids)),
  };
}
