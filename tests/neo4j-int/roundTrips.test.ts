import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../server/dataset';
import type { GraphStore } from '../../server/store/GraphStore';
import { createNeo4jStoreWithDriver, loadDatasetIntoNeo4j } from '../../server/store/neo4j';
import { TINY_FIXTURE } from '../contract/storeContract';
import { startServer } from '../../server/startServer';
import { postGraphQL } from '../api/graphqlClient';
import { countingDriver, describeWithNeo4j, resetDatabase } from './neo4jTestSupport';

describeWithNeo4j('Neo4j round trips', (uri) => {
  let dataset: Dataset;
  let store: GraphStore;
  let statements: string[];
  /** 20 ids: every entity of the tiny set, some twice, and unknown ones. */
  let twentyIds: string[];

  beforeAll(async () => {
    dataset = await loadDataset(TINY_FIXTURE);
    await resetDatabase(uri);
    await loadDatasetIntoNeo4j({ uri }, dataset);
    // A driver with default settings (lossless integers): the store must cope with it too.
    const counting = countingDriver(neo4j.driver(uri));
    statements = counting.statements;
    store = createNeo4jStoreWithDriver(counting.driver);
    twentyIds = [...dataset.entities.map((entity) => entity.id), 'person:nobody', 'agency:none', 'person:zoe-bronte', 'person:a-smith', 'x', 'y', 'z'];
    // The first ping plans every statement (a round trip each); later pings are one query.
    await store.ping();
  });
  afterAll(async () => {
    await store?.close();
    await resetDatabase(uri);
  });

  const roundTrips = async <T>(call: () => Promise<T>): Promise<{ result: T; trips: number }> => {
    statements.length = 0;
    const result = await call();
    return { result, trips: statements.length };
  };

  it('relationsOf for 20 ids is one query, answering each id as one call for it would', async () => {
    expect(twentyIds).toHaveLength(20);
    const { result, trips } = await roundTrips(() => store.relationsOf(twentyIds, { direction: 'BOTH', first: 100 }));
    expect(trips).toBe(1);
    expect(result).toHaveLength(20);
    for (const [index, id] of twentyIds.entries()) {
      expect(result[index]).toEqual((await store.relationsOf([id], { direction: 'BOTH', first: 100 }))[0]);
    }
    expect(result[twentyIds.indexOf('person:nobody')]).toEqual([]);
  });

  it('entitiesByIds, degrees and relationsByIds for 20 ids are one query each', async () => {
    expect((await roundTrips(() => store.entitiesByIds(twentyIds))).trips).toBe(1);
    expect((await roundTrips(() => store.degrees(twentyIds))).trips).toBe(1);
    const relationIds = dataset.relations.slice(0, 18).map((relation) => relation.id).concat(['rel:nope', 'rel:nada']);
    const { result, trips } = await roundTrips(() => store.relationsByIds(relationIds));
    expect(trips).toBe(1);
    expect(result.map((relation) => relation?.id ?? null)).toEqual([...relationIds.slice(0, 18), null, null]);
  });

  it('entities, sources and documents asked for together are one query, each answered as alone', async () => {
    const entityIds = ['person:a-smith', 'person:nobody', 'agency:northtown-council'];
    const sourceIds = ['src-a', 'src-nowhere', 'src-b'];
    const together = await roundTrips(() => Promise.all([store.entitiesByIds(entityIds), store.sourcesByIds(sourceIds), store.documents(sourceIds), store.entitiesByIds(['person:b-jones'])]));
    expect(together.trips).toBe(1);
    const [entities, sources, documents, second] = together.result;
    expect(entities).toEqual(await store.entitiesByIds(entityIds));
    expect(entities.map((entity) => entity?.id ?? null)).toEqual(['person:a-smith', null, 'agency:northtown-council']);
    expect(sources).toEqual(await store.sourcesByIds(sourceIds));
    expect(sources.map((source) => source?.id ?? null)).toEqual(['src-a', null, 'src-b']);
    expect(documents).toEqual(await store.documents(sourceIds));
    expect(documents[1]).toBeNull();
    expect(second.map((entity) => entity?.id)).toEqual(['person:b-jones']);
    // Asked one after the other, they are read one after the other.
    expect((await roundTrips(async () => [await store.entitiesByIds(['person:a-smith']), await store.sourcesByIds(['src-a'])])).trips).toBe(2);
  });

  it('every other store call is one query too, and empty batches none', async () => {
    const calls: [string, () => Promise<unknown>][] = [
      ['ping', () => store.ping()],
      ['stats', () => store.stats()],
      ['vocabulary', () => store.vocabulary()],
      ['listEntities', () => store.listEntities({ first: 5 })],
      ['search', () => store.search({ text: 'Northtown', first: 5 })],
      ['neighborhood', () => store.neighborhood({ id: 'person:a-smith', depth: 2, limit: 50 })],
      ['paths', () => store.paths({ from: 'person:c-patel', to: 'person:b-jones', maxHops: 4, limit: 3 })],
      ['timeline', () => store.timeline({ first: 50 })],
      ['knowledge', () => store.knowledge({ asOf: '2010', certainty: 'POSSIBLE', first: 100 })],
      ['raisedConcerns', () => store.raisedConcerns({ asOf: '2010', first: 100 })],
      ['sources', () => store.sources()],
      ['sourcesByIds', () => store.sourcesByIds(['src-a', 'src-b'])],
      ['disputes', () => store.disputes()],
    ];
    for (const [name, call] of calls) expect([name, (await roundTrips(call)).trips]).toEqual([name, 1]);
    expect((await roundTrips(() => store.relationsOf([], { direction: 'BOTH', first: 5 }))).trips).toBe(0);
    expect((await roundTrips(() => store.entitiesByIds([]))).trips).toBe(0);
  });

  it('answers as the embedded store does with fewer statements: relations bring their ends, a page its degrees', async () => {
    // A store of its own: the server closes the store it is handed.
    const counting = countingDriver(neo4j.driver(uri));
    const own = createNeo4jStoreWithDriver(counting.driver);
    await own.ping();
    const api = await startServer({ port: 0, store: { store: own, vocabulary: dataset.vocabulary, kinds: dataset.kinds } });
    const embedded = await startServer({ port: 0, dataDir: TINY_FIXTURE });
    try {
      const both = async (query: string) => {
        counting.statements.length = 0;
        const ours = await postGraphQL(api.url, query);
        const trips = counting.statements.length;
        expect(ours.body.errors ?? []).toEqual([]);
        expect(ours.body).toEqual((await postGraphQL(embedded.url, query)).body);
        return trips;
      };
      const ref = '{ id kind name __typename }';
      // The entity, then its relations with their ends' names (and its degree alongside).
      expect(await both(`{ entity(id: "agency:northtown-council") { id name degree relations(first: 50) { id label from ${ref} to ${ref} } } }`)).toBe(3);
      expect(await both(`{ entity(id: "agency:northtown-council") { id relations(first: 50) { id from { ...Ref } to { ... on Person { name } } } } } fragment Ref on Entity ${ref}`)).toBe(2);
      expect(await both('{ entities(first: 13) { edges { node { id kind name degree } } totalCount } }')).toBe(1);
      // Whatever the ends' names do not answer is loaded; claims are read where they are selected.
      await both(`{ entity(id: "person:a-smith") { relations(first: 50) { id claims { locator } from { id summary degree } to { name claims { locator } figures { name } } } } }`);
      await both('{ entities(first: 13) { edges { node { id claims { locator } figures { name value } relations(first: 3) { to { name summary } } } } } }');
      const hits = await postGraphQL<{ search: { entity: { id: string; claims: { locator: string }[]; figures: { name: string }[] } }[] }>(
        api.url,
        '{ search(text: "Northtown") { entity { id ... on Report { claims { locator } figures { name } } ... on Agency { claims { locator } figures { name } } } } }',
      );
      expect(hits.body.errors ?? []).toEqual([]);
      expect(hits.body.data?.search.length).toBeGreaterThan(1);
      for (const { entity } of hits.body.data?.search ?? []) {
        const expected = dataset.entities.find((candidate) => candidate.id === entity.id);
        if (expected?.kind === 'Report' || expected?.kind === 'Agency') {
          expect(entity.claims.map((claim) => claim.locator)).toEqual(expected.claims.map((claim) => claim.locator));
          expect(entity.figures.map((figure) => figure.name)).toEqual(expected.figures.map((figure) => figure.name));
        }
      }
    } finally {
      await embedded.close();
      await api.close();
    }
  });

  it('a nested GraphQL selection costs a few queries in all, not one per item', async () => {
    const api = await startServer({ port: 0, store: { store, vocabulary: dataset.vocabulary, kinds: dataset.kinds } });
    try {
      const query = `{ entities(first: 13) { edges { node { name degree disputed
        relations { id label date { edtf } to { name degree } claims { locator source { title } } } } } } }`;
      statements.length = 0;
      const { body } = await postGraphQL<{ entities: { edges: { node: { relations: unknown[] } }[] } }>(api.url, query);
      expect(body.errors ?? []).toEqual([]);
      const relationsShown = body.data?.entities.edges.reduce((sum, edge) => sum + edge.node.relations.length, 0) ?? 0;
      expect(relationsShown).toBeGreaterThan(30);
      // listEntities, degrees, relationsOf, sources: one each, whatever the number of items.
      expect(statements.length).toBeLessThanOrEqual(5);
    } finally {
      // The API would close the store it was handed; this suite's afterAll closes it instead.
      await api.close().catch(() => {});
    }
  });
});
