import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset, type Entity } from '../../dataset';
import type { ChangeDraft } from '../ChangeStore';
import { createEmbeddedStore } from './CuratedStore';

// The embedded store keeps its change log in STATE_DIR/state.db and replays the APPLIED changes
// over the data set when it opens again.

const TINY = join(import.meta.dirname, '../../../tests/fixtures/tiny');

const rename = (entity: Entity, name: string): ChangeDraft => ({
  operation: 'updateEntity',
  author: 'editor-one',
  reason: `rename to ${name}`,
  records: [{ kind: 'entity', id: entity.id, before: entity, after: { ...entity, name, version: entity.version + 1 } }],
  revertOf: null,
});

describe('embedded store: change log replay', () => {
  let stateDir: string;
  let dataset: Dataset;

  beforeEach(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'inquiry-graph-state-'));
    dataset = await loadDataset(TINY);
  });
  afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

  it('opens again with every applied change, in order, and none of the proposals or rejections', async () => {
    const first = await createEmbeddedStore(dataset, { stateDir });
    const [smith] = (await first.entitiesByIds(['person:a-smith'])) as [Entity];
    const one = await first.commit(rename(smith, 'Official A. One'));
    const two = await first.commit(rename({ ...smith, version: 2 }, 'Official A. Two'));
    const pending = await first.propose(rename({ ...smith, version: 3 }, 'Official A. Pending'));
    const rejected = await first.propose(rename({ ...smith, version: 3 }, 'Official A. Rejected'));
    const refused = await first.settle(rejected.id, { accept: false, reviewer: 'editor-two', comment: 'no' });
    await first.close();

    const again = await createEmbeddedStore(await loadDataset(TINY), { stateDir });
    try {
      expect(await again.entitiesByIds(['person:a-smith'])).toEqual([{ ...smith, name: 'Official A. Two', version: 3 }]);
      expect((await again.changes({ first: 10 })).items).toEqual([refused, pending, two, one]);
      const three = await again.commit(rename({ ...smith, version: 3 }, 'Official A. Three'));
      expect(three.seq).toBeGreaterThan(refused.seq);
      const settled = await again.settle(pending.id, { accept: false, reviewer: 'editor-two', comment: 'moved on' });
      expect(settled.status).toBe('REJECTED');
    } finally {
      await again.close();
    }
  });

  it('opens again with merged-away ids still leading to the entity they were merged into', async () => {
    const first = await createEmbeddedStore(dataset, { stateDir });
    const [novak, smith] = (await first.entitiesByIds(['person:e-novak', 'person:a-smith'])) as [Entity, Entity];
    const [authored] = await first.relationsOf([novak.id], { direction: 'BOTH', first: 10 });
    const moved = (authored ?? []).map((relation) => ({
      kind: 'relation' as const,
      id: relation.id,
      before: relation,
      after: { ...relation, from: relation.from === novak.id ? smith.id : relation.from, to: relation.to === novak.id ? smith.id : relation.to, version: relation.version + 1 },
    }));
    expect(moved.length).toBeGreaterThan(0);
    await first.commit({
      operation: 'mergeEntities',
      author: 'editor-one',
      reason: 'the same person',
      records: [
        ...moved,
        { kind: 'entity', id: novak.id, before: novak, after: null },
        { kind: 'redirect', id: novak.id, before: null, after: { id: novak.id, to: smith.id } },
      ],
      revertOf: null,
    });
    await first.close();

    const again = await createEmbeddedStore(await loadDataset(TINY), { stateDir });
    try {
      expect(await again.entitiesByIds([novak.id])).toEqual([smith]);
      expect((await again.listEntities({ first: 100 })).items.map((entity) => entity.id)).not.toContain(novak.id);
      const [smithsRelations] = await again.relationsOf([smith.id], { direction: 'BOTH', first: 100 });
      expect(smithsRelations?.map((relation) => relation.id)).toEqual(expect.arrayContaining(moved.map((record) => record.id)));
    } finally {
      await again.close();
    }
  });

  it('starts from the data set alone when the state folder is new, and without one keeps nothing', async () => {
    const inMemory = await createEmbeddedStore(dataset);
    const [smith] = (await inMemory.entitiesByIds(['person:a-smith'])) as [Entity];
    await inMemory.commit(rename(smith, 'Official A. Forgotten'));
    await inMemory.close();

    const fresh = await createEmbeddedStore(dataset, { stateDir });
    try {
      expect(await fresh.entitiesByIds(['person:a-smith'])).toEqual([smith]);
      expect(await fresh.changes({ first: 10 })).toEqual({ items: [], hasNextPage: false });
    } finally {
      await fresh.close();
    }
  });

  it('closes the state database on close()', async () => {
    const store = await createEmbeddedStore(dataset, { stateDir });
    await store.close();
    await expect(store.changes({ first: 1 })).rejects.toThrow(/not open/);
  });
});
