import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../server/dataset';
import { encodeCursor } from '../../server/store/cursor';
import { createEmbeddedStore } from '../../server/store/embedded';
import type { Certainty, Direction, GraphStore, Path } from '../../server/store/GraphStore';
import { ROTHERHAM_SEED } from '../contract/rotherhamFacts';
import { describeWithNeo4j, openLoadedStore, resetDatabase } from './neo4jTestSupport';

// Beyond the hand-worked contract: on the real data set, the Neo4j store and the embedded store
// must give identical answers (same objects, same order, same cut) across a sweep of arguments.
// Search is left out: scores are store-specific and only the contract's search cases must agree.

const pathIds = (paths: Path[]) => paths.map((path) => [path.nodes.map((node) => node.id), path.edges.map((edge) => edge.id)]);

describeWithNeo4j('Neo4j and embedded stores agree on the Rotherham data set', (uri) => {
  let dataset: Dataset;
  let neo: GraphStore;
  let embedded: GraphStore;
  let ids: string[];

  beforeAll(async () => {
    dataset = await loadDataset(ROTHERHAM_SEED);
    embedded = await createEmbeddedStore(dataset);
    neo = await openLoadedStore(uri, dataset);
    ids = dataset.entities.map((entity) => entity.id).sort();
  });
  afterAll(async () => {
    await neo?.close();
    await embedded?.close();
    await resetDatabase(uri);
  });

  const same = async <T>(call: (store: GraphStore) => Promise<T>, project: (value: T) => unknown = (value) => value) => {
    expect(project(await call(neo))).toEqual(project(await call(embedded)));
  };

  it('whole-data-set answers', async () => {
    await same((store) => store.stats());
    await same((store) => store.vocabulary());
    await same((store) => store.sources());
    await same((store) => store.sourcesByIds([...dataset.sources.map((source) => source.id), 'nope']));
    await same((store) => store.disputes());
    await same((store) => store.entitiesByIds([...ids, 'person:nobody']));
    await same((store) => store.relationsByIds([...dataset.relations.map((relation) => relation.id), 'rel:nope']));
    await same((store) => store.degrees(ids));
    for (const kind of [undefined, 'Person', 'Agency', 'Report', 'Event'] as const) {
      await same((store) => store.listEntities({ kind, first: 7 }));
      await same((store) => store.listEntities({ kind, first: 7, after: encodeCursor(ids[10]!) }));
      await same((store) => store.listEntities({ kind, first: 7, after: encodeCursor('agency:unknown') }).catch((error: Error) => error.name));
    }
  });

  it('relationsOf, every entity at once, each direction and cut', async () => {
    for (const direction of ['BOTH', 'IN', 'OUT'] as Direction[]) {
      for (const first of [1, 3, 1000]) await same((store) => store.relationsOf(ids, { direction, first }));
    }
    await same((store) => store.relationsOf(ids, { direction: 'BOTH', types: ['WARNED', 'HELD_ROLE', 'PRESENTED_TO'], first: 4 }));
  });

  it('neighborhood of every entity at several depths, limits and dates', async () => {
    for (const id of ids) {
      for (const [depth, limit, asOf] of [[1, 200, undefined], [2, 12, '2005'], [3, 40, '2014-08-26']] as const) {
        await same((store) => store.neighborhood({ id, depth, limit, asOf }));
      }
    }
  });

  it('paths between many pairs', async () => {
    for (let i = 0; i < ids.length; i += 4) {
      for (let j = i + 1; j < ids.length; j += 9) {
        await same((store) => store.paths({ from: ids[i]!, to: ids[j]!, maxHops: 4, limit: 10 }), pathIds);
      }
    }
  });

  it('timeline windows and per-entity timelines', async () => {
    const bounds = [undefined, '1997', '2004', '2009-23', '2014-08-26'];
    // A window ending before it starts is refused alike by both stores.
    for (const from of bounds) for (const to of bounds) await same((store) => store.timeline({ from, to, first: 500 }).catch((error: Error) => error.name));
    for (const id of ids) await same((store) => store.timeline({ entity: id, first: 50 }));
  });

  it('knowledge on many dates', async () => {
    for (const asOf of ['1990', '1997', '2001-06-01', '2004', '2008-03-01', '2009-23', '2013-06-30', '2014-08-26', '2020']) {
      for (const certainty of ['CERTAIN', 'POSSIBLE'] as Certainty[]) {
        await same((store) => store.knowledge({ asOf, certainty, first: 500 }));
        await same((store) => store.knowledge({ asOf, certainty, channels: ['INSTITUTIONAL'], first: 7 }));
      }
      await same((store) => store.raisedConcerns({ asOf, first: 500 }));
    }
  });

  it('knowledge and raised concerns of every actor, paged', async () => {
    for (const actor of ids) {
      await same((store) => store.knowledge({ asOf: '2014-08-26', actor, certainty: 'POSSIBLE', first: 10 }));
      await same((store) => store.raisedConcerns({ asOf: '2014-08-26', actor, first: 10 }));
    }
    const [, second] = await embedded.knowledge({ asOf: '2013', certainty: 'POSSIBLE', first: 2 });
    await same((store) => store.knowledge({ asOf: '2013', certainty: 'POSSIBLE', first: 5, after: second?.cursor }));
    const [, concern] = await embedded.raisedConcerns({ asOf: '2013', first: 2 });
    await same((store) => store.raisedConcerns({ asOf: '2013', first: 5, after: concern?.cursor }));
  });
});
