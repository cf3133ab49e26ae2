import type { DocumentReads } from './DocumentReads';
import type { DatasetInfo, Dispute, Entity, EntityKind, EntityKindInfo, FuzzyDate, Relation, RelationType, Source } from '../dataset';

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
  /** The items' degrees, in order; when the query asked withDegrees. */
  degrees?: number[];
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

/** A paths query: the two ends, how far to look, what to walk and what to avoid. */
export interface PathsQuery {
  from: string;
  to: string;
  maxHops: number;
  /** Walk only relations of these types (all when absent). */
  types?: string[];
  /** Paths through none of these entities (hubs the user sets aside); never `from` or `to`. */
  excludeEntities?: string[];
  /** Walk no relation of these types. */
  excludeTypes?: string[];
  limit: number;
}

export interface TimelineItem {
  date: FuzzyDate;
  entity: Entity | null;
  relation: Relation | null;
}

export type KnowledgeChannel = 'DIRECT' | 'INSTITUTIONAL';

export interface Knowledge {
  actor: Entity;
  channel: KnowledgeChannel;
  via: Relation;
  certainty: Certainty;
  /** INSTITUTIONAL: the relations followed from via's receiver to the actor, in that order; [] for DIRECT. */
  chain: Relation[];
  /** Every knowledge-carrying relation of this channel that reached the actor by asOf, in evidence order. */
  evidence: Relation[];
  /** Opaque; `after` this row's cursor continues after it. */
  cursor: string;
}

export interface KnowledgeQuery {
  asOf: string;
  actor?: string;
  certainty: Certainty;
  /** Both when undefined. */
  channels?: KnowledgeChannel[];
  first: number;
  /** A cursor of an earlier row of the same query. */
  after?: string;
}

export interface RaisedConcern {
  actor: Entity;
  /** The knowledge-carrying relations it (or what it authored) sent by asOf, in evidence order. */
  relations: Relation[];
  cursor: string;
}

export interface RaisedConcernsQuery {
  asOf: string;
  actor?: string;
  first: number;
  after?: string;
}

/**
 * Claims and figures are most of a record. A read whose answer shows none of them may say so:
 * the store may then leave them out (answer them as empty lists), and the caller must neither
 * show such records' claims nor keep the records for other uses.
 */
export interface ClaimsNeed {
  skipClaims?: boolean;
  /** Only the id, kind and name of each entity are shown: the store may leave out the rest too (implies skipClaims). */
  namesOnly?: boolean;
}

export interface RelationQuery extends ClaimsNeed {
  direction: Direction;
  /** Only these types; undefined means all. */
  types?: string[];
  first: number;
}

/** What an answer needs to name an entity: its id, kind and name. */
export type EntityRef = Pick<Entity, 'id' | 'kind' | 'name'>;

export interface RelationsWithEnds {
  /** As relationsOf answers. */
  lists: Relation[][];
  /** Every entity at either end of a relation in `lists`, once. */
  ends: EntityRef[];
}

export interface ListEntitiesQuery extends ClaimsNeed {
  kind?: EntityKind;
  first: number;
  after?: string;
  /** Also answer each item's degree (`EntityPage.degrees`). */
  withDegrees?: boolean;
}

export interface GraphStore extends DocumentReads {
  readonly name: 'embedded' | 'neo4j';

  /** Throws StoreUnavailableError when the store does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /** Relation types ordered by type name. */
  vocabulary(): Promise<RelationType[]>;
  /** Entity kinds in the order of the data set's kinds.json. */
  kinds(): Promise<EntityKindInfo[]>;
  /** What the data set is about (dataset.json). */
  datasetInfo(): Promise<DatasetInfo>;
  stats(): Promise<Stats>;

  /** Entities in the order of `ids`; null where an id is unknown. */
  entitiesByIds(ids: readonly string[]): Promise<(Entity | null)[]>;

  /**
   * Entities ordered by id ascending. The cursor is opaque to clients: base64url of the id.
   * `after` an unknown or malformed cursor is BadInputError.
   */
  listEntities(query: ListEntitiesQuery): Promise<EntityPage>;

  /**
   * Names, aliases and summaries; forgiving case, accents and small typos. Entities whose name
   * or an alias is the text itself (folded, ignoring punctuation) first, then by score
   * descending, then id. Scores are store-specific (only the order is comparable).
   */
  search(query: { text: string; kinds?: EntityKind[]; first: number } & ClaimsNeed): Promise<SearchHit[]>;

  /**
   * Relations of each entity, for many entities at once (one round trip on Neo4j).
   * Each list is ordered by date earliest day ascending (undated last), then id; cut to `first`.
   */
  relationsOf(ids: readonly string[], query: RelationQuery): Promise<Relation[][]>;

  /** relationsOf, with the id, kind and name of the entities at their ends (still one round trip on Neo4j). */
  relationsWithEnds(ids: readonly string[], query: RelationQuery): Promise<RelationsWithEnds>;

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
   * Excluded entities and relation types are as absent from the graph.
   */
  paths(query: PathsQuery): Promise<Path[]>;

  /**
   * Dated entities and dated relations whose [earliest, latest] overlaps [from, to] (open ends
   * are unbounded). With `entity`: only that entity and the relations touching it. Ordered by
   * earliest day (open start first), then latest day, then id; the first `first`. `from` and
   * `to` are ISO days or EDTF; a bad one, or a `to` that ends before `from` begins, is BadInputError.
   */
  timeline(query: { from?: string; to?: string; entity?: string; first: number }): Promise<TimelineItem[]>;

  /**
   * Who knew what when (README, "Who knew what when"). A knowledge-carrying relation K
   * (dated; undated ones never count) reaches its `to` end DIRECTLY. It reaches INSTITUTIONALLY
   * every entity at most two links away over relation types that pass knowledge on (vocabulary
   * `passesKnowledge`, in the direction travelled), each link in force at K's date (its span
   * overlaps K's; undated links are timeless), no entity twice, never K's own `from` end. Of
   * several chains for one K: the shortest, then the smaller sequence of relation ids (chain
   * order, from K's receiver to the actor).
   * Only entities of actor kinds (kinds(): `actor`) know: K reaches no one when its `to` end is of
   * another kind, and no chain passes through an entity of another kind.
   * K reached an actor CERTAINLY by asOf when its latest day <= asOf, POSSIBLY when its earliest
   * day <= asOf (an open start counts as begun).
   * One row per (actor, channel). certainty CERTAIN: the rows that certainly knew, via the K with
   * the smallest latest day. POSSIBLE adds the rows that only possibly knew, via the K with the
   * smallest earliest day (open start first). Ties to the smaller relation id.
   * Evidence: every K of the row's channel that reached the actor by asOf (certainly, when the
   * query asks for CERTAIN; possibly, when it asks for POSSIBLE), ordered by earliest day (open first), latest day
   * (open last), then id.
   * Rows ordered by the via's earliest day (open start first), then actor id, then channel
   * (DIRECT first); the first `first` after the cursor `after` (BadInputError when malformed).
   */
  knowledge(query: KnowledgeQuery): Promise<Knowledge[]>;

  /**
   * Who raised the alarm by asOf: the `from` ends of knowledge-carrying relations that had begun
   * by asOf (earliest day <= asOf, open start counting; undated never), and the `from` ends of
   * `creditsAuthor` relations into such a `from` end (the author of a report that warned).
   * `relations` in evidence order (distinct). Ordered by the first relation's earliest day (open
   * first), then actor id; the first `first` after `after`.
   */
  raisedConcerns(query: RaisedConcernsQuery): Promise<RaisedConcern[]>;

  /** Sources ordered by id. */
  sources(): Promise<Source[]>;

  /** Sources by id (the ones a set of claims cites); null where unknown. */
  sourcesByIds(ids: readonly string[]): Promise<(Source | null)[]>;

  /** Disputes ordered by subject id, then field. */
  disputes(): Promise<Dispute[]>;

  /** Relations by id (for disputes and knowledge evidence); null where unknown. */
  relationsByIds(ids: readonly string[]): Promise<(Relation | null)[]>;
}
