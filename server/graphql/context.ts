import DataLoader from 'dataloader';
import type { Entity, Relation, Source } from '../dataset';
import type { GraphStore, RelationQuery } from '../store/GraphStore';

/** Per-request loaders: a nested selection costs one store call per level, not one per item. */
export interface Loaders {
  entity: DataLoader<string, Entity | null>;
  relation: DataLoader<string, Relation | null>;
  degree: DataLoader<string, number>;
  /** Relations of an entity, one loader per distinct (direction, types, first). */
  relationsOf(query: RelationQuery): DataLoader<string, Relation[]>;
  /** Every source by id; the list is small, so it is read once per request. */
  sources(): Promise<Map<string, Source>>;
}

export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  requestId: string;
}

export function createLoaders(store: GraphStore): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, Relation[]>>();
  let sources: Promise<Map<string, Source>> | null = null;
  return {
    entity: new DataLoader((ids) => store.entitiesByIds(ids)),
    relation: new DataLoader((ids) => store.relationsByIds(ids)),
    degree: new DataLoader((ids) => store.degrees(ids)),
    relationsOf(query) {
      const key = JSON.stringify([query.direction, query.types ?? null, query.first]);
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => store.relationsOf(ids, query));
        relationLoaders.set(key, loader);
      }
      return loader;
    },
    sources() {
      sources ??= store.sources().then((list) => new Map(list.map((source) => [source.id, source])));
      return sources;
    },
  };
}
