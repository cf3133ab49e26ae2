import type { Column, Sheet } from './columns';
import type { SheetRow } from './readSheet';
import { quote, type SpreadsheetProblem } from './SpreadsheetError';

/** A record being built from a row: nested objects for dotted fields ("date.edtf"). */
export type RowRecord = Record<string, unknown>;

/** The " | " between several values in one cell. */
export const LIST_SEPARATOR = '|';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** The value of a non-empty cell (trimmed by readSheet), or a problem's message. */
function cellValue(column: Column, cell: string): { value: unknown } | { problem: string } {
  switch (column.type) {
    case 'text':
    case 'dateText':
      return { value: cell };
    case 'yesno':
      if (cell === 'yes' || cell === 'no') return { value: cell === 'yes' };
      return { problem: `${quote(cell)} must be yes or no` };
    case 'number':
      if (NUMBER.test(cell)) return { value: Number(cell) };
      return { problem: `${quote(cell)} is not a number (write digits, like 1400 or 2.5)` };
    case 'list': {
      const values = cell.split(LIST_SEPARATOR).map((value) => value.trim());
      if (values.some((value) => value === '')) return { problem: `${quote(cell)} has an empty value between " | "` };
      return { value: values };
    }
  }
}

function setField(record: RowRecord, field: string, value: unknown): void {
  const path = field.split('.');
  let target = record;
  for (const key of path.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as RowRecord;
  }
  target[path[path.length - 1] as string] = value;
}

/**
 * The record one row describes, its fields in the sheet's column order; null when a cell is
 * wrong (each problem is reported) or the row was rejected when read. Checks what the data-set schema cannot see in a record:
 * empty required cells, yes/no and number cells, and a date's wording without its EDTF.
 */
export function rowToRecord(sheet: Sheet, row: SheetRow, problems: SpreadsheetProblem[]): RowRecord | null {
  if (row.rejected) return null;
  const record: RowRecord = {};
  let fine = true;
  for (const column of sheet.columns) {
    const cell = row.cells.get(column.name);
    const problem = (message: string) => {
      problems.push({ file: sheet.file, row: row.row, column: column.name, message });
      fine = false;
    };
    if (cell === undefined) {
      if (column.required) problem('required cell is empty');
      continue;
    }
    if (column.type === 'dateText') {
      const edtfColumn = column.name.replace(/_text$/, '_edtf');
      if (!row.cells.has(edtfColumn)) problem(`a date in words needs its EDTF form in "${edtfColumn}"`);
    }
    if (column.field === null) continue;
    const result = cellValue(column, cell);
    if ('problem' in result) problem(result.problem);
    else setField(record, column.field, result.value);
  }
  return fine ? record : null;
}
