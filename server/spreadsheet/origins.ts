import { sheet, type Sheet, type SheetName } from './columns';
import type { SpreadsheetProblem } from './SpreadsheetError';

// Where each value of an imported record came from, so that a problem the data-set checks find
// in a record ("entities.json › company:x › claims.2.source") is told as the cell that holds it.

/** The row (of its sheet) one record, figure or claim came from. */
export interface RowOrigin {
  sheet: SheetName;
  row: number;
}

export interface RecordOrigin {
  origin: RowOrigin;
  figures: { origin: RowOrigin; claims: RowOrigin[] }[];
  claims: RowOrigin[];
}

const isIndex = (segment: string | undefined): segment is string => segment !== undefined && /^\d+$/.test(segment);

/** The column holding `field` (a dotted path inside the sheet's record), or the nearest one that does. */
function columnFor(of: Sheet, field: readonly string[]): string | null {
  for (let length = field.length; length > 0; length--) {
    const path = field.slice(0, length).join('.');
    const column = of.columns.find((candidate) => candidate.field === path) ?? of.columns.find((candidate) => candidate.field === `${path}.edtf`);
    if (column) return column.name;
  }
  return null;
}

/** The column naming the row's record: its id, or the claim's or figure's `record`. */
function keyColumn(of: Sheet): string {
  return (of.columns.find((column) => column.field === 'id' || column.field === null) ?? of.columns[0])?.name ?? '-';
}

/**
 * A problem with the value at `path` (dotted, as the data-set checks give it) in the record
 * from `record`: the claim's or figure's own row when the path goes into one.
 */
export function problemAt(record: RecordOrigin, path: string, message: string): SpreadsheetProblem {
  const segments = path === '-' ? [] : path.split('.');
  let origin = record.origin;
  let rest = segments;
  if (segments[0] === 'claims' && isIndex(segments[1]) && record.claims[Number(segments[1])]) {
    origin = record.claims[Number(segments[1])] as RowOrigin;
    rest = segments.slice(2);
  } else if (segments[0] === 'figures' && isIndex(segments[1]) && record.figures[Number(segments[1])]) {
    const figure = record.figures[Number(segments[1])] as RecordOrigin['figures'][number];
    origin = figure.origin;
    rest = segments.slice(2);
    if (rest[0] === 'claims' && isIndex(rest[1]) && figure.claims[Number(rest[1])]) {
      origin = figure.claims[Number(rest[1])] as RowOrigin;
      rest = rest.slice(2);
    }
  }
  const of = sheet(origin.sheet);
  if (rest.length === 1 && rest[0] === 'claims' && message === 'needs at least one claim') {
    const what = origin.sheet === 'figures' ? 'figure' : 'record';
    return { file: of.file, row: origin.row, column: keyColumn(of), message: `needs at least one claim: no row of claims.csv names this ${what}` };
  }
  return { file: of.file, row: origin.row, column: rest.length === 0 ? null : columnFor(of, rest), message };
}
