import DataLoader from 'dataloader';
import type { AccountStore, Viewer } from '../auth';
import type { Entity, Relation, Source } from '../dataset';
import type { ChangeStore } from '../store/ChangeStore';
import type { DocumentInfo, Paragraph, ParagraphRange } from '../documents';
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
  /** Degrees a query returned with its entities: held for knownDegree and primed in the degree loader. */
  rememberDegrees(ids: readonly string[], degrees: readonly number[]): void;
  /** A degree this request already holds, or undefined (answered without a promise, as knownEntity). */
  knownDegree(id: string): number | undefined;
  /** The id, kind and name of an entity at an end of relations this request loaded, or undefined. */
  entityRef(id: string): EntityRef | undefined;
  relation: DataLoader<string, Relation | null>;
  degree: DataLoader<string, number>;
  /** Relations of an entity, one loader per distinct (direction, types, first, skipClaims); their ends feed entityRef. */
  relationsOf(query: RelationQuery): DataLoader<string, Relation[]>;
  /** Sources by id: only the ones the answer's claims cite (a large inquiry has thousands). */
  source: DataLoader<string, Source | null>;
  /** What is attached for a source (its document's size), null when nothing is. */
  document: DataLoader<string, DocumentInfo | null>;
  /** Paragraph ranges of documents (Claim.passage, Document.paragraphs), one store call per level. */
  paragraphs: DataLoader<ParagraphRange, Paragraph[], string>;
}

export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  requestId: string;
  /** The signed-in account (bearer token or session cookie), null when anonymous. */
  viewer: Viewer;
  accounts: AccountStore;
  curation: CurationSettings;
}

/** How this deployment takes changes (the same for every request). */
export interface CurationSettings {
  /** Where changes are kept; null when the store takes none (then as read-only). */
  changes: ChangeStore | null;
  /** READ_ONLY: every mutation is refused. */
  readOnly: boolean;
  /** REVIEW=required: a contributor's change waits for an editor. */
  reviewRequired: boolean;
}

/** The store as a ChangeStore, when it is one. */
export function changeStoreOf(store: GraphStore): ChangeStore | null {
  const candidate = store as Partial<ChangeStore>;
  return typeof candidate.commit === 'function' && typeof candidate.history === 'function' ? (store as GraphStore & ChangeStore) : null;
}

export function createLoaders(store: GraphStore): Loaders {
  const relationLoaders = new Map<string, DataLoader<string, Relation[]>>();
  const known = new Map<string, Entity>();
  const refs = new Map<string, EntityRef>();
  const knownDegrees = new Map<string, number>();
  const degree = new DataLoader((ids: readonly string[]) => store.degrees(ids));
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
    degree,
    rememberDegrees(ids, degrees) {
      ids.forEach((id, index) => {
        const value = degrees[index] as number;
        knownDegrees.set(id, value);
        degree.prime(id, value);
      });
    },
    knownDegree: (id) => knownDegrees.get(id),
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
    document: new DataLoader((ids) => store.documents(ids)),
    paragraphs: new DataLoader((ranges) => store.paragraphs(ranges), { cacheKeyFn: (range) => `${range.sourceId}\u0000${range.from}\u0000${range.to}` }),
  };
}
