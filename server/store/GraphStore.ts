import type { Dataset, Dispute, Entity, EntityKind, FuzzyDate, Relation, RelationType, Source } from '../dataset';

// The one interface both stores implement. Every method's order and cut-off rules are part of
// the contract (the store contract suite checks both stores give identical answers), so they
// are spelled out here rather than left to whichever database is underneath.

export type Direction = 'OUT' | 'IN' | 'BOTH';
export type Certainty = 'CERTAIN' | 'POSSIBLE';

export interface Stats {
  entities: number;
  relations: number;
  sources: number;
  /** Claims on entities, relations and figures. */
  claims: number;
  disputes: number;
}

export interface EntityPage {
  items: Entity[];
  totalCount: number;
  hasNextPage: boolean;
  /** Cursor of the last item, null on an empty page. */
  endCursor: string | null;
}

export interface SearchHit {
  entity: Entity;
  score: number;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relation[];
  truncated: boolean;
}

export interface Path {
  nodes: Entity[];
  edges: Relation[];
}

export interface TimelineItem {
  date: FuzzyDate;
  entity: Entity | null;
  relation: Relation | null;
}

export interface Knowledge {
  actor: Entity;
  via: Relation;
  certainty: Certainty;
}

export interface RelationQuery {
  direction: Direction;
  /** Only these types; undefined means all. */
  types?: string[];
  first: number;
}

export interface GraphStore {
  readonly name: 'embedded' | 'neo4j';

  /** Throws StoreUnavailableError when the store does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Relation types ordered by type name. */
  vocabulary(): Promise<RelationType[]>;
  stats(): Promise<Stats>;

  /** Entities in the order of `ids`; null where an id is unknown. */
  entitiesByIds(ids: readonly string[]): Promise<(Entity | null)[]>;

  /**
   * Entities ordered by id ascending. The cursor is opaque to clients: base64url of the id.
   * `after` an unknown or malformed cursor is BadInputError.
   */
  listEntities(query: { kind?: EntityKind; first: number; after?: string }): Promise<EntityPage>;

  /**
   * Names, aliases and summaries; forgiving case, accents and small typos. Entities whose name
   * or an alias is the text itself (folded, ignoring punctuation) first, then by score
   * descending, then id. Scores are store-specific (only the order is comparable).
   */
  search(query: { text: string; kinds?: EntityKind[]; first: number }): Promise<SearchHit[]>;

  /**
   * Relations of each entity, for many entities at once (one round trip on Neo4j).
   * Each list is ordered by date earliest day ascending (undated last), then id; cut to `first`.
   */
  relationsOf(ids: readonly string[], query: RelationQuery): Promise<Relation[][]>;

  /** Number of relations touching each entity, in the order of `ids`. */
  degrees(ids: readonly string[]): Promise<number[]>;

  /**
   * Entities within `depth` hops of `id` (ignoring direction) over relations of `types`, and
   * only relations that had begun by `asOf` (earliest day <= asOf; undated relations count as
   * timeless and stay). Nodes are kept in order (hop distance, id); at most `limit` nodes, the
   * centre first, `truncated` when more were in reach. Edges: every qualifying relation between
   * kept nodes, ordered by id. Unknown id: empty subgraph.
   */
  neighborhood(query: { id: string; depth: number; types?: string[]; asOf?: string; limit: number }): Promise<Subgraph>;

  /**
   * Simple paths (no repeated entity) between two entities, ignoring direction, over relations
   * of `types`, at most `maxHops` long. Ordered by length, then the sequence of entity ids,
   * then the sequence of relation ids; the first `limit`. Unknown ids or from == to: empty.
   */
  paths(query: { from: string; to: string; maxHops: number; types?: string[]; limit: number }): Promise<Path[]>;

  /**
   * Dated entities and dated relations whose [earliest, latest] overlaps [from, to] (open ends
   * are unbounded). With `entity`: only that entity and the relations touching it. Ordered by
   * earliest day (open start first), then latest day, then id; the first `first`.
   */
  timeline(query: { from?: string; to?: string; entity?: string; first: number }): Promise<TimelineItem[]>;

  /**
   * Who knew what when. Knowledge reaches the `to` end of a relation whose type carries
   * knowledge. An actor certainly knew by `asOf` when such a relation's latest day <= asOf,
   * possibly knew when its earliest day <= asOf; undated relations are not used.
   * certainty CERTAIN: actors who certainly knew, via the relation with the smallest latest day.
   * certainty POSSIBLE: also the actors who only possibly knew (via the smallest earliest day);
   * an actor who certainly knew is still reported as CERTAIN, via its certain relation.
   * Ties go to the smaller relation id. Ordered by the via relation's earliest day, then actor id.
   */
  knowledge(query: { asOf: string; actor?: string; certainty: Certainty }): Promise<Knowledge[]>;

  /** Sources ordered by id. */
  sources(): Promise<Source[]>;

  /** Sources by id (the ones a set of claims cites); null where unknown. */
  sourcesByIds(ids: readonly string[]): Promise<(Source | null)[]>;

  /** Disputes ordered by subject id, then field. */
  disputes(): Promise<Dispute[]>;

  /** Relations by id (for disputes and knowledge evidence); null where unknown. */
  relationsByIds(ids: readonly string[]): Promise<(Relation | null)[]>;
}

/** Builds a store from a validated data set (embedded) or loads nothing (Neo4j loads separately). */
export type StoreFactory = (dataset: Dataset) => Promise<GraphStore>;
