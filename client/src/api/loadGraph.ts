import { ApiError, type GraphQLRequest } from './client';
import { ENTITY_OUT_RELATION_CLAIMS, ENTITY_OUT_RELATIONS, GRAPH_PAGE, RELATION_CLAIMS } from './operations';
import type {
  Claim,
  EntityOutRelationClaimsResult,
  EntityOutRelationsResult,
  EntitySummary,
  GraphPageResult,
  RelationClaimsResult,
  RelationSummary,
  RelationTypeInfo,
} from './types';

// The server refuses requests whose estimated cost is over its limit (QUERY_TOO_COMPLEX, with
// `cost` and `maxCost` in the error). Pages start at a size that fits the documented limit;
// if a server is stricter, the page is shrunk in proportion and asked again. Lists of outgoing
// relations are cut at `relationsPerEntity`; an entity whose list came back full is asked
// again on its own, so no relation is silently missing.

/** The most a relation list may hold in one answer (the API's page size limit). */
const MAX_LIST = 500;

export interface LoadedGraph {
  entities: EntitySummary[];
  relations: RelationSummary[];
  vocabulary: RelationTypeInfo[];
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

const GRAPH_DEFAULTS = { pageSize: 100, relationsPerEntity: 40, maxEntities: 5000 };
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

/** Loads the whole graph: pages of entities with their outgoing relations, plus the vocabulary. */
export async function loadGraph(request: GraphQLRequest, options: LoadGraphOptions = {}): Promise<LoadedGraph> {
  const { relationsPerEntity, maxEntities } = { ...GRAPH_DEFAULTS, ...options };
  let pageSize = options.pageSize ?? GRAPH_DEFAULTS.pageSize;
  const entities: EntitySummary[] = [];
  const relations = new Map<string, RelationSummary>();
  const cutShort: string[] = [];
  let vocabulary: RelationTypeInfo[] = [];
  let after: string | null = null;
  let totalCount = 0;
  let capped = false;
  for (;;) {
    const answer: { data: GraphPageResult; first: number } = await requestPage<GraphPageResult>(
      request,
      GRAPH_PAGE,
      { first: pageSize, after, relationsPerEntity, withVocabulary: entities.length === 0 },
      options.signal,
    );
    const page = answer.data;
    pageSize = answer.first;
    if (page.vocabulary) vocabulary = page.vocabulary;
    totalCount = page.entities.totalCount;
    for (const { node } of page.entities.edges) {
      const { relations: outgoing, ...entity } = node;
      entities.push(entity);
      for (const relation of outgoing) relations.set(relation.id, relation);
      if (outgoing.length >= relationsPerEntity) cutShort.push(entity.id);
    }
    options.onProgress?.(entities.length, totalCount);
    const { hasNextPage, endCursor }: { hasNextPage: boolean; endCursor: string | null } = page.entities.pageInfo;
    if (!hasNextPage || endCursor === null) break;
    if (entities.length >= maxEntities) {
      capped = true;
      break;
    }
    after = endCursor;
  }
  for (const id of cutShort) {
    const result = await request<EntityOutRelationsResult>(ENTITY_OUT_RELATIONS, { id, first: MAX_LIST }, { signal: options.signal });
    for (const relation of result.entity?.relations ?? []) relations.set(relation.id, relation);
  }
  return { entities, relations: [...relations.values()], vocabulary, totalCount, capped };
}

export interface RelationClaims {
  note: string | null;
  claims: Claim[];
}

/** Claims of every relation by relation id (for exports), paged like loadGraph. */
export async function loadRelationClaims(request: GraphQLRequest, signal?: AbortSignal): Promise<Map<string, RelationClaims>> {
  const result = new Map<string, RelationClaims>();
  const cutShort: string[] = [];
  const { relationsPerEntity } = CLAIMS_DEFAULTS;
  let pageSize = CLAIMS_DEFAULTS.pageSize;
  let after: string | null = null;
  for (;;) {
    const answer: { data: RelationClaimsResult; first: number } = await requestPage<RelationClaimsResult>(
      request,
      RELATION_CLAIMS,
      { first: pageSize, after, relationsPerEntity },
      signal,
    );
    const page = answer.data;
    pageSize = answer.first;
    for (const { node } of page.entities.edges) {
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
  return result;
}
