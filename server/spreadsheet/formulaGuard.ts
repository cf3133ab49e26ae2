// Spreadsheet programs run a cell that starts like a formula (=, +, -, @, a tab or a carriage
// return) as one, which a data set's text must never do on an investigator's machine (CSV
// injection). Such a cell is written with an apostrophe in front, the spreadsheets' own mark for
// "text", and the importer takes that apostrophe off again. A cell that already starts with an
// apostrophe before such text, or before another apostrophe, gets one more, so that reading
// gives back exactly what was written.

/** A plain number stays a number: "-12" and "-0.5" are safe, "-1+1" is a formula. */
const PLAIN_NUMBER = /^-\d+(?:\.\d+)?$/;

function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text);
}

function isGuarded(cell: string): boolean {
  return cell.startsWith("'") && (looksLikeFormula(cell.slice(1)) || cell.startsWith("''"));
}

/** The cell as written: text a spreadsheet would run is marked as text. */
export function guardFormula(text: string): string {
  return looksLikeFormula(text) || isGuarded(text) ? `'${text}` : text;
}

/** The cell as read: the mark guardFormula added is taken off. */
export function unguardFormula(cell: string): string {
  return isGuarded(cell) ? cell.slice(1) : cell;
}
