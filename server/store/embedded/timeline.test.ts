import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type FuzzyDate } from '../../dataset';
import { compareItems, sortItems, type DatedItem } from './timeline';

// sortItems buckets items by date span instead of comparing a million items; it must give
// exactly the order of compareItems, including spans written differently and open ends.

const EDTF = ['2009', '2009-01/2009-12', '2009-05', '2009-05-01', '../2009', '2009/..', '2008-06/2009-05-31', '2010', '2009-21', '../2009-05'];

function randomItems(count: number, seed: number): DatedItem[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, index) => {
    const edtf = EDTF[Math.floor(next() * EDTF.length)] as string;
    // Some dates carry their own wording: a separate object with the same span.
    const date: FuzzyDate = next() < 0.3 ? parseFuzzyDate(edtf, `wording ${index}`) : parseFuzzyDate(edtf);
    return { id: `rel:${Math.floor(next() * 1e6).toString(36)}-${index}`, date, entity: null, relation: null };
  });
}

describe('sortItems', () => {
  it.each([1, 2, 3])('orders items as compareItems does (seed %i)', (seed) => {
    const items = randomItems(500, seed);
    const expected = [...items].sort(compareItems).map((item) => item.id);
    sortItems(items);
    expect(items.map((item) => item.id)).toEqual(expected);
  });

  it('leaves an empty list empty', () => {
    const items: DatedItem[] = [];
    sortItems(items);
    expect(items).toEqual([]);
  });
});
