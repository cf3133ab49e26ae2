// Writing CSV as RFC 4180 describes it (the reading side is csv-parse).

/** A UTF-8 byte-order mark: spreadsheet programs read the file as UTF-8 with it ("¶" stays "¶"). */
export const BOM = '\uFEFF';

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A whole CSV file: a BOM, then the header and each row, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
