import { describe, expect, it } from 'vitest';
import type { Dataset, Entity, Relation } from '../../dataset';
import { parseFuzzyDate } from '../../dataset';
import { StoreUnavailableError } from '../errors';
import { createEmbeddedStore } from './CuratedStore';

/** What these tests do not look at: the data set's title and kinds. */
const EMPTY_PROFILE: Pick<Dataset, 'info' | 'kinds'> = { info: { title: 'test', description: 'test', period: { edtf: '2005', text: null, earliest: '2005-01-01', latest: '2005-12-31' } }, kinds: [] };

// The embedded store runs on the event loop, so a long walk would hold every other request:
// each call that walks the graph has a time budget and gives up with StoreUnavailableError,
// as a Neo4j query does at its deadline.

/** `size` people, each linked to ten others spread over the set: every walk meets many nodes. */
function denseDataset(size: number): Dataset {
  const id = (index: number) => `person:p${String(index % size).padStart(4, '0')}`;
  const entities: Entity[] = Array.from({ length: size }, (_, index) => ({
    id: id(index), kind: 'Person', name: `P${index}`, aliases: [], summary: 's', date: null, figures: [], claims: [], disputedFields: [], version: 1,
  }));
  const relations: Relation[] = [];
  for (let index = 0; index < size; index++) {
    for (let step = 1; step <= 10; step++) {
      relations.push({
        id: `rel:r${index}-${step}`, type: 'A', label: 'a', from: id(index), to: id(index * 7_919 + step * 104_729), role: null,
        date: parseFuzzyDate('2005'), note: null, claims: [], disputedFields: [], version: 1,
      });
    }
  }
  return { name: 'dense', ...EMPTY_PROFILE, sources: [], vocabulary: [], entities, relations, disputes: [] };
}

describe('embedded store time budget', () => {
  const dataset = denseDataset(2_000);

  it.each([
    ['neighborhood', (store: Awaited<ReturnType<typeof createEmbeddedStore>>) => store.neighborhood({ id: 'person:p0000', depth: 3, limit: 500 })],
    ['paths', (store: Awaited<ReturnType<typeof createEmbeddedStore>>) => store.paths({ from: 'person:p0000', to: 'person:p1000', maxHops: 6, limit: 50 })],
    ['timeline', (store: Awaited<ReturnType<typeof createEmbeddedStore>>) => store.timeline({ from: '2006', first: 500 })],
  ])('gives up on %s with StoreUnavailableError once its budget is spent', async (operation, call) => {
    const spent = await createEmbeddedStore(dataset, { deadlineMs: 0 });
    await expect(call(spent)).rejects.toThrow(StoreUnavailableError);
    await expect(call(spent)).rejects.toThrow(`did not answer ${operation} within 0 ms`);
    const normal = await createEmbeddedStore(dataset);
    await expect(call(normal)).resolves.toBeDefined();
  });
});
