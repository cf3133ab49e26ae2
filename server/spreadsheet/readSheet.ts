import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { Sheet } from './columns';
import { unguardFormula } from './formulaGuard';
import { quote, type SpreadsheetProblem } from './SpreadsheetError';

/** One record row: its spreadsheet row number and its non-empty cells by column name. */
export interface SheetRow {
  row: number;
  cells: Map<string, string>;
  /** The row has a problem of its own (already reported): it makes no record, and nothing that refers to it is reported again. */
  rejected: boolean;
}

/** The rows of one CSV file; null when the file cannot be read at all (a problem says why). */
export type SheetRows = SheetRow[] | null;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one CSV file of the sheet and checks its form: UTF-8, a header naming every required
 * column and no unknown one, and as many cells in each row as in the header. Rows with such a
 * problem come back rejected (every row, when a required column is missing); rows of empty
 * cells are skipped. Null when the file cannot be read at all.
 */
export function readSheet(directory: string, sheet: Sheet, problems: SpreadsheetProblem[]): SheetRows {
  const report = (row: number | null, column: string | null, message: string) => problems.push({ file: sheet.file, row, column, message });
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(directory, sheet.file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!sheet.optional) report(null, null, 'file is missing');
    return null;
  }
  let text: string;
  const badRows = new Set<number>();
  try {
    text = decoder.decode(bytes);
  } catch {
    for (const place of findBadBytes(bytes)) {
      report(place.row, place.column, 'holds bytes that are not UTF-8 (save the file as "CSV UTF-8")');
      if (place.row !== null) badRows.add(place.row);
    }
    if (badRows.size === 0 || badRows.has(1)) return null;
    text = new TextDecoder('utf-8').decode(bytes);
  }
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    report(typeof error.records === 'number' ? error.records + 1 : null, null, `not valid CSV: ${error.message.replace(/^Invalid [^:]*: /, '')}`);
    return null;
  }
  const header = records[0];
  if (!header || header.every((cell) => cell === '')) {
    report(1, null, 'the header row is missing');
    return null;
  }
  const usable = checkHeader(sheet, header, report);
  const rows: SheetRow[] = [];
  for (let index = 1; index < records.length; index++) {
    const cells = records[index] as string[];
    if (cells.every((cell) => cell === '')) continue;
    const row = index + 1;
    let rejected = !usable || badRows.has(row);
    if (cells.length !== header.length) {
      report(row, null, `has ${cells.length} cells; the header has ${header.length}`);
      rejected = true;
    }
    const named = new Map<string, string>();
    cells.forEach((cell, column) => {
      if (cell !== '' && column < header.length) named.set(header[column] as string, unguardFormula(cell));
    });
    rows.push({ row, cells: named, rejected });
  }
  return rows;
}

function parseCsv(text: string): string[][] {
  // The row count a spreadsheet shows is the record count, so empty lines are kept as records
  // (and skipped later) rather than dropped by the parser. Spaces around a cell's text cannot be
  // seen in a spreadsheet, and would make an id that does not match or a name that sorts apart,
  // so they are dropped (a cell of spaces is empty); inside quotes too, as a spreadsheet program
  // quotes whatever it likes. A formula-guarded cell keeps what follows its apostrophe.
  const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  return records.map((cells) => cells.map((cell) => cell.trim()));
}

/** Header names must be known and unique, and every required column present: false when rows cannot be read by it (an unknown column is only reported). */
function checkHeader(sheet: Sheet, header: readonly string[], report: (row: number, column: string | null, message: string) => void): boolean {
  const before = new Set<string>();
  let fine = true;
  for (const name of header) {
    if (!sheet.columns.some((column) => column.name === name)) {
      const known = sheet.columns.map((column) => column.name).join(', ');
      report(1, name, name === '' ? `a column has no name (the columns are: ${known})` : `unknown column ${quote(name)} (the columns are: ${known})`);
    } else if (before.has(name)) {
      report(1, name, 'column appears twice');
      fine = false;
    }
    before.add(name);
  }
  for (const column of sheet.columns) {
    if (column.required && !before.has(column.name)) {
      report(1, column.name, 'required column is missing');
      fine = false;
    }
  }
  return fine;
}

/**
 * Where bytes that are not UTF-8 sit: each line is decoded on its own to find the bad ones, then
 * the file is parsed with replacement characters to turn those lines into rows and columns.
 */
function findBadBytes(bytes: Buffer): { row: number | null; column: string | null }[] {
  const badLines: number[] = [];
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      badLines.push(line);
    }
    start = stop + 1;
  }
  let records: { info: { lines: number }; record: string[] }[];
  try {
    const options = { bom: true, relax_column_count: true, skip_empty_lines: false, info: true };
    records = parse(new TextDecoder('utf-8').decode(bytes), options) as unknown as typeof records;
  } catch {
    return badLines.map(() => ({ row: null, column: null }));
  }
  const header = records[0]?.record ?? [];
  const places: { row: number | null; column: string | null }[] = [];
  let firstLine = 1;
  records.forEach((entry, index) => {
    const lastLine = entry.info.lines;
    if (badLines.some((line) => line >= firstLine && line <= lastLine)) {
      const bad = entry.record.findIndex((cell) => cell.includes('\uFFFD'));
      places.push({ row: index + 1, column: bad === -1 ? null : (header[bad] ?? null) });
    }
    firstLine = lastLine + 1;
  });
  return places;
}
