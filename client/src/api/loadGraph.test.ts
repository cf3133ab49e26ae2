import { describe, expect, it } from 'vitest';
import { ApiError, type GraphQLRequest } from './client';
import { loadGraph, shrinkPageSize } from './loadGraph';
import { ENTITY_OUT_RELATIONS, GRAPH_PAGE } from './operations';
import type { EntitySummary, RelationSummary } from './types';

const entity = (id: string): EntitySummary => ({ id, kind: 'PERSON', name: id, date: null, disputed: false, disputedFields: [], degree: 0 });
const relation = (id: string, from: string, to: string): RelationSummary => ({
  id, type: 'WARNED', label: 'warned', role: null, date: null, disputed: false, disputedFields: [],
  from: { id: from, kind: 'PERSON', name: from }, to: { id: to, kind: 'PERSON', name: to },
});

/** A fake API over a list of entities, each with outgoing relations, refusing pages over `maxPage`. */
function fakeApi(ids: string[], outgoing: Record<string, RelationSummary[]>, maxPage = Infinity) {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  const request: GraphQLRequest = async <T,>(query: string, variables: Record<string, unknown> = {}) => {
    calls.push({ query, variables });
    if (query === GRAPH_PAGE) {
      const first = variables.first as number;
      if (first > maxPage) throw new ApiError('too complex', 'QUERY_TOO_COMPLEX', 400, { cost: first * 100, maxCost: maxPage * 100 });
      const start = variables.after ? ids.indexOf(variables.after as string) + 1 : 0;
      const page = ids.slice(start, start + first);
      const per = variables.relationsPerEntity as number;
      return {
        entities: {
          totalCount: ids.length,
          pageInfo: { hasNextPage: start + first < ids.length, endCursor: page.at(-1) ?? null },
          edges: page.map((id) => ({ node: { ...entity(id), relations: (outgoing[id] ?? []).slice(0, per) } })),
        },
        ...(variables.withVocabulary ? { vocabulary: [{ type: 'WARNED', label: 'warned', description: 'd', carriesKnowledge: true }] } : {}),
      } as T;
    }
    if (query === ENTITY_OUT_RELATIONS) {
      const id = variables.id as string;
      return { entity: { id, relations: outgoing[id] ?? [] } } as T;
    }
    throw new Error(`unexpected query ${query.slice(0, 30)}`);
  };
  return { request, calls };
}

describe('loadGraph', () => {
  const ids = Array.from({ length: 7 }, (_, i) => `person:${i}`);
  const outgoing = { 'person:0': [relation('r1', 'person:0', 'person:1')], 'person:6': [relation('r2', 'person:6', 'person:0')] };

  it('pages through all entities and collects every outgoing relation once', async () => {
    const api = fakeApi(ids, outgoing);
    const graph = await loadGraph(api.request, { pageSize: 3 });
    expect(graph.entities.map((e) => e.id)).toEqual(ids);
    expect(graph.relations.map((r) => r.id).sort()).toEqual(['r1', 'r2']);
    expect(graph.totalCount).toBe(7);
    expect(graph.vocabulary).toHaveLength(1);
    expect(api.calls.map((c) => c.variables.withVocabulary)).toEqual([true, false, false]);
  });

  it('shrinks the page when the server finds it too complex, then keeps the smaller size', async () => {
    const api = fakeApi(ids, outgoing, 4);
    const graph = await loadGraph(api.request, { pageSize: 10 });
    expect(graph.entities).toHaveLength(7);
    expect(api.calls.map((c) => c.variables.first)).toEqual([10, 3, 3, 3]);
  });

  it('asks again for an entity whose relation list came back full', async () => {
    const many = Array.from({ length: 5 }, (_, i) => relation(`m${i}`, 'person:2', 'person:3'));
    const api = fakeApi(ids, { ...outgoing, 'person:2': many });
    const graph = await loadGraph(api.request, { relationsPerEntity: 2 });
    expect(graph.relations).toHaveLength(7);
    expect(api.calls.filter((c) => c.query === ENTITY_OUT_RELATIONS).map((c) => c.variables.id)).toEqual(['person:2']);
  });

  it('stops at maxEntities and says so', async () => {
    const graph = await loadGraph(fakeApi(ids, outgoing).request, { pageSize: 2, maxEntities: 4 });
    expect(graph.entities).toHaveLength(4);
    expect(graph.capped).toBe(true);
  });

  it('passes other errors on', async () => {
    const request: GraphQLRequest = async () => {
      throw new ApiError('down', 'STORE_UNAVAILABLE', 503);
    };
    await expect(loadGraph(request)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});

describe('shrinkPageSize', () => {
  it('scales by the limit the server reports, or halves', () => {
    expect(shrinkPageSize(500, new ApiError('x', 'QUERY_TOO_COMPLEX', 400, { cost: 2_000_000, maxCost: 200_000 }))).toBe(45);
    expect(shrinkPageSize(100, new ApiError('x', 'QUERY_TOO_COMPLEX'))).toBe(50);
    expect(shrinkPageSize(1, new ApiError('x', 'QUERY_TOO_COMPLEX'))).toBeNull();
    expect(shrinkPageSize(100, new ApiError('x', 'BAD_USER_INPUT'))).toBeNull();
    expect(shrinkPageSize(100, new Error('x'))).toBeNull();
  });
});
