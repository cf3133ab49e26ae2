import type { TableSort } from '../state';

interface Props<Column extends string> {
  column: Column;
  label: string;
  sort: TableSort<Column>;
  onSort: (column: Column) => void;
}

/** A column header that sorts its table when clicked, telling assistive technology how (aria-sort). */
export function SortableHeader<Column extends string>({ column, label, sort, onSort }: Props<Column>) {
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
