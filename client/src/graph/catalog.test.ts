import { describe, expect, it } from 'vitest';
import type { EntitySummary, RelationSummary } from '../api/types';
import { createCatalog, hopDistances, mergeIntoCatalog, neighbourIds, upsertIntoCatalog } from './catalog';

const entity = (id: string): EntitySummary => ({ id, kind: 'PERSON', name: id, date: null, disputed: false, disputedFields: [], degree: 0 });
const relation = (id: string, from: string, to: string): RelationSummary => ({
  id,
  type: 'WARNED',
  label: 'warned',
  role: null,
  from: { id: from, kind: 'PERSON', name: from },
  to: { id: to, kind: 'PERSON', name: to },
  date: null,
  disputed: false,
  disputedFields: [],
});

describe('catalog', () => {
  const catalog = createCatalog(['a', 'b', 'c', 'd'].map(entity), [relation('r1', 'a', 'b'), relation('r2', 'c', 'a'), relation('r3', 'c', 'd')]);

  it('puts edited records in place of the old, and takes retracted ones out with their relations', () => {
    const renamed = { ...entity('a'), name: 'A renamed' };
    const upserted = upsertIntoCatalog(catalog, [renamed], [relation('r4', 'b', 'd')], ['c']);
    expect(upserted.entities.get('a')?.name).toBe('A renamed');
    expect(catalog.entities.get('a')?.name).toBe('a');
    expect([...upserted.relations.keys()].sort()).toEqual(['r1', 'r4']);
    expect(neighbourIds(upserted, 'd')).toEqual(['b']);
    expect(upsertIntoCatalog(catalog, [], [])).toBe(catalog);
  });

  it('finds neighbours in both directions', () => {
    expect(neighbourIds(catalog, 'a').sort()).toEqual(['b', 'c']);
    expect(neighbourIds(catalog, 'd')).toEqual(['c']);
    expect(neighbourIds(catalog, 'unknown')).toEqual([]);
  });

  it('merges new data into a new catalog and returns the same one when nothing is new', () => {
    expect(mergeIntoCatalog(catalog, [entity('a')], [relation('r1', 'a', 'b')])).toBe(catalog);
    const merged = mergeIntoCatalog(catalog, [entity('e')], [relation('r4', 'd', 'e')]);
    expect(merged).not.toBe(catalog);
    expect(neighbourIds(merged, 'e')).toEqual(['d']);
    expect(catalog.entities.has('e')).toBe(false);
  });

  it('measures hop distances over the given relations only', () => {
    const all = new Set(['r1', 'r2', 'r3']);
    expect(Object.fromEntries(hopDistances(catalog, 'b', all))).toEqual({ b: 0, a: 1, c: 2, d: 3 });
    expect(Object.fromEntries(hopDistances(catalog, 'b', new Set(['r1'])))).toEqual({ b: 0, a: 1 });
  });
});
