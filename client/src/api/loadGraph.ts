import { INITIAL_ENTITY_CAP, kindQuotas } from '../graph/initialCap';
import { ApiError, type GraphQLRequest } from './client';
import { ALL_CLAIMS, ENTITY_OUT_RELATION_CLAIMS, ENTITY_OUT_RELATIONS, GRAPH_OVERVIEW, GRAPH_PAGE } from './operations';
import {
  type Claim,
  type DatasetInfo,
  type KindInfo,
  type EntityKind,
  type EntityOutRelationClaimsResult,
  type EntityOutRelationsResult,
  type EntitySummary,
  type GraphOverviewResult,
  type GraphPageResult,
  type AllClaimsResult,
  type RelationSummary,
  type RelationTypeInfo,
} from './types';

// The server refuses requests whose estimated cost is over its limit (QUERY_TOO_COMPLEX, with
// `cost` and `maxCost` in the error). Pages start at a size that fits the documented limit;
// if a server is stricter, the page is shrunk in proportion and asked again. Lists of outgoing
// relations are cut at `relationsPerEntity`; an entity whose list came back full is asked
// again on its own, so no relation is silently missing.
//
// A data set of more than `maxEntities` is not loaded whole: the first of each kind in id order,
// in proportion (graph/initialCap.ts), with the relations among them that their first
// `relationsPerEntity` outgoing relations hold. Lists are not asked again then: hubs of a large
// data set have thousands. Expanding an entity fetches all its neighbours.

/** The most a relation list may hold in one answer (the API's page size limit). */
const MAX_LIST = 500;

export interface LoadedGraph {
  entities: EntitySummary[];
  relations: RelationSummary[];
  vocabulary: RelationTypeInfo[];
  kinds: KindInfo[];
  info: DatasetInfo;
  totalCount: number;
  /** True when the data set is larger than the page is willing to load at once. */
  capped: boolean;
}

export interface LoadGraphOptions {
  pageSize?: number;
  relationsPerEntity?: number;
  maxEntities?: number;
  signal?: AbortSignal;
  onProgress?: (loaded: number, total: number) => void;
}

const GRAPH_DEFAULTS = { pageSize: 100, relationsPerEntity: 40, maxEntities: INITIAL_ENTITY_CAP };
const CLAIMS_DEFAULTS = { pageSize: 20, relationsPerEntity: 20 };

/** A smaller page size after a QUERY_TOO_COMPLEX refusal, or null when it cannot shrink. */
export function shrinkPageSize(size: number, error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'QUERY_TOO_COMPLEX' || size <= 1) return null;
  const { cost, maxCost } = error.extensions;
  const next =
    typeof cost === 'number' && typeof maxCost === 'number' && cost > 0
      ? Math.floor(size * (maxCost / cost) * 0.9)
      : Math.floor(size / 2);
  return Math.max(1, Math.min(size - 1, next));
}

/** Sends a paged operation, shrinking `first` until the server accepts it. */
async function requestPage<T>(
  request: GraphQLRequest,
  query: string,
  variables: Record<string, unknown> & { first: number },
  signal?: AbortSignal,
): Promise<{ data: T; first: number }> {
  let first = variables.first;
  for (;;) {
    try {
      return { data: await request<T>(query, { ...variables, first }, { signal }), first };
    } catch (error) {
      const smaller = shrinkPageSize(first, error);
      if (smaller === null) throw error;
      first = smaller;
    }
  }
}

/** Loads the graph (all of it, or a sample of each kind when it is large), plus the vocabulary, kinds and what the data set is about. */
export async function loadGraph(request: GraphQLRequest, options: LoadGraphOptions = {}): Promise<LoadedGraph> {
  const { relationsPerEntity, maxEntities } = { ...GRAPH_DEFAULTS, ...options };
  const { signal } = options;
  const overview = await request<GraphOverviewResult>(GRAPH_OVERVIEW, {}, { signal });
  const totalCount = overview.all.totalCount;
  const capped = totalCount > maxEntities;
  const target = Math.min(totalCount, maxEntities);
  let pageSize = options.pageSize ?? GRAPH_DEFAULTS.pageSize;
  const entities: EntitySummary[] = [];
  const relations = new Map<string, RelationSummary>();
  const cutShort: string[] = [];

  /** Pages through the entities (of one kind, or all) until `limit` of them are loaded or none are left. */
  const load = async (kind: EntityKind | null, limit: number) => {
    let after: string | null = null;
    for (let loaded = 0; loaded < limit; ) {
      const asked = Math.min(pageSize, limit - loaded);
      const variables = { first: asked, after, kind, relationsPerEntity };
      const answer: { data: GraphPageResult; first: number } = await requestPage<GraphPageResult>(request, GRAPH_PAGE, variables, signal);
      if (answer.first < asked) pageSize = answer.first;
      for (const { node } of answer.data.entities.edges) {
        const { relations: outgoing, ...entity } = node;
        entities.push(entity);
        for (const relation of outgoing) relations.set(relation.id, relation);
        if (outgoing.length >= relationsPerEntity) cutShort.push(entity.id);
      }
      loaded += answer.data.entities.edges.length;
      options.onProgress?.(entities.length, target);
      const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor: string | null } = answer.data.entities.pageInfo;
      if (!hasNextPage || endCursor === null) break;
      after = endCursor;
    }
  };

  if (capped) {
    const quotas = kindQuotas(overview.kinds, maxEntities);
    for (const [kind, quota] of quotas) if (quota > 0) await load(kind, quota);
    entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  } else {
    await load(null, Infinity);
    for (const id of cutShort) {
      const result = await request<EntityOutRelationsResult>(ENTITY_OUT_RELATIONS, { id, first: MAX_LIST }, { signal });
      for (const relation of result.entity?.relations ?? []) relations.set(relation.id, relation);
    }
  }
  const loadedIds = new Set(entities.map((e) => e.id));
  const among = [...relations.values()].filter((r) => loadedIds.has(r.from.id) && loadedIds.has(r.to.id));
  return { entities, relations: among, vocabulary: overview.vocabulary, kinds: overview.kinds, info: overview.dataset, totalCount, capped };
}

export interface RelationClaims {
  note: string | null;
  claims: Claim[];
}

export interface AllClaims {
  entities: Map<string, Claim[]>;
  relations: Map<string, RelationClaims>;
}

/** Claims of every entity and relation by id (for exports and the chronology), paged like loadGraph. */
export async function loadClaims(request: GraphQLRequest, signal?: AbortSignal): Promise<AllClaims> {
  const result = new Map<string, RelationClaims>();
  const entities = new Map<string, Claim[]>();
  const cutShort: string[] = [];
  const { relationsPerEntity } = CLAIMS_DEFAULTS;
  let pageSize = CLAIMS_DEFAULTS.pageSize;
  let after: string | null = null;
  for (;;) {
    const answer: { data: AllClaimsResult; first: number } = await requestPage<AllClaimsResult>(
      request,
      ALL_CLAIMS,
      { first: pageSize, after, relationsPerEntity },
      signal,
    );
    const page = answer.data;
    pageSize = answer.first;
    for (const { node } of page.entities.edges) {
      entities.set(node.id, node.claims);
      for (const relation of node.relations) result.set(relation.id, { note: relation.note, claims: relation.claims });
      if (node.relations.length >= relationsPerEntity) cutShort.push(node.id);
    }
    const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor: string | null } = page.entities.pageInfo;
    if (!hasNextPage || endCursor === null) break;
    after = endCursor;
  }
  for (const id of cutShort) {
    const { data } = await requestPage<EntityOutRelationClaimsResult>(request, ENTITY_OUT_RELATION_CLAIMS, { id, first: MAX_LIST / 2 }, signal);
    for (const relation of data.entity?.relations ?? []) result.set(relation.id, { note: relation.note, claims: relation.claims });
  }
  return { entities, relations: result };
}
