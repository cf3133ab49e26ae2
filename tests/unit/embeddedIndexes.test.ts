import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../bench/generate';
import { loadDataset, type Dataset, type EntityKind } from '../../server/dataset';
import type { ChangeStore, RecordChange } from '../../server/store/ChangeStore';
import { createEmbeddedStore } from '../../server/store/embedded';
import type { GraphStore } from '../../server/store/GraphStore';
import { DatasetModel, Random } from './randomRecordChanges';

// The embedded store's indexes follow commits record by record (applyRecordChanges) instead of
// being rebuilt. After every random sequence of committed changes, each read must answer exactly
// what a store built from scratch on the resulting data set answers.

const TINY = resolve(import.meta.dirname, '../fixtures/tiny');
const KINDS: readonly (EntityKind | undefined)[] = [undefined, 'Person', 'Agency', 'Report', 'Event'];
/** Every read is compared after every sequence: seconds of work, more on a busy machine. */
const TIMEOUT_MS = 120_000;
const DAYS = ['1999-06-01', '2004-01-01', '2008-06-30', '2009-10-15', '2015-01-01'];

/** Every read of the GraphStore interface, on the ids the data set has and had, as plain data. */
async function readAll(store: GraphStore, ids: readonly string[], random: Random): Promise<Record<string, unknown>> {
  const present = (await store.entitiesByIds(ids)).flatMap((entity) => (entity === null ? [] : [entity.id]));
  const some = Array.from({ length: 6 }, () => random.pick(present));
  const reads: Record<string, unknown> = {
    stats: await store.stats(),
    vocabulary: await store.vocabulary(),
    sources: await store.sources(),
    sourcesByIds: await store.sourcesByIds(ids),
    disputes: await store.disputes(),
    entitiesByIds: await store.entitiesByIds(ids),
    relationsByIds: await store.relationsByIds(ids),
    degrees: await store.degrees(ids),
  };
  // Mentions follow renamed, new and retracted entities (the name index is kept in step too).
  const sourceIds = (await store.sources()).map((source) => source.id);
  for (const document of await store.documents(sourceIds)) {
    if (document !== null) reads[`mentions ${document.sourceId}`] = await store.mentions({ sourceId: document.sourceId, from: 1, to: document.paragraphCount });
  }
  for (const kind of KINDS) {
    const pages = [];
    let after: string | undefined;
    for (let page = 0; page < 50; page++) {
      const found = await store.listEntities({ kind, first: 7, ...(after === undefined ? {} : { after }) });
      pages.push(found);
      if (!found.hasNextPage || found.endCursor === null) break;
      after = found.endCursor;
    }
    reads[`listEntities ${kind}`] = pages;
  }
  for (const direction of ['BOTH', 'IN', 'OUT'] as const) reads[`relationsOf ${direction}`] = await store.relationsOf(ids, { direction, first: 1000 });
  reads['relationsOf typed'] = await store.relationsOf(ids, { direction: 'BOTH', types: ['WARNED', 'HELD_ROLE', 'PART_OF'], first: 2 });
  for (const id of some) {
    reads[`neighborhood ${id}`] = [await store.neighborhood({ id, depth: 2, limit: 40 }), await store.neighborhood({ id, depth: 3, limit: 6, asOf: '2009' })];
    reads[`paths ${id}`] = await store.paths({ from: id, to: random.pick(present), maxHops: 4, limit: 25 });
    reads[`timeline ${id}`] = await store.timeline({ entity: id, first: 100 });
    reads[`knowledge ${id}`] = await store.knowledge({ asOf: '2015-01-01', actor: id, certainty: 'POSSIBLE', first: 10 });
    reads[`raisedConcerns ${id}`] = await store.raisedConcerns({ asOf: '2015-01-01', actor: id, first: 10 });
  }
  reads.timeline = [await store.timeline({ first: 100_000 }), await store.timeline({ from: '2004', to: '2009-06', first: 100_000 }), await store.timeline({ from: '2009', first: 5 })];
  for (const asOf of DAYS) {
    for (const certainty of ['CERTAIN', 'POSSIBLE'] as const) {
      for (const channels of [undefined, ['DIRECT'] as const, ['INSTITUTIONAL'] as const]) {
        const pages = [];
        let after: string | undefined;
        for (let page = 0; page < 200; page++) {
          const rows = await store.knowledge({ asOf, certainty, first: 5, ...(channels ? { channels: [...channels] } : {}), ...(after === undefined ? {} : { after }) });
          pages.push(rows);
          if (rows.length < 5) break;
          after = rows[rows.length - 1]?.cursor;
        }
        reads[`knowledge ${asOf} ${certainty} ${channels}`] = pages;
      }
    }
    const pages = [];
    let after: string | undefined;
    for (let page = 0; page < 200; page++) {
      const rows = await store.raisedConcerns({ asOf, first: 4, ...(after === undefined ? {} : { after }) });
      pages.push(rows);
      if (rows.length < 4) break;
      after = rows[rows.length - 1]?.cursor;
    }
    reads[`raisedConcerns ${asOf}`] = pages;
  }
  return reads;
}

/** Search hits by id, in order; scores compared to a few digits (an index grown by edits sums its lengths in another order). */
async function searchAll(store: GraphStore, texts: readonly string[]) {
  const found = [];
  for (const text of texts) {
    for (const kinds of [undefined, ['Person', 'Report'] as EntityKind[]]) {
      const hits = await store.search({ text, first: 20, ...(kinds ? { kinds } : {}) });
      found.push(hits.map((hit) => [hit.entity, Number(hit.score.toPrecision(9))]));
    }
  }
  return found;
}

/** Commits one change's records as curation would (the change log is an in-memory database). */
async function commit(store: ChangeStore, records: RecordChange[]): Promise<void> {
  await store.commit({ operation: 'updateEntity', author: 'property test', reason: 'random change', records, revertOf: null });
}

/** A store built from scratch on the model's data set, given the model's redirects as merges leave them. */
async function freshStore(model: DatasetModel): Promise<GraphStore & ChangeStore> {
  const store = await createEmbeddedStore(model.dataset());
  const redirects: RecordChange[] = [...model.redirects.values()].map((redirect) => ({ kind: 'redirect', id: redirect.id, before: null, after: redirect }));
  if (redirects.length > 0) await commit(store, redirects);
  return store;
}

async function checkSequences(base: Dataset, seed: number, sequences: number, changesPerSequence: number): Promise<void> {
  const random = new Random(seed);
  const model = new DatasetModel(base);
  const store = await createEmbeddedStore(base);
  for (let sequence = 0; sequence < sequences; sequence++) {
    const applied: RecordChange[][] = [];
    for (let change = 0; change < changesPerSequence; change++) {
      const records = model.randomChange(random);
      model.apply(records);
      await commit(store, records);
      applied.push(records);
    }
    const ids = [...model.seenIds, 'person:nobody'];
    const names = [...model.entities.values()].slice(0, 3).map((entity) => entity.name);
    const texts = [...names, 'council', 'bronte', 'helene', 'revi', 'Patel inquiry'];
    const fresh = await freshStore(model);
    const readSeed = seed * 1000 + sequence;
    const context = `seed ${seed}, sequence ${sequence}: ${applied.map((records) => records.map((record) => `${record.kind} ${record.id} ${record.before ? (record.after ? 'updated' : 'removed') : 'created'}`).join(', ')).join(' | ')}`;
    expect(await readAll(store, ids, new Random(readSeed)), context).toEqual(await readAll(fresh, ids, new Random(readSeed)));
    expect(await searchAll(store, texts), context).toEqual(await searchAll(fresh, texts));
    await fresh.close();
  }
  await store.close();
}

describe('embedded store after record changes', () => {
  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  it.each([1, 2, 3, 4, 5, 6])('reads as a store built afresh, on the tiny data set (seed %i)', async (seed) => {
    await checkSequences(await loadDataset(TINY), seed, 6, 5);
  }, TIMEOUT_MS);

  it.each([11, 12, 13])('reads as a store built afresh, on a generated graph (seed %i)', async (seed) => {
    const folder = mkdtempSync(join(tmpdir(), 'inquiry-graph-incremental-'));
    folders.push(folder);
    writeDataset(folder, 80, seed);
    await checkSequences(await loadDataset(folder), seed, 4, 8);
  }, TIMEOUT_MS);
});
