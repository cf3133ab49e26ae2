import { compareText } from '../order';

// Sorting the table view by any column: pure, so the component only says what each column's
// value is.

export type SortDirection = 'ascending' | 'descending';

export interface TableSort<Column extends string> {
  column: Column;
  direction: SortDirection;
}

/** A cell's sort value: text, a number, or null for "nothing here" (sorted last either way). */
export type SortValue = string | number | null;

/** Text compared without regard to case, with the page's one comparer. */
function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareText(String(a).toLowerCase(), String(b).toLowerCase());
}

/**
 * `rows` sorted by `sort.column` (empty values last in both directions), ties broken by `key`
 * ascending, so the same rows always come out in the same order.
 */
export function sortRows<Row, Column extends string>(
  rows: readonly Row[],
  sort: TableSort<Column>,
  valueOf: (row: Row, column: Column) => SortValue,
  key: (row: Row) => string,
): Row[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows]
    .map((row) => ({ row, value: valueOf(row, sort.column), key: key(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else {
        const order = compareValues(a.value, b.value);
        if (order !== 0) return sign * order;
      }
      return compareText(a.key, b.key);
    })
    .map(({ row }) => row);
}

/** The sort after a click on `column`: the same column flips direction, another starts ascending. */
export function nextSort<Column extends string>(current: TableSort<Column>, column: Column): TableSort<Column> {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
