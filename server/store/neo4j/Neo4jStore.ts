import type { Driver } from 'neo4j-driver';
import type { DatasetInfo, Dispute, Entity, EntityKind, EntityKindInfo, Relation, RelationType, Source } from '../../dataset';
import { decodeCursor, encodeCursor, knowledgeCursor, raisedConcernCursor, readKnowledgeCursor, readRaisedConcernCursor } from '../cursor';
import { BadInputError } from '../errors';
import type {
  Certainty,
  ClaimsNeed,
  EntityPage,
  EntityRef,
  ListEntitiesQuery,
  RelationsWithEnds,
  GraphStore,
  Knowledge,
  KnowledgeChannel,
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
import type { Change, ChangeDraft, ChangePage, ChangeQuery, ChangeStore, Review } from '../ChangeStore';
import { Neo4jChangeStore } from './changes';
import { CHANGE_NAMES, LOAD_NAMES, preloadCypher, QUERY_NAMES } from './cypherFiles';
import { readDay, readOptionalDay, readSpan } from '../dateInput';
import { toDispute, toEntity, toEntityRow, toNumber, toRelation, toRelationEnds, toRelationRow, toRelationType, toSource, toKind, toDatasetInfo } from './records';
import { neighborhoodStatement } from './neighborhoodStatement';
import { pathsStatement } from './pathsStatement';
import { IdReads } from './idReads';
import { int, QueryRunner } from './runner';
import { EXACT_NAME_HEADROOM, exactNamesFirst } from '../searchText';
import { buildSearchQuery, escapeLucene } from './searchQuery';
import { CandidateCache, citationsIn, documentSearchWords, findMentions, markWords, NameIndex, sortCitations, type Citation, type DocumentInfo, type DocumentMentions, type Paragraph, type ParagraphRange, type PassageHit } from '../../documents';
import { readStatements, writeStatements } from './statement';
import { toStoreError } from './toStoreError';
import { warmUp } from './warmUp';

// The GraphStore on Neo4j. Every method is one query of cypher/ (one round trip; reads by id
// asked for together share one, see idReads.ts), and every order and cut-off rule of
// GraphStore.ts is applied inside that query, so what comes back is already the answer; this
// class only checks arguments and converts records.

function toRelations(raw: unknown): Relation[] {
  if (!Array.isArray(raw)) throw new Error(`Neo4j returned ${JSON.stringify(raw)} where a list of relations was expected`);
  return raw.map((value) => toRelation(value));
}

function numberField(raw: unknown): number {
  const value = toNumber(raw);
  if (value === null) throw new Error(`Neo4j returned ${JSON.stringify(raw)} where a number was expected`);
  return value;
}

/** How long close() waits for the driver to close its connections. */
const CLOSE_WAIT_MS = 1_000;

/** Rows carry the index `i` of the id they answer; put them back in the order of `ids`. */
function byIndex<T>(length: number, rows: { i: number; value: T }[], missing: T): T[] {
  const out = new Array<T>(length).fill(missing);
  for (const row of rows) out[row.i] = row.value;
  return out;
}

/** The $claims and $details parameters of the statements that read only what an answer shows. */
function readDetail(need: ClaimsNeed): { claims: boolean; details: boolean } {
  const details = need.namesOnly !== true;
  return { claims: details && need.skipClaims !== true, details };
}

/** A non-negative whole number for LIMIT-like arguments (the embedded store treats < 0 as 0). */
function count(value: number): number {
  return Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
}

export class Neo4jStore implements GraphStore, ChangeStore {
  readonly name = 'neo4j' as const;
  private readonly runner: QueryRunner;
  private readonly idReads: IdReads;
  private readonly changeStore: Neo4jChangeStore;
  /** The warm-up since the last outage (a restarted database has forgotten its plans). */
  private warming: { outages: number; done: Promise<void> } | null = null;
  /** The entities' names as of a graph version (mention-version.cypher), read again once it moves. */
  private names: { version: string; index: Promise<NameIndex> } | null = null;
  private readonly candidateNames = new CandidateCache();

  constructor(
    private readonly driver: Driver,
    database?: string,
  ) {
    preloadCypher([...QUERY_NAMES, ...LOAD_NAMES, ...CHANGE_NAMES]);
    this.runner = new QueryRunner(driver, database);
    this.idReads = new IdReads(this.runner);
    this.changeStore = new Neo4jChangeStore(driver, database, this.runner);
  }

  /** Answers once every statement is planned (see warmUp.ts); again after each outage. */
  async ping(): Promise<void> {
    await this.runner.read('ping');
    const { outages } = this.runner;
    if (this.warming?.outages !== outages) {
      const done = warmUp(this.runner, [...readStatements(), ...writeStatements()]);
      this.warming = { outages, done };
      done.catch(() => {
        if (this.warming?.done === done) this.warming = null;
      });
    }
    await this.warming.done;
  }

  /**
   * Closes the driver's connections. A connection waiting on a database that no longer answers
   * can hold driver.close() for as long as the socket lives, so closing gives up waiting after
   * CLOSE_WAIT_MS: the process is ending, and its sockets end with it.
   */
  async close(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_WAIT_MS);
    });
    try {
      await Promise.race([this.driver.close(), waited]);
    } catch (error) {
      throw toStoreError(error, 'close');
    } finally {
      clearTimeout(timer);
    }
  }

  async vocabulary(): Promise<RelationType[]> {
    const records = await this.runner.read('vocabulary');
    return records.map((record) => toRelationType(record.toObject()));
  }

  async kinds(): Promise<EntityKindInfo[]> {
    const records = await this.runner.read('kinds');
    return records.map((record) => toKind(record.toObject()));
  }

  async datasetInfo(): Promise<DatasetInfo> {
    const [record] = await this.runner.read('dataset-info');
    if (!record) throw new Error('no data set is loaded: run `npm run db:load`');
    return toDatasetInfo(record.toObject());
  }

  async stats(): Promise<Stats> {
    const [record] = await this.runner.read('stats');
    if (!record) throw new Error('stats returned no row');
    return {
      entities: numberField(record.get('entities')),
      relations: numberField(record.get('relations')),
      sources: numberField(record.get('sources')),
      claims: numberField(record.get('claims')),
      disputes: numberField(record.get('disputes')),
    };
  }

  /**
   * Follows redirects (merged-away ids) to the entity they stand for, one round trip per hop of
   * the longest chain asked for; a cycle (never written by curation) ends as unknown.
   */
  async entitiesByIds(ids: readonly string[]): Promise<(Entity | null)[]> {
    const found = new Array<Entity | null>(ids.length).fill(null);
    let asking = ids.map((id, index) => ({ index, id, seen: new Set([id]) }));
    while (asking.length > 0) {
      const rows = await this.idReads.read('entity', asking.map((ask) => ask.id));
      const next: typeof asking = [];
      rows.forEach(({ value, redirect }, index) => {
        const ask = asking[index] as (typeof asking)[number];
        if (value !== null) found[ask.index] = toEntity(value);
        else if (typeof redirect === 'string' && !ask.seen.has(redirect)) next.push({ ...ask, id: redirect, seen: ask.seen.add(redirect) });
      });
      asking = next;
    }
    return found;
  }

  async listEntities(query: ListEntitiesQuery): Promise<EntityPage> {
    const after = query.after === undefined ? null : decodeCursor(query.after);
    const first = count(query.first);
    const [record] = await this.runner.read('list-entities', {
      kind: query.kind ?? null,
      afterId: after,
      // One more than asked, to learn whether there is a next page.
      limit: int(first + 1),
      ...readDetail(query),
      degrees: query.withDegrees === true,
    });
    if (!record) throw new Error('list-entities returned no row');
    if (record.get('afterKnown') !== true) {
      throw new BadInputError('after', `"after" names no entity of this data set: ${JSON.stringify(query.after)}`);
    }
    const rows = record.get('items') as unknown[];
    const fetched = rows.map((row) => toEntity(row, query));
    const items = fetched.slice(0, first);
    const last = items[items.length - 1];
    const page: EntityPage = {
      items,
      totalCount: numberField(record.get('totalCount')),
      hasNextPage: fetched.length > first,
      endCursor: last ? encodeCursor(last.id) : null,
    };
    if (query.withDegrees === true) page.degrees = rows.slice(0, first).map((row) => numberField((row as { degree?: unknown }).degree));
    return page;
  }

  async search(query: { text: string; kinds?: EntityKind[]; first: number } & ClaimsNeed): Promise<SearchHit[]> {
    const lucene = buildSearchQuery(query.text);
    const first = count(query.first);
    if (lucene === null || first === 0) return [];
    const records = await this.runner.read('search', { query: lucene, kinds: query.kinds ?? null, first: int(first + EXACT_NAME_HEADROOM), ...readDetail(query) });
    const hits = records.map((record) => ({ entity: toEntity(record.get('entity'), query), score: numberField(record.get('score')) }));
    return exactNamesFirst(hits, query.text).slice(0, first);
  }

  async relationsOf(ids: readonly string[], query: RelationQuery): Promise<Relation[][]> {
    return (await this.relationsWithEnds(ids, query)).lists;
  }

  async relationsWithEnds(ids: readonly string[], query: RelationQuery): Promise<RelationsWithEnds> {
    if (ids.length === 0) return { lists: [], ends: [] };
    const records = await this.runner.read('relations-of', {
      ids: [...ids],
      direction: query.direction,
      types: query.types ?? null,
      first: int(count(query.first)),
      claims: query.skipClaims !== true,
    });
    const ends = new Map<string, EntityRef>();
    const rows = records.map((record) => ({
      i: numberField(record.get('i')),
      value: (record.get('relations') as unknown[]).map((raw) => {
        for (const end of toRelationEnds(raw)) ends.set(end.id, end);
        return toRelation(raw, query);
      }),
    }));
    return { lists: byIndex<Relation[]>(ids.length, rows, []).map((list) => list ?? []), ends: [...ends.values()] };
  }

  async degrees(ids: readonly string[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const records = await this.runner.read('degrees', { ids: [...ids] });
    const rows = records.map((record) => ({ i: numberField(record.get('i')), value: numberField(record.get('degree')) }));
    return byIndex(ids.length, rows, 0);
  }

  async neighborhood(query: { id: string; depth: number; types?: string[]; asOf?: string; limit: number }): Promise<Subgraph> {
    const asOf = readOptionalDay('asOf', query.asOf, 'to') ?? null;
    const records = await this.runner.read(neighborhoodStatement(count(query.depth)), {
      id: query.id,
      types: query.types ?? null,
      asOf,
      limit: int(Number.isFinite(query.limit) ? Math.trunc(query.limit) : 0),
    });
    const [record] = records;
    if (!record) return { nodes: [], edges: [], truncated: false };
    return {
      nodes: (record.get('nodes') as unknown[]).map(toEntityRow),
      edges: (record.get('edges') as unknown[]).map(toRelationRow),
      truncated: record.get('truncated') === true,
    };
  }

  async paths(query: PathsQuery): Promise<Path[]> {
    const limit = count(query.limit);
    const maxHops = count(query.maxHops);
    if (query.from === query.to || limit === 0 || maxHops === 0) return [];
    const records = await this.runner.read(pathsStatement(maxHops), {
      from: query.from,
      to: query.to,
      types: query.types ?? null,
      excludeEntities: query.excludeEntities ?? [],
      excludeTypes: query.excludeTypes ?? [],
      limit: int(limit),
    });
    return records.map((record) => ({
      nodes: (record.get('nodes') as unknown[]).map(toEntityRow),
      edges: (record.get('edges') as unknown[]).map(toRelationRow),
    }));
  }

  async timeline(query: { from?: string; to?: string; entity?: string; first: number }): Promise<TimelineItem[]> {
    const { fromDay, toDay } = readSpan(query.from, query.to);
    const first = count(query.first);
    if (first === 0) return [];
    const records = await this.runner.read('timeline', { fromDay: fromDay ?? null, toDay: toDay ?? null, entity: query.entity ?? null, first: int(first) });
    return records.map((record) => {
      const entityValue: unknown = record.get('entity');
      const relationValue: unknown = record.get('relation');
      const entity = entityValue === null ? null : toEntity(entityValue);
      const relation = relationValue === null ? null : toRelation(relationValue);
      const date = entity?.date ?? relation?.date;
      if (!date) throw new Error('timeline returned an undated item');
      return { date, entity, relation };
    });
  }

  async knowledge(query: KnowledgeQuery): Promise<Knowledge[]> {
    const asOf = readDay('asOf', query.asOf, 'to');
    const after = query.after === undefined ? null : readKnowledgeCursor(query.after);
    const first = count(query.first);
    if (first === 0) return [];
    const records = await this.runner.read('knowledge', {
      asOf,
      actor: query.actor ?? null,
      certainty: query.certainty,
      direct: query.channels?.includes('DIRECT') ?? true,
      institutional: query.channels?.includes('INSTITUTIONAL') ?? true,
      first: int(first),
      after,
    });
    return records.map((record) => {
      const actor = toEntity(record.get('actor'));
      const via = toRelation(record.get('via'));
      const channel = record.get('channel') as KnowledgeChannel;
      return {
        actor,
        channel,
        via,
        certainty: record.get('certainty') as Certainty,
        chain: toRelations(record.get('chain')),
        evidence: toRelations(record.get('evidence')),
        cursor: knowledgeCursor([via.date?.earliest ?? null, actor.id, channel]),
      };
    });
  }

  async raisedConcerns(query: RaisedConcernsQuery): Promise<RaisedConcern[]> {
    const asOf = readDay('asOf', query.asOf, 'to');
    const after = query.after === undefined ? null : readRaisedConcernCursor(query.after);
    const first = count(query.first);
    if (first === 0) return [];
    const records = await this.runner.read('raised-concerns', { asOf, actor: query.actor ?? null, first: int(first), after });
    return records.map((record) => {
      const actor = toEntity(record.get('actor'));
      const relations = toRelations(record.get('relations'));
      return { actor, relations, cursor: raisedConcernCursor([relations[0]?.date?.earliest ?? null, actor.id]) };
    });
  }

  async sources(): Promise<Source[]> {
    const records = await this.runner.read('sources');
    return records.map((record) => toSource(record.get('source')));
  }

  async sourcesByIds(ids: readonly string[]): Promise<(Source | null)[]> {
    const rows = await this.idReads.read('source', ids);
    return rows.map(({ value }) => (value === null ? null : toSource(value)));
  }

  async disputes(): Promise<Dispute[]> {
    const records = await this.runner.read('disputes');
    return records.map((record) => toDispute(record.toObject()));
  }

  async documents(sourceIds: readonly string[]): Promise<(DocumentInfo | null)[]> {
    const rows = await this.idReads.read('document', sourceIds);
    return rows.map(({ value }) => {
      if (value === null) return null;
      const document = value as { id: string; paragraphCount: unknown; characters: unknown };
      return { sourceId: document.id, paragraphCount: numberField(document.paragraphCount), characters: numberField(document.characters) };
    });
  }

  async paragraphs(ranges: readonly ParagraphRange[]): Promise<Paragraph[][]> {
    if (ranges.length === 0) return [];
    const records = await this.runner.read('paragraphs', {
      ranges: ranges.map((range) => ({ sourceId: range.sourceId, from: int(count(range.from)), to: int(count(range.to)) })),
    });
    const rows = records.map((record) => ({
      i: numberField(record.get('i')),
      value: (record.get('paragraphs') as { number: unknown; text: string }[]).map((row) => ({ number: numberField(row.number), text: row.text })),
    }));
    return byIndex<Paragraph[]>(ranges.length, rows, []);
  }

  async searchDocuments(query: { text: string; first: number }): Promise<PassageHit[]> {
    const words = documentSearchWords(query.text);
    if (words.length === 0 || count(query.first) === 0) return [];
    const lucene = words.map((word) => `+${escapeLucene(word)}`).join(' ');
    const records = await this.runner.read('search-documents', { query: lucene, first: int(count(query.first)) });
    return records.map((record) => {
      const paragraph = { number: numberField(record.get('number')), text: String(record.get('text')) };
      return { sourceId: String(record.get('source')), paragraph, marks: markWords(paragraph.text, words) };
    });
  }

  async citations(sourceId: string): Promise<Citation[]> {
    const records = await this.runner.read('citations', { needle: JSON.stringify(sourceId) });
    const out: Citation[] = [];
    for (const record of records) {
      const entity: unknown = record.get('entity');
      if (entity !== null) citationsIn('entity', toEntity(entity), sourceId, out);
      else citationsIn('relation', toRelation(record.get('relation')), sourceId, out);
    }
    return sortCitations(out);
  }

  async mentions(range: ParagraphRange): Promise<DocumentMentions> {
    const [[paragraphs], names] = await Promise.all([this.paragraphs([range]), this.nameIndex()]);
    return findMentions(paragraphs ?? [], names, this.candidateNames);
  }

  /** The index of every entity's names, read whole when the graph has moved since the last read. */
  private async nameIndex(): Promise<NameIndex> {
    const [record] = await this.runner.read('mention-version');
    const version = JSON.stringify([toNumber(record?.get('writes')), toNumber(record?.get('loadedAt'))]);
    if (this.names?.version !== version) {
      const index = this.runner.read('mention-names').then((records) => new NameIndex(records.map((row) => ({ id: String(row.get('id')), name: String(row.get('name')), aliases: (row.get('aliases') as unknown[]).map(String) }))));
      const names = { version, index };
      this.names = names;
      index.catch(() => {
        if (this.names === names) this.names = null;
      });
    }
    return this.names.index;
  }

  async relationsByIds(ids: readonly string[]): Promise<(Relation | null)[]> {
    if (ids.length === 0) return [];
    const records = await this.runner.read('relations-by-ids', { ids: [...new Set(ids)] });
    const found = new Map<string, Relation>();
    for (const record of records) {
      const relation = toRelation(record.get('relation'));
      found.set(relation.id, relation);
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  commit(draft: ChangeDraft): Promise<Change> {
    return this.changeStore.commit(draft);
  }

  propose(draft: ChangeDraft): Promise<Change> {
    return this.changeStore.propose(draft);
  }

  settle(id: string, decision: { accept: boolean } & Omit<Review, 'at'>): Promise<Change> {
    return this.changeStore.settle(id, decision);
  }

  change(id: string): Promise<Change | null> {
    return this.changeStore.change(id);
  }

  history(recordId: string, page: { first: number; after?: string }): Promise<ChangePage> {
    return this.changeStore.history(recordId, page);
  }

  changes(query: ChangeQuery): Promise<ChangePage> {
    return this.changeStore.changes(query);
  }
}
