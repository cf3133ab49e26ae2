import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, type SortValue } from './tableSort';

interface Row {
  id: string;
  name: string;
  day: string | null;
  count: number;
}

const rows: Row[] = [
  { id: 'c', name: 'beta', day: '2005-04-01', count: 2 },
  { id: 'a', name: 'Alpha', day: null, count: 10 },
  { id: 'b', name: 'gamma', day: '1999-01-01', count: 2 },
  { id: 'd', name: 'Delta', day: '2013-12-31', count: 1 },
];
const valueOf = (row: Row, column: 'name' | 'day' | 'count'): SortValue => row[column];
const ids = (sorted: Row[]) => sorted.map((row) => row.id);

describe('sortRows', () => {
  it('sorts text without regard to case, both ways', () => {
    expect(ids(sortRows(rows, { column: 'name', direction: 'ascending' }, valueOf, (r) => r.id))).toEqual(['a', 'c', 'd', 'b']);
    expect(ids(sortRows(rows, { column: 'name', direction: 'descending' }, valueOf, (r) => r.id))).toEqual(['b', 'd', 'c', 'a']);
  });

  it('sorts dates by earliest day with the undated last, in both directions', () => {
    expect(ids(sortRows(rows, { column: 'day', direction: 'ascending' }, valueOf, (r) => r.id))).toEqual(['b', 'c', 'd', 'a']);
    expect(ids(sortRows(rows, { column: 'day', direction: 'descending' }, valueOf, (r) => r.id))).toEqual(['d', 'c', 'b', 'a']);
  });

  it('sorts numbers as numbers and breaks ties by key', () => {
    expect(ids(sortRows(rows, { column: 'count', direction: 'ascending' }, valueOf, (r) => r.id))).toEqual(['d', 'b', 'c', 'a']);
    expect(ids(sortRows(rows, { column: 'count', direction: 'descending' }, valueOf, (r) => r.id))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves its input alone', () => {
    const before = ids(rows);
    sortRows(rows, { column: 'name', direction: 'ascending' }, valueOf, (r) => r.id);
    expect(ids(rows)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts another column ascending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort<'name' | 'day'>({ column: 'name', direction: 'descending' }, 'day')).toEqual({ column: 'day', direction: 'ascending' });
  });
});
