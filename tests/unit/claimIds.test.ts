import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDataset } from '../../bench/generate';
import { loadDataset, type Dataset } from '../../server/dataset';
import { claimIds } from '../../server/dataset/claimId';

const allClaims = (dataset: Dataset) => [
  ...dataset.entities.flatMap((entity) => [...entity.claims, ...entity.figures.flatMap((figure) => figure.claims)]),
  ...dataset.relations.flatMap((relation) => relation.claims),
];

describe('claim ids', () => {
  it.each([
    ['the Rotherham seed', join(import.meta.dirname, '../../seed/rotherham')],
    ['the generated 1k set', ensureDataset('1k').dir],
  ])('are unique within %s and the same on every load', { timeout: 60_000 }, async (_name, directory) => {
    const [first, second] = [await loadDataset(directory), await loadDataset(directory)];
    const ids = allClaims(first).map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allClaims(second).map((claim) => claim.id)).toEqual(ids);
  });

  it('come from the subject and citation, not the position: the same claim keeps its id, another subject gets another', () => {
    const claim = { subject: 'person:a', sourceId: 'src', locator: '¶3', stance: 'supports', edtf: null };
    const [inOneLoad, inAnother] = [claimIds(), claimIds()];
    inAnother({ ...claim, locator: '¶1' });
    const id = inOneLoad(claim);
    expect(inAnother(claim)).toBe(id);
    expect(inOneLoad({ ...claim, subject: 'person:b' })).not.toBe(id);
    // The same citation twice for one subject: told apart in data-set order.
    expect(inOneLoad(claim)).toBe(`${id}-2`);
  });
});
