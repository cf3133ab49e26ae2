import { describe, expect, it } from 'vitest';
import type { EntitySummary, FuzzyDate, RelationSummary } from '../api/types';
import { createCatalog } from '../graph/catalog';
import { NO_FILTERS, applyFilters, countForFilters, isFiltering, isUndated, overlapsRange, parseBound } from './filters';

const year = (y: number): FuzzyDate => ({ edtf: String(y), earliest: `${y}-01-01`, latest: `${y}-12-31`, text: null });
const entity = (id: string, kind: EntitySummary['kind'], date: FuzzyDate | null = null): EntitySummary => ({ id, kind, name: id, date, disputed: false, disputedFields: [], degree: 0 });
const relation = (id: string, type: string, from: string, to: string, date: FuzzyDate | null = null): RelationSummary => ({
  id, type, label: type.toLowerCase(), role: null, date, disputed: false, disputedFields: [],
  from: { id: from, kind: 'PERSON', name: from }, to: { id: to, kind: 'PERSON', name: to },
});

const catalog = createCatalog(
  [entity('p', 'PERSON'), entity('a', 'AGENCY'), entity('r', 'REPORT', year(2003)), entity('e', 'EVENT', year(2012))],
  [relation('r1', 'WARNED', 'p', 'a', year(2003)), relation('r2', 'AUTHORED', 'p', 'r'), relation('r3', 'WARNED', 'e', 'a', year(2012))],
);
const all = new Set(['p', 'a', 'r', 'e']);
const sorted = (s: Set<string>) => [...s].sort();

describe('filters', () => {
  it('shows everything without filters', () => {
    const view = applyFilters(catalog, all, NO_FILTERS);
    expect(sorted(view.entityIds)).toEqual(['a', 'e', 'p', 'r']);
    expect(sorted(view.relationIds)).toEqual(['r1', 'r2', 'r3']);
  });

  it('hides kinds and the relations that lose an end', () => {
    const view = applyFilters(catalog, all, { ...NO_FILTERS, hiddenKinds: ['REPORT'] });
    expect(sorted(view.entityIds)).toEqual(['a', 'e', 'p']);
    expect(sorted(view.relationIds)).toEqual(['r1', 'r3']);
  });

  it('hides relation types', () => {
    expect(sorted(applyFilters(catalog, all, { ...NO_FILTERS, hiddenTypes: ['WARNED'] }).relationIds)).toEqual(['r2']);
  });

  it('keeps undated things and hides those outside a date range', () => {
    const view = applyFilters(catalog, all, { ...NO_FILTERS, from: '2010-01-01', to: '2013-12-31' });
    expect(sorted(view.entityIds)).toEqual(['a', 'e', 'p']);
    expect(sorted(view.relationIds)).toEqual(['r3']);
  });

  it('hides undated entities when asked, with the relations that lose an end', () => {
    const view = applyFilters(catalog, all, { ...NO_FILTERS, hideUndated: true });
    expect(sorted(view.entityIds)).toEqual(['e', 'r']);
    expect(sorted(view.relationIds)).toEqual([]);
    expect(isFiltering({ ...NO_FILTERS, hideUndated: true })).toBe(true);
    const both = applyFilters(catalog, all, { ...NO_FILTERS, hideUndated: true, from: '2010-01-01' });
    expect(sorted(both.entityIds)).toEqual(['e']);
  });

  it('counts undated entities whether or not they are hidden', () => {
    expect(countForFilters(catalog, all, NO_FILTERS).undated).toBe(2);
    expect(countForFilters(catalog, all, { ...NO_FILTERS, hideUndated: true }).undated).toBe(2);
  });

  it('isUndated: no date, or a date with neither end known', () => {
    expect(isUndated(null)).toBe(true);
    expect(isUndated({ edtf: 'XXXX', earliest: null, latest: null, text: 'unknown' })).toBe(true);
    expect(isUndated({ edtf: '../2008', earliest: null, latest: '2008-12-31', text: null })).toBe(false);
    expect(isUndated(year(2003))).toBe(false);
  });

  it('only considers what is on view', () => {
    expect(sorted(applyFilters(catalog, new Set(['p', 'r']), NO_FILTERS).relationIds)).toEqual(['r2']);
  });

  it('counts kinds and types before kind and type filters, after the date range', () => {
    const counts = countForFilters(catalog, all, { ...NO_FILTERS, hiddenKinds: ['PERSON'], hiddenTypes: ['WARNED'] });
    expect(Object.fromEntries(counts.kinds)).toEqual({ PERSON: 1, AGENCY: 1, REPORT: 1, EVENT: 1 });
    expect(Object.fromEntries(counts.types)).toEqual({ WARNED: 2, AUTHORED: 1 });
    const dated = countForFilters(catalog, all, { ...NO_FILTERS, from: '2010-01-01' });
    expect(Object.fromEntries(dated.kinds)).toEqual({ PERSON: 1, AGENCY: 1, EVENT: 1 });
  });

  it('overlapsRange treats open ends as unbounded', () => {
    const byDate: FuzzyDate = { edtf: '../2008', earliest: null, latest: '2008-12-31', text: null };
    expect(overlapsRange(byDate, null, '1990-01-01')).toBe(true);
    expect(overlapsRange(byDate, '2009-01-01', null)).toBe(false);
    expect(overlapsRange(null, '2009-01-01', '2009-01-02')).toBe(true);
  });

  it('parseBound reads years, months and days', () => {
    expect(parseBound('2005', 'from')).toBe('2005-01-01');
    expect(parseBound('2005', 'to')).toBe('2005-12-31');
    expect(parseBound('2008-02', 'to')).toBe('2008-02-29');
    expect(parseBound(' 2008-02-10 ', 'to')).toBe('2008-02-10');
    expect(parseBound('2008-02-30', 'to')).toBeNull();
    expect(parseBound('2008-13', 'from')).toBeNull();
    expect(parseBound('soon', 'from')).toBeNull();
  });
});
