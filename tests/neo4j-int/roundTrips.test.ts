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

  it('a nested GraphQL selection costs a few queries in all, not one per item', async () => {
    const api = await startServer({ port: 0, store: { store, vocabulary: dataset.vocabulary } });
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
