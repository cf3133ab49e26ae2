import type { Dataset, DatasetInfo, Dispute, Entity, EntityKind, EntityKindInfo, Relation, RelationType, Source } from '../../dataset';
import type { RecordChange } from '../ChangeStore';
import type {
  EntityPage,
  EntityRef,
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
import { Deadline } from '../deadline';
import { buildGraph, type RelationGraph } from './buildGraph';
import { readDay, readOptionalDay, readSpan } from '../dateInput';
import { DisputeList } from './disputeList';
import { buildEntityList, pageOfEntities, putEntity, removeEntity, type EntityList } from './entityList';
import { KnowledgeEdit, KnowledgeIndex } from './knowledge';
import { type IsActor, KnowledgeReach } from './knowledgeReach';
import { findNeighborhood } from './neighborhood';
import { compareIds } from './order';
import { findPaths } from './paths';
import { RaisedConcernsIndex } from './raisedConcerns';
import { buildRelationsOf, type RelationsOf } from './relationsOf';
import { buildEntitySearch, type EntitySearch } from './search';
import { SourceList } from './sourceList';
import { Timeline } from './timeline';
import { CitationIndex } from './citationIndex';
import { DocumentIndex } from './documentIndex';
import { CandidateCache, findMentions, NameIndex, type Citation, type DocumentInfo, type DocumentMentions, type Paragraph, type ParagraphRange, type PassageHit } from '../../documents';
import { netRecords } from '../recordSequence';

type RelationChange = Extract<RecordChange, { kind: 'relation' }>;

/**
 * The embedded store's indexes: built once from the data set, then kept up to date record by
 * record (applyRecordChanges), never rebuilt whole for an edit; every query answered in memory.
 */
export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded' as const;
  private readonly graph: RelationGraph;
  private readonly entityList: EntityList;
  private readonly entitySearch: EntitySearch;
  private readonly relationsOfEntities: RelationsOf;
  private readonly timelineIndex: Timeline;
  private readonly reach: KnowledgeReach;
  /** The kinds whose entities can know things (kinds.json `actor`). */
  private readonly actorKinds: ReadonlySet<EntityKind>;
  private readonly isActor: IsActor;
  private readonly knowledgeIndex: KnowledgeIndex;
  private readonly raisedConcernsIndex: RaisedConcernsIndex;
  private readonly sortedVocabulary: RelationType[];
  private readonly profile: Pick<Dataset, 'info' | 'kinds'>;
  private readonly sourceList: SourceList;
  private readonly disputeList: DisputeList;
  private readonly documentIndex: DocumentIndex;
  /** Built on the first citations() call (most deployments never open the reader), then kept in step. */
  private citationIndex: CitationIndex | null = null;
  /** Built on the first mentions() call, like citationIndex, then kept in step. */
  private nameIndex: NameIndex | null = null;
  private readonly candidateNames = new CandidateCache();

  constructor(
    dataset: Dataset,
    private readonly deadlineMs: number,
  ) {
    this.graph = buildGraph(dataset);
    this.entityList = buildEntityList(dataset.entities);
    this.entitySearch = buildEntitySearch(dataset.entities, this.entityList.byId);
    this.relationsOfEntities = buildRelationsOf(this.graph);
    this.timelineIndex = new Timeline(this.graph, this.entityList.byId, dataset.relations);
    this.actorKinds = new Set(dataset.kinds.filter((kind) => kind.actor).map((kind) => kind.kind));
    this.isActor = (id) => {
      const entity = this.entityList.byId.get(id);
      return entity !== undefined && this.actorKinds.has(entity.kind);
    };
    this.reach = new KnowledgeReach(dataset.relations, dataset.vocabulary, this.isActor);
    this.knowledgeIndex = new KnowledgeIndex(this.entityList.byId, this.reach);
    this.raisedConcernsIndex = new RaisedConcernsIndex(this.graph, this.entityList.byId, dataset.relations, dataset.vocabulary);
    this.sortedVocabulary = [...dataset.vocabulary].sort((a, b) => compareIds(a.type, b.type));
    this.profile = { info: dataset.info, kinds: dataset.kinds };
    this.sourceList = new SourceList(dataset.sources, [...dataset.entities, ...dataset.relations]);
    this.disputeList = new DisputeList(dataset.disputes);
    this.documentIndex = new DocumentIndex(dataset.documents ?? []);
  }

  /**
   * Writes the records of an applied change into every index, one record at a time: `after`
   * null removes a record, `before` null creates it. Records may come in any order (an entity
   * retracted before or after its relations). Redirects are left to the caller, which resolves
   * merged-away ids before asking (CurrentRecords.resolve).
   */
  applyRecordChanges(steps: readonly RecordChange[]): void {
    // A record touched more than once in the change is written once, where it ends up.
    const records = netRecords(steps);
    const relationChanges = records.filter((record): record is RelationChange => record.kind === 'relation');
    const knowledge = new KnowledgeEdit();
    const raisers = new Set<string>();
    // Old relations go before any entity changes and new ones come after, so an entity can be
    // retracted with its relations, or created with them, whatever the order of the records.
    for (const { id } of relationChanges) this.removeRelation(id, knowledge, raisers);
    for (const record of records) {
      if (record.kind === 'entity') this.putEntity(record.id, record.after, knowledge);
      else if (record.kind === 'source') this.sourceList.put(record.id, record.after);
      else if (record.kind === 'document') this.documentIndex.put(record.id, record.after);
    }
    for (const { after } of relationChanges) if (after !== null) this.addRelation(after, knowledge, raisers);
    this.knowledgeIndex.apply(knowledge);
    this.raisedConcernsIndex.refresh(raisers);
  }

  private putEntity(id: string, after: Entity | null, knowledge: KnowledgeEdit): void {
    // An entity that starts or stops being an actor changes what its relations carry and pass
    // on: they are noted as leaving the knowledge reach before, and as entering it after.
    const turns = this.isActor(id) !== (after !== null && this.actorKinds.has(after.kind));
    if (turns) this.graph.forEachRelation(id, (relation) => this.knowledgeIndex.noteRemoval(relation, knowledge));
    const old = removeEntity(this.entityList, id);
    if (old !== null) {
      this.entitySearch.remove(old);
      this.timelineIndex.remove({ entity: old });
      this.sourceList.countClaims(old, -1);
      this.citationIndex?.remove(old);
    }
    this.disputeList.put(id, { kind: 'entity', after });
    this.nameIndex?.put(id, after);
    if (after === null) {
      if (old !== null) this.graph.removeNode(id);
      this.relationsOfEntities.forget(id);
      return;
    }
    this.graph.addNode(id);
    putEntity(this.entityList, after);
    this.entitySearch.add(after);
    this.timelineIndex.add({ entity: after });
    this.sourceList.countClaims(after, 1);
    this.citationIndex?.add({ kind: 'entity', record: after });
    if (turns) this.graph.forEachRelation(id, (relation) => this.knowledgeIndex.noteAddition(relation, knowledge));
  }

  private removeRelation(id: string, knowledge: KnowledgeEdit, raisers: Set<string>): void {
    const old = this.graph.relation(id);
    if (old === null) return;
    this.knowledgeIndex.noteRemoval(old, knowledge);
    this.raisedConcernsIndex.affectedBy(old, raisers);
    this.graph.removeRelation(id);
    this.relationsOfEntities.forget(old.from);
    this.relationsOfEntities.forget(old.to);
    this.timelineIndex.remove({ relation: old });
    this.reach.removeRelation(old);
    this.sourceList.countClaims(old, -1);
    this.citationIndex?.remove(old);
    this.disputeList.put(id, { kind: 'relation', after: null });
  }

  private addRelation(relation: Relation, knowledge: KnowledgeEdit, raisers: Set<string>): void {
    this.graph.addRelation(relation);
    this.relationsOfEntities.forget(relation.from);
    this.relationsOfEntities.forget(relation.to);
    this.timelineIndex.add({ relation });
    this.reach.addRelation(relation);
    this.sourceList.countClaims(relation, 1);
    this.citationIndex?.add({ kind: 'relation', record: relation });
    this.disputeList.put(relation.id, { kind: 'relation', after: relation });
    this.knowledgeIndex.noteAddition(relation, knowledge);
    this.raisedConcernsIndex.affectedBy(relation, raisers);
  }

  /** The time budget of one call, started now. */
  private deadline(operation: string): Deadline {
    return new Deadline(operation, this.deadlineMs);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  async vocabulary(): Promise<RelationType[]> {
    return [...this.sortedVocabulary];
  }

  async kinds(): Promise<EntityKindInfo[]> {
    return this.profile.kinds.map((kind) => ({ ...kind }));
  }

  async datasetInfo(): Promise<DatasetInfo> {
    return { ...this.profile.info };
  }

  async stats(): Promise<Stats> {
    return {
      entities: this.entityList.all.length,
      relations: this.graph.relationCount,
      sources: this.sourceList.sorted.length,
      claims: this.sourceList.claimCount,
      disputes: this.disputeList.sorted.length,
    };
  }

  async entitiesByIds(ids: readonly string[]): Promise<(Entity | null)[]> {
    return ids.map((id) => this.entityList.byId.get(id) ?? null);
  }

  /** Holds every record whole: skipClaims changes nothing here. */
  async listEntities(query: ListEntitiesQuery): Promise<EntityPage> {
    const page = pageOfEntities(this.entityList, query);
    return query.withDegrees ? { ...page, degrees: page.items.map((item) => this.graph.degree(item.id)) } : page;
  }

  async search(query: { text: string; kinds?: EntityKind[]; first: number }): Promise<SearchHit[]> {
    return this.entitySearch.search(query);
  }

  async relationsOf(ids: readonly string[], query: RelationQuery): Promise<Relation[][]> {
    return this.relationsOfEntities.query(ids, query);
  }

  async relationsWithEnds(ids: readonly string[], query: RelationQuery): Promise<RelationsWithEnds> {
    const lists = this.relationsOfEntities.query(ids, query);
    const ends = new Map<string, EntityRef>();
    for (const relation of lists.flat()) {
      for (const id of [relation.from, relation.to]) {
        const entity = this.entityList.byId.get(id);
        if (entity && !ends.has(id)) ends.set(id, { id, kind: entity.kind, name: entity.name });
      }
    }
    return { lists, ends: [...ends.values()] };
  }

  async degrees(ids: readonly string[]): Promise<number[]> {
    return ids.map((id) => this.graph.degree(id));
  }

  async neighborhood(query: { id: string; depth: number; types?: string[]; asOf?: string; limit: number }): Promise<Subgraph> {
    const asOfDay = readOptionalDay('asOf', query.asOf, 'to');
    return findNeighborhood(this.graph, this.entityList.byId, { ...query, asOfDay }, this.deadline('neighborhood'));
  }

  async paths(query: PathsQuery): Promise<Path[]> {
    return findPaths(this.graph, this.entityList.byId, query, this.deadline('paths'));
  }

  async timeline(query: { from?: string; to?: string; entity?: string; first: number }): Promise<TimelineItem[]> {
    return this.timelineIndex.query({
      ...readSpan(query.from, query.to),
      entity: query.entity,
      first: query.first,
    }, this.deadline('timeline'));
  }

  async knowledge(query: KnowledgeQuery): Promise<Knowledge[]> {
    return this.knowledgeIndex.query({ ...query, asOfDay: readDay('asOf', query.asOf, 'to'), channels: query.channels ?? ['DIRECT', 'INSTITUTIONAL'] });
  }

  async raisedConcerns(query: RaisedConcernsQuery): Promise<RaisedConcern[]> {
    return this.raisedConcernsIndex.query({ ...query, asOfDay: readDay('asOf', query.asOf, 'to') });
  }

  async sources(): Promise<Source[]> {
    return [...this.sourceList.sorted];
  }

  async sourcesByIds(ids: readonly string[]): Promise<(Source | null)[]> {
    return ids.map((id) => this.sourceList.byId.get(id) ?? null);
  }

  async disputes(): Promise<Dispute[]> {
    return [...this.disputeList.sorted];
  }

  async documents(sourceIds: readonly string[]): Promise<(DocumentInfo | null)[]> {
    return sourceIds.map((id) => this.documentIndex.info(id));
  }

  async paragraphs(ranges: readonly ParagraphRange[]): Promise<Paragraph[][]> {
    return ranges.map((range) => this.documentIndex.paragraphs(range));
  }

  async searchDocuments(query: { text: string; first: number }): Promise<PassageHit[]> {
    return this.documentIndex.search(query.text, query.first);
  }

  async citations(sourceId: string): Promise<Citation[]> {
    if (this.citationIndex === null) {
      const entities = [...this.entityList.byId.values()];
      this.citationIndex = new CitationIndex(entities, entities.flatMap((entity) => this.graph.outOf(entity.id)));
    }
    return this.citationIndex.citations(sourceId);
  }

  async mentions(range: ParagraphRange): Promise<DocumentMentions> {
    this.nameIndex ??= new NameIndex(this.entityList.byId.values());
    return findMentions(this.documentIndex.paragraphs(range), this.nameIndex, this.candidateNames);
  }

  async relationsByIds(ids: readonly string[]): Promise<(Relation | null)[]> {
    return ids.map((id) => this.graph.relation(id));
  }
}
