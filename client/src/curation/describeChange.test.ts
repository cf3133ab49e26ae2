import { describe, expect, it } from 'vitest';
import { describeField, operationWords, shownFields } from './describeChange';

describe('describeField', () => {
  it('gives a date as its EDTF, with its wording', () => {
    expect(describeField({ field: 'date', before: JSON.stringify({ edtf: '2003', text: null }), after: JSON.stringify({ edtf: '2003-05', text: 'May 2003' }) })).toEqual({
      field: 'date',
      before: ['2003'],
      after: ['2003-05 (“May 2003”)'],
    });
  });

  it('lists only the claims taken out and put in', () => {
    const a = { id: 'c1', source: 'doc', locator: '¶1', note: 'first' };
    const b = { id: 'c2', sourceId: 'other', locator: '¶9', note: 'second', stance: 'contradicts' };
    expect(describeField({ field: 'claims', before: JSON.stringify([a]), after: JSON.stringify([a, b]) })).toEqual({ field: 'claims', before: [], after: ['other ¶9 [contradicts] — second'] });
    const titled = describeField({ field: 'claims', before: JSON.stringify([a]), after: JSON.stringify([a, b]) }, (id) => `Title of ${id}`);
    expect(titled.after).toEqual(['Title of other ¶9 [contradicts] — second']);
  });

  it('a field that was empty has no lines before', () => {
    expect(describeField({ field: 'summary', before: null, after: '"Now said."' })).toEqual({ field: 'summary', before: [], after: ['Now said.'] });
  });

  it('leaves out the version the store keeps itself', () => {
    expect(shownFields([{ field: 'version', before: '1', after: '2' }, { field: 'name', before: '"a"', after: '"b"' }]).map((f) => f.field)).toEqual(['name']);
  });

  it('names each operation', () => {
    expect(operationWords('REVERT_CHANGE')).toBe('Reverted a change');
  });
});
