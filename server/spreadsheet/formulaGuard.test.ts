import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { guardFormula, unguardFormula } from './formulaGuard';
import { csvCell, toCsv } from './writeCsv';

const TRICKY = [
  '=HYPERLINK("http://example.test","click")', '+1', '-1+1', '@SUM(A1)', '\tlead tab', '\rlead return', '- a note that starts with a dash',
  "'=quoted already", "''two apostrophes", "'plain apostrophe", "'", "''", '=', '-', '-12', '-0.5', '1997-1998', 'plain', '', 'It is = fine inside',
];

describe('csvCell', () => {
  it('quotes cells that need it and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell(null)).toBe('');
  });
});

describe('formula guard', () => {
  it('marks text a spreadsheet would run, and leaves numbers and plain text alone', () => {
    expect(guardFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(guardFormula('-1+1')).toBe("'-1+1");
    expect(guardFormula('@cmd')).toBe("'@cmd");
    expect(guardFormula('-12')).toBe('-12');
    expect(guardFormula('plain')).toBe('plain');
    expect(guardFormula("'plain")).toBe("'plain");
    expect(guardFormula("'=x")).toBe("''=x");
  });

  it('reads back exactly what was written, through a real CSV file', () => {
    for (const text of TRICKY) expect(unguardFormula(guardFormula(text))).toBe(text);
    const file = toCsv(['value'], TRICKY.map((text) => [text]));
    const cells = (parse(file, { bom: true, relax_quotes: false }) as string[][]).slice(1).map(([cell]) => cell as string);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    expect(cells.map(unguardFormula)).toEqual(TRICKY);
  });
});
