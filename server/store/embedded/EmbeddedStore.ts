import type { Dataset, Dispute, Entity, EntityKind, Relation, RelationType, Source } from '../../dataset';
import type {
  EntityPage,
  EntityRef,
  ListEntitiesQuery,
  RelationsWithEnds,
  GraphStore,
  Knowledge,
  KnowledgeQuery,
  Path,
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
import { buildEntityList, pageOfEntities, type EntityList } from './entityList';
import { buildKnowledge } from './knowledge';
import { KnowledgeReach } from './knowledgeReach';
import { findNeighborhood } from './neighborhood';
import { compareIds } from './order';
import { findPaths } from './paths';
import { buildRaisedConcerns } from './raisedConcerns';
import { buildRelationsOf } from './relationsOf';
import { buildEntitySearch, type EntitySearch } from './search';
import { buildTimeline } from './timeline';

/** The embedded store's indexes: built from the data set, every query answered in memory. */
export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded' as const;
  private readonly graph: RelationGraph;
  private readonly entityList: EntityList;
  private readonly searchEntities: EntitySearch;
  private readonly relationsOfEntities: ReturnType<typeof buildRelationsOf>;
  private readonly timelineOf: ReturnType<typeof buildTimeline>;
  private readonly knowledgeAsOf: ReturnType<typeof buildKnowledge>;
  private readonly raisedConcernsAsOf: ReturnType<typeof buildRaisedConcerns>;
  private readonly sortedVocabulary: RelationType[];
  private readonly sortedSources: Source[];
  private readonly sourcesById: Map<string, Source>;
  private readonly sortedDisputes: Dispute[];
  private readonly counts: Stats;

  constructor(
    dataset: Dataset,
    private readonly deadlineMs: number,
  ) {
    this.graph = buildGraph(dataset);
    this.entityList = buildEntityList(dataset.entities);
    this.searchEntities = buildEntitySearch(dataset.entities, this.entityList.byId);
    this.relationsOfEntities = buildRelationsOf(this.graph);
    this.timelineOf = buildTimeline(this.graph, this.entityList.byId, dataset.relations);
    this.knowledgeAsOf = buildKnowledge(this.entityList.byId, dataset.relations, new KnowledgeReach(dataset.relations, dataset.vocabulary));
    this.raisedConcernsAsOf = buildRaisedConcerns(this.entityList.byId, dataset.relations, dataset.vocabulary);
    this.sortedVocabulary = [...dataset.vocabulary].sort((a, b) => compareIds(a.type, b.type));
    this.sortedSources = [...dataset.sources].sort((a, b) => compareIds(a.id, b.id));
    this.sourcesById = new Map(dataset.sources.map((source) => [source.id, source]));
    this.sortedDisputes = [...dataset.disputes].sort(
      (a, b) => compareIds(a.subject.id, b.subject.id) || compareIds(a.field, b.field),
    );
    this.counts = countAll(dataset);
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

  async stats(): Promise<Stats> {
    return { ...this.counts };
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
    return this.searchEntities(query);
  }

  async relationsOf(ids: readonly string[], query: RelationQuery): Promise<Relation[][]> {
    return this.relationsOfEntities(ids, query);
  }

  async relationsWithEnds(ids: readonly string[], query: RelationQuery): Promise<RelationsWithEnds> {
    const lists = this.relationsOfEntities(ids, query);
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

  async paths(query: { from: string; to: string; maxHops: number; types?: string[]; limit: number }): Promise<Path[]> {
    return findPaths(this.graph, this.entityList.byId, query, this.deadline('paths'));
  }

  async timeline(query: { from?: string; to?: string; entity?: string; first: number }): Promise<TimelineItem[]> {
    return this.timelineOf({
      ...readSpan(query.from, query.to),
      entity: query.entity,
      first: query.first,
    }, this.deadline('timeline'));
  }

  async knowledge(query: KnowledgeQuery): Promise<Knowledge[]> {
    return this.knowledgeAsOf({ ...query, asOfDay: readDay('asOf', query.asOf, 'to'), channels: query.channels ?? ['DIRECT', 'INSTITUTIONAL'] });
  }

  async raisedConcerns(query: RaisedConcernsQuery): Promise<RaisedConcern[]> {
    return this.raisedConcernsAsOf({ ...query, asOfDay: readDay('asOf', query.asOf, 'to') });
  }

  async sources(): Promise<Source[]> {
    return [...this.sortedSources];
  }

  async sourcesByIds(ids: readonly string[]): Promise<(Source | null)[]> {
    return ids.map((id) => this.sourcesById.get(id) ?? null);
  }

  async disputes(): Promise<Dispute[]> {
    return [...this.sortedDisputes];
  }

  async relationsByIds(ids: readonly string[]): Promise<(Relation | null)[]> {
    return ids.map((id) => this.graph.relation(id));
  }
}

function countAll(dataset: Dataset): Stats {
  let claims = 0;
  for (const entity of dataset.entities) {
    claims += entity.claims.length;
    for (const figure of entity.figures) claims += figure.claims.length;
  }
  for (const relation of dataset.relations) claims += relation.claims.length;
  return {
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    sources: dataset.sources.length,
    claims,
    disputes: dataset.disputes.length,
  };
}
