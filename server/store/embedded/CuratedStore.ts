import type Database from 'better-sqlite3';
import type { Dataset, DatasetInfo, Dispute, Entity, EntityKind, EntityKindInfo, Relation, RelationType, Source } from '../../dataset';
import type { Change, ChangeDraft, ChangePage, ChangeQuery, ChangeStore, RecordChange, Review } from '../ChangeStore';
import { QUERY_DEADLINE_MS } from '../deadline';
import { BadInputError } from '../errors';
import type {
  ClaimsNeed,
  EntityPage,
  ListEntitiesQuery,
  RelationsWithEnds,
  GraphStore,
  Knowledge,
  KnowledgeQuery,
  Path,
  PathsQuery,
  RaisedConcern,
  RaisedConcernsQuery,
  RelationQuery,
  SearchHit,
  Stats,
  Subgraph,
  TimelineItem,
} from '../GraphStore';
import { changeSeq } from '../changeQuery';
import { ChangeLog } from './changeLog';
import { CurrentRecords } from './currentRecords';
import { EmbeddedStore } from './EmbeddedStore';
import { openStateDatabase } from '../../state';
import type { Citation, DocumentInfo, DocumentMentions, Paragraph, ParagraphRange, PassageHit } from '../../documents';

/**
 * The embedded store: in-memory indexes answer every read; the change log in the state
 * database keeps every edit. A commit checks versions against the current records, appends to
 * the log (durable when the call returns) and applies the records to the indexes, all without
 * an `await` between them, so two commits never interleave.
 */
class CuratedEmbeddedStore implements GraphStore, ChangeStore {
  readonly name = 'embedded' as const;
  private readonly indexes: EmbeddedStore;

  constructor(
    private readonly records: CurrentRecords,
    private readonly log: ChangeLog,
    private readonly database: Database.Database,
    private readonly deadlineMs: number,
  ) {
    this.indexes = new EmbeddedStore(records.dataset(), deadlineMs);
  }

  /** Brings the indexes in step with records just written to `this.records`, record by record. */
  private applyToIndexes(records: readonly RecordChange[]): void {
    this.indexes.applyRecordChanges(records);
  }

  /** Check, record (durably), apply: synchronous from start to end (see the class comment). */
  private checkRecordApply<T>(records: readonly RecordChange[], record: () => T): T {
    this.records.check(records);
    const recorded = record();
    this.records.apply(records);
    this.applyToIndexes(records);
    return recorded;
  }

  async commit(draft: ChangeDraft): Promise<Change> {
    return this.checkRecordApply(draft.records, () => this.log.append(draft, 'APPLIED'));
  }

  async propose(draft: ChangeDraft): Promise<Change> {
    return this.log.append(draft, 'PENDING');
  }

  async settle(id: string, decision: { accept: boolean } & Omit<Review, 'at'>): Promise<Change> {
    const seq = changeSeq(id);
    const proposal = seq === null ? null : this.log.get(seq);
    if (seq === null || proposal?.status !== 'PENDING') {
      throw new BadInputError('id', `${JSON.stringify(id.slice(0, 60))} is not a pending change`);
    }
    const review: Review = { reviewer: decision.reviewer, comment: decision.comment, at: new Date().toISOString() };
    if (decision.accept) this.checkRecordApply(proposal.records, () => this.log.settle(seq, 'APPLIED', review));
    else this.log.settle(seq, 'REJECTED', review);
    return { ...proposal, status: decision.accept ? 'APPLIED' : 'REJECTED', review };
  }

  async change(id: string): Promise<Change | null> {
    const seq = changeSeq(id);
    return seq === null ? null : this.log.get(seq);
  }

  async history(recordId: string, page: { first: number; after?: string }): Promise<ChangePage> {
    return this.log.history(recordId, page);
  }

  async changes(query: ChangeQuery): Promise<ChangePage> {
    return this.log.list(query);
  }

  async ping(): Promise<void> {
    await this.indexes.ping();
  }

  async close(): Promise<void> {
    await this.indexes.close();
    if (this.database.open) this.database.close();
  }

  vocabulary(): Promise<RelationType[]> {
    return this.indexes.vocabulary();
  }

  kinds(): Promise<EntityKindInfo[]> {
    return this.indexes.kinds();
  }

  datasetInfo(): Promise<DatasetInfo> {
    return this.indexes.datasetInfo();
  }

  stats(): Promise<Stats> {
    return this.indexes.stats();
  }

  /** Follows redirects: a merged-away id answers with the entity it was merged into. */
  entitiesByIds(ids: readonly string[]): Promise<(Entity | null)[]> {
    return this.indexes.entitiesByIds(ids.map((id) => this.records.resolve(id)));
  }

  listEntities(query: ListEntitiesQuery): Promise<EntityPage> {
    return this.indexes.listEntities(query);
  }

  search(query: { text: string; kinds?: EntityKind[]; first: number } & ClaimsNeed): Promise<SearchHit[]> {
    return this.indexes.search(query);
  }

  relationsOf(ids: readonly string[], query: RelationQuery): Promise<Relation[][]> {
    return this.indexes.relationsOf(ids, query);
  }

  relationsWithEnds(ids: readonly string[], query: RelationQuery): Promise<RelationsWithEnds> {
    return this.indexes.relationsWithEnds(ids, query);
  }

  degrees(ids: readonly string[]): Promise<number[]> {
    return this.indexes.degrees(ids);
  }

  neighborhood(query: { id: string; depth: number; types?: string[]; asOf?: string; limit: number }): Promise<Subgraph> {
    return this.indexes.neighborhood(query);
  }

  paths(query: PathsQuery): Promise<Path[]> {
    return this.indexes.paths(query);
  }

  timeline(query: { from?: string; to?: string; entity?: string; first: number }): Promise<TimelineItem[]> {
    return this.indexes.timeline(query);
  }

  knowledge(query: KnowledgeQuery): Promise<Knowledge[]> {
    return this.indexes.knowledge(query);
  }

  raisedConcerns(query: RaisedConcernsQuery): Promise<RaisedConcern[]> {
    return this.indexes.raisedConcerns(query);
  }

  sources(): Promise<Source[]> {
    return this.indexes.sources();
  }

  sourcesByIds(ids: readonly string[]): Promise<(Source | null)[]> {
    return this.indexes.sourcesByIds(ids);
  }

  disputes(): Promise<Dispute[]> {
    return this.indexes.disputes();
  }

  relationsByIds(ids: readonly string[]): Promise<(Relation | null)[]> {
    return this.indexes.relationsByIds(ids);
  }

  documents(sourceIds: readonly string[]): Promise<(DocumentInfo | null)[]> {
    return this.indexes.documents(sourceIds);
  }

  paragraphs(ranges: readonly ParagraphRange[]): Promise<Paragraph[][]> {
    return this.indexes.paragraphs(ranges);
  }

  searchDocuments(query: { text: string; first: number }): Promise<PassageHit[]> {
    return this.indexes.searchDocuments(query);
  }

  citations(sourceId: string): Promise<Citation[]> {
    return this.indexes.citations(sourceId);
  }

  mentions(range: ParagraphRange): Promise<DocumentMentions> {
    return this.indexes.mentions(range);
  }
}

export interface EmbeddedStoreOptions {
  /** Time budget of each call that walks the graph (paths, neighbourhood, timeline). */
  deadlineMs?: number;
  /** Where the state database (with the change log) lives; without one the log is an in-memory database that ends with the store. */
  stateDir?: string | null;
}

/**
 * Builds the embedded store: the data set with every APPLIED change of the log written over it
 * in the order recorded (not validated again: each was when it was made; only each record's
 * last write is read, which leaves the same graph), then the indexes.
 * Close it to close the state database.
 */
export async function createEmbeddedStore(dataset: Dataset, options: EmbeddedStoreOptions = {}): Promise<GraphStore & ChangeStore> {
  const database = openStateDatabase(options.stateDir ?? null);
  try {
    const log = new ChangeLog(database);
    const records = new CurrentRecords(dataset);
    records.apply([...log.lastWrites()]);
    return new CuratedEmbeddedStore(records, log, database, options.deadlineMs ?? QUERY_DEADLINE_MS);
  } catch (error) {
    database.close();
    throw error;
  }
}
