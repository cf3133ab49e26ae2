import { guardFormula } from './formulaGuard';

// Writing CSV as RFC 4180 describes it (the reading side is csv-parse): the data-set export and
// the page's export of what is on view both write through here.

/** A UTF-8 byte-order mark: spreadsheet programs read the file as UTF-8 with it ("¶" stays "¶"). */
export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: formulas defused, quoted when a comma, quote, line break or edge space needs it. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = guardFormula(String(value));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: a BOM, then the header and each row, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return (
    BOM +
    [header, ...rows]
      .map((cells) => {
        if (cells.length !== header.length) throw new Error(`a CSV row has ${cells.length} cells for ${header.length} columns`);
        return `${cells.map(csvCell).join(',')}\r\n`;
      })
      .join('')
  );
}
