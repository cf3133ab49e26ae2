import { describe, expect, it } from 'vitest';
import { ApiError, type GraphQLRequest } from './client';
import { loadGraph, shrinkPageSize } from './loadGraph';
import { ENTITY_OUT_RELATIONS, GRAPH_OVERVIEW, GRAPH_PAGE } from './operations';
import type { EntityKind, EntitySummary, RelationSummary } from './types';

/** The kind is the id's prefix ("agency:3"), PERSON when it has none of the four. */
const kindOf = (id: string): EntityKind => {
  const prefix = id.split(':')[0]?.toUpperCase();
  return prefix === 'AGENCY' || prefix === 'REPORT' || prefix === 'EVENT' ? prefix : 'PERSON';
};
const entity = (id: string): EntitySummary => ({ id, kind: kindOf(id), name: id, date: null, disputed: false, disputedFields: [], degree: 0 });
const relation = (id: string, from: string, to: string): RelationSummary => ({
  id, type: 'WARNED', label: 'warned', role: null, date: null, disputed: false, disputedFields: [],
  from: { id: from, kind: 'PERSON', name: from }, to: { id: to, kind: 'PERSON', name: to },
});

/** A fake API over a list of entities, each with outgoing relations, refusing pages over `maxPage`. */
function fakeApi(ids: string[], outgoing: Record<string, RelationSummary[]>, maxPage = Infinity) {
  const calls: { query: string; variables: Record<string, unknown> }[] = [];
  const request: GraphQLRequest = async <T,>(query: string, variables: Record<string, unknown> = {}) => {
    calls.push({ query, variables });
    const kind = (value: EntityKind) => ({ kind: value, label: value, plural: value, shape: 'ellipse', colour: '#000000', actor: false, count: ids.filter((id) => kindOf(id) === value).length });
    if (query === GRAPH_OVERVIEW) {
      return {
        all: { totalCount: ids.length },
        kinds: [kind('PERSON'), kind('AGENCY'), kind('REPORT'), kind('EVENT')],
        dataset: { title: 'Test', description: 'Test', period: { edtf: '2001/2002', earliest: '2001-01-01', latest: '2002-12-31', text: null } },
        vocabulary: [{ type: 'WARNED', label: 'warned', description: 'd', carriesKnowledge: true }],
      } as T;
    }
    if (query === GRAPH_PAGE) {
      const first = variables.first as number;
      if (first > maxPage) throw new ApiError('too complex', 'QUERY_TOO_COMPLEX', 400, { cost: first * 100, maxCost: maxPage * 100 });
      const listed = variables.kind ? ids.filter((id) => kindOf(id) === variables.kind) : ids;
      const start = variables.after ? listed.indexOf(variables.after as string) + 1 : 0;
      const page = listed.slice(start, start + first);
      const per = variables.relationsPerEntity as number;
      return {
        entities: {
          totalCount: listed.length,
          pageInfo: { hasNextPage: start + first < listed.length, endCursor: page.at(-1) ?? null },
          edges: page.map((id) => ({ node: { ...entity(id), relations: (outgoing[id] ?? []).slice(0, per) } })),
        },
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
    expect(graph.capped).toBe(false);
    expect(api.calls.map((c) => c.query)).toEqual([GRAPH_OVERVIEW, GRAPH_PAGE, GRAPH_PAGE, GRAPH_PAGE]);
    expect(api.calls.slice(1).map((c) => c.variables.kind)).toEqual([null, null, null]);
  });

  it('shrinks the page when the server finds it too complex, then keeps the smaller size', async () => {
    const api = fakeApi(ids, outgoing, 4);
    const graph = await loadGraph(api.request, { pageSize: 10 });
    expect(graph.entities).toHaveLength(7);
    expect(api.calls.slice(1).map((c) => c.variables.first)).toEqual([10, 3, 3, 3]);
  });

  it('asks again for an entity whose relation list came back full', async () => {
    const many = Array.from({ length: 5 }, (_, i) => relation(`m${i}`, 'person:2', 'person:3'));
    const api = fakeApi(ids, { ...outgoing, 'person:2': many });
    const graph = await loadGraph(api.request, { relationsPerEntity: 2 });
    expect(graph.relations).toHaveLength(7);
    expect(api.calls.filter((c) => c.query === ENTITY_OUT_RELATIONS).map((c) => c.variables.id)).toEqual(['person:2']);
  });

  describe('over maxEntities', () => {
    // 6 people, 3 agencies, 1 report: 10 entities, cut to 5.
    const mixed = [...Array.from({ length: 6 }, (_, i) => `person:${i}`), 'agency:0', 'agency:1', 'agency:2', 'report:0'];
    const links = {
      'person:0': [relation('in', 'person:0', 'agency:0'), relation('out', 'person:0', 'person:5')],
      'agency:0': [relation('a', 'agency:0', 'agency:1'), ...Array.from({ length: 3 }, (_, i) => relation(`hub${i}`, 'agency:0', 'person:1'))],
    };

    it('loads the first of each kind in proportion, in id order, and says it is capped', async () => {
      const api = fakeApi(mixed, links);
      const graph = await loadGraph(api.request, { pageSize: 2, maxEntities: 5 });
      expect(graph.entities.map((e) => e.id)).toEqual(['agency:0', 'agency:1', 'person:0', 'person:1', 'person:2']);
      expect(graph.capped).toBe(true);
      expect(graph.totalCount).toBe(10);
      expect(api.calls.slice(1).map((c) => [c.variables.kind, c.variables.first])).toEqual([
        ['PERSON', 2],
        ['PERSON', 1],
        ['AGENCY', 2],
      ]);
    });

    it('keeps only relations among the loaded entities and does not ask again for full lists', async () => {
      const api = fakeApi(mixed, links);
      const graph = await loadGraph(api.request, { pageSize: 2, maxEntities: 5, relationsPerEntity: 2 });
      // 'out' ends outside the sample; hub1 and hub2 are past agency:0's first two.
      expect(graph.relations.map((r) => r.id).sort()).toEqual(['a', 'hub0', 'in']);
      expect(api.calls.some((c) => c.query === ENTITY_OUT_RELATIONS)).toBe(false);
    });

    it('reports progress against what it will load, not the whole data set', async () => {
      const progress: [number, number][] = [];
      await loadGraph(fakeApi(mixed, links).request, { pageSize: 2, maxEntities: 5, onProgress: (loaded, total) => progress.push([loaded, total]) });
      expect(progress.at(-1)).toEqual([5, 5]);
    });
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
