/** One problem in a set of CSV files, placed as a spreadsheet shows it. */
export interface SpreadsheetProblem {
  /** The CSV file ("claims.csv"), or a document ("documents/x.txt"). */
  file: string;
  /** The row a spreadsheet shows (the header is row 1); null for the file as a whole. */
  row: number | null;
  /** The column's header name; null for the row as a whole. */
  column: string | null;
  message: string;
}

export function formatProblem(problem: SpreadsheetProblem): string {
  const place = [problem.file, problem.row === null ? null : `row ${problem.row}`, problem.column === null ? null : `column "${problem.column}"`];
  return `${place.filter((part) => part !== null).join(', ')}: ${problem.message}`;
}

const SHOWN = 100;

/** Thrown when the CSV files have any problem: then nothing is imported. */
export class SpreadsheetError extends Error {
  constructor(
    readonly directory: string,
    readonly problems: readonly SpreadsheetProblem[],
  ) {
    const shown = problems.slice(0, SHOWN).map((problem) => `  - ${formatProblem(problem)}`);
    const more = problems.length > SHOWN ? [`  ... and ${problems.length - SHOWN} more`] : [];
    super([`The spreadsheets in ${directory} have ${problems.length} problem(s); nothing was imported:`, ...shown, ...more].join('\n'));
    this.name = 'SpreadsheetError';
  }
}

/** A value quoted for a message, cut short when long. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}
