import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset';
import { importSpreadsheets, SpreadsheetError, type SpreadsheetProblem } from './index';
import { validSheets, writeSheets } from './testSheets';
import { toCsv } from './writeCsv';

const outside = () => join(mkdtempSync(join(tmpdir(), 'import-out-')), 'dataset');

/** Imports the valid sheets with `changes` applied; returns the problems, checking nothing was written. */
async function problemsOf(changes: Record<string, string | Uint8Array>): Promise<SpreadsheetProblem[]> {
  const from = writeSheets({ ...validSheets(), ...changes });
  const out = outside();
  const error = await importSpreadsheets(from, out).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(join(out, '..'))).toEqual([]);
  return [...(error as SpreadsheetError).problems];
}

const place = (problem: SpreadsheetProblem) => ({ file: problem.file, row: problem.row, column: problem.column });

describe('importSpreadsheets', () => {
  it('writes a data set that loads, with every value in its place', async () => {
    const out = outside();
    const counts = await importSpreadsheets(writeSheets(validSheets()), out);
    expect(counts).toEqual({ kinds: 3, relationTypes: 3, sources: 2, entities: 3, relations: 2, claims: 7, documents: 0 });
    const dataset = await loadDataset(out);
    expect(dataset.info.title).toBe('Quillmere ferry tender');
    const entities = JSON.parse(readFileSync(join(out, 'entities.json'), 'utf8'));
    expect(entities[0]).toEqual({
      id: 'company:brine-ferries',
      kind: 'Company',
      name: 'Brine Ferries Ltd',
      aliases: ['Brine', 'BFL'],
      summary: 'The firm that won the tender.',
      date: { edtf: '2012' },
      claims: [{ source: 'board-minutes', locator: '¶2', note: 'The minutes name the firm.' }],
    });
    expect(entities[2].figures).toEqual([
      { name: 'contract value', value: 4.5, qualifier: 'about', unit: 'million pounds', claims: [{ source: 'gazette', locator: '¶2', note: 'The paper gives the value.' }] },
    ]);
    const relations = JSON.parse(readFileSync(join(out, 'relations.json'), 'utf8'));
    expect(relations[1].claims.map((claim: { stance?: string }) => claim.stance)).toEqual(['supports', 'contradicts']);
    expect(JSON.parse(readFileSync(join(out, 'vocabulary.json'), 'utf8'))[2]).toEqual({
      type: 'DIRECTOR_OF',
      label: 'director of',
      description: 'The person ran the company.',
      carriesKnowledge: false,
      passesKnowledge: 'both',
      creditsAuthor: false,
    });
  });

  it('accepts a UTF-8 byte-order mark and CRLF line ends', async () => {
    const sheets = validSheets();
    const out = outside();
    await importSpreadsheets(writeSheets({ ...sheets, 'claims.csv': `\uFEFF${sheets['claims.csv']?.replaceAll('\n', '\r\n')}`, 'kinds.csv': `\uFEFF${sheets['kinds.csv']}` }), out);
    expect(JSON.parse(readFileSync(join(out, 'entities.json'), 'utf8'))[0].claims[0].locator).toBe('¶2');
  });

  it('ignores spaces around cells and column names, and a row of spaces', async () => {
    const padded = Object.fromEntries(
      Object.entries(validSheets()).map(([file, text]) => {
        const [header = [], ...rows] = parse(text, { bom: true }) as string[][];
        const pad = (cell: string) => (cell === '' ? '   ' : ` ${cell}\t `);
        return [file, toCsv(header.map(pad), [...rows.map((row) => row.map(pad)), header.map(() => '  ')])];
      }),
    );
    const plain = outside();
    const spaced = outside();
    await importSpreadsheets(writeSheets(validSheets()), plain);
    await importSpreadsheets(writeSheets(padded), spaced);
    for (const file of readdirSync(plain)) {
      expect(readFileSync(join(spaced, file), 'utf8'), file).toBe(readFileSync(join(plain, file), 'utf8'));
    }
  });

  it('replaces an earlier import in the out folder and keeps other files there', async () => {
    const out = outside();
    await importSpreadsheets(writeSheets(validSheets()), out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    await importSpreadsheets(writeSheets(validSheets()), out);
    expect(readdirSync(out).sort()).toEqual(['dataset.json', 'entities.json', 'kinds.json', 'notes.txt', 'relations.json', 'sources.json', 'vocabulary.json']);
  });

  it('names a missing required column', async () => {
    const withoutSummary = (validSheets()['entities.csv'] ?? '')
      .split('\n')
      .map((line) => line.split(',').filter((_, index) => index !== 4).join(','))
      .join('\n');
    const problems = await problemsOf({ 'entities.csv': withoutSummary });
    expect(problems.map(place)).toEqual([{ file: 'entities.csv', row: 1, column: 'summary' }]);
    expect(problems[0]?.message).toBe('required column is missing');
  });

  it('names an unknown column', async () => {
    const problems = await problemsOf({ 'sources.csv': validSheets()['sources.csv']?.replace('note', 'remarks') ?? '' });
    expect(problems.map(place)).toEqual([{ file: 'sources.csv', row: 1, column: 'remarks' }]);
    expect(problems[0]?.message).toMatch(/^unknown column "remarks"/);
  });

  it('names a bad date, with the EDTF error', async () => {
    const problems = await problemsOf({ 'relations.csv': validSheets()['relations.csv']?.replace('2018-05-02', '2018-13-45') ?? '' });
    expect(problems.map(place)).toEqual([{ file: 'relations.csv', row: 3, column: 'date_edtf' }]);
    expect(problems[0]?.message).toContain('2018-13-45');
  });

  it('names a bad date on a claim at the claim row', async () => {
    const problems = await problemsOf({ 'claims.csv': validSheets()['claims.csv']?.replace(',2018,', ',spring,') ?? '' });
    expect(problems.map(place)).toEqual([{ file: 'claims.csv', row: 8, column: 'date_edtf' }]);
  });

  it('names unknown references: source, kind, relation end, relation type, claim record, figure', async () => {
    const sheets = validSheets();
    const problems = await problemsOf({
      'claims.csv': `${sheets['claims.csv']?.replace('gazette,¶1,2017-03', 'gazete,¶1,2017-03')}\nperson:nobody,,gazette,¶1,,,A claim on nothing.,,\ncontract:ferry-2017,price,gazette,¶1,,,A figure that is not there.,,`,
      'entities.csv': sheets['entities.csv']?.replace('Person,Otto', 'Persn,Otto') ?? '',
      'relations.csv': sheets['relations.csv']?.replace('WON,company:brine-ferries', 'WON,company:brine-ferry').replace('WARNED', 'WARND') ?? '',
    });
    expect(problems.map((problem) => ({ ...place(problem), message: problem.message }))).toEqual(
      expect.arrayContaining([
        { file: 'claims.csv', row: 4, column: 'source', message: 'unknown source "gazete" (not in sources.csv)' },
        { file: 'claims.csv', row: 9, column: 'record', message: 'no entity or relation with id "person:nobody"' },
        { file: 'claims.csv', row: 10, column: 'figure', message: '"contract:ferry-2017" has no figure named "price" in figures.csv' },
        { file: 'entities.csv', row: 3, column: 'kind', message: 'unknown kind "Persn" (not in kinds.csv)' },
        { file: 'relations.csv', row: 2, column: 'from', message: 'no entity with id "company:brine-ferry"' },
        { file: 'relations.csv', row: 3, column: 'type', message: 'unknown relation type "WARND" (not in vocabulary.csv)' },
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('names the second row of a duplicate id', async () => {
    const sheets = validSheets();
    const problems = await problemsOf({
      'entities.csv': `${sheets['entities.csv']}\nperson:otto-gale,Person,Otto Gale the second,,Another.,,`,
      'claims.csv': `${sheets['claims.csv']}\nperson:otto-gale,,gazette,¶4,,,Again.,,`,
    });
    expect(problems.map(place)).toContainEqual({ file: 'entities.csv', row: 5, column: 'id' });
    expect(problems.find((problem) => problem.row === 5)?.message).toMatch(/^duplicate id "person:otto-gale"/);
  });

  it('names the row and column of bytes that are not UTF-8', async () => {
    const text = Buffer.from(validSheets()['entities.csv'] ?? '', 'utf8');
    const at = text.indexOf('Harbour board auditor');
    const bad = Buffer.concat([text.subarray(0, at), Buffer.from([0xe9, 0x20]), text.subarray(at)]);
    const problems = await problemsOf({ 'entities.csv': bad });
    expect(problems.map(place)).toEqual([{ file: 'entities.csv', row: 3, column: 'summary' }]);
    expect(problems[0]?.message).toMatch(/not UTF-8/);
  });

  it('names a row with the wrong number of cells', async () => {
    const problems = await problemsOf({ 'kinds.csv': validSheets()['kinds.csv']?.replace('#166534,no', '#166534,no,extra') ?? '' });
    expect(problems.map((problem) => ({ ...place(problem), message: problem.message }))).toEqual([{ file: 'kinds.csv', row: 4, column: null, message: 'has 7 cells; the header has 6' }]);
  });

  it('refuses a date in words without its EDTF form', async () => {
    const problems = await problemsOf({ 'sources.csv': validSheets()['sources.csv']?.replace('2018-05,May 2018', ',May 2018') ?? '' });
    expect(problems.map(place)).toEqual([{ file: 'sources.csv', row: 2, column: 'published_text' }]);
    expect(problems[0]?.message).toContain('published_edtf');
  });

  it('names an empty required cell, and does not repeat it in references to that row', async () => {
    const problems = await problemsOf({ 'entities.csv': validSheets()['entities.csv']?.replace('Harbour board auditor.', '') ?? '' });
    expect(problems.map((problem) => ({ ...place(problem), message: problem.message }))).toEqual([{ file: 'entities.csv', row: 3, column: 'summary', message: 'required cell is empty' }]);
  });

  it('names a value the data-set schema refuses, and a record with no claim', async () => {
    const sheets = validSheets();
    const problems = await problemsOf({
      'kinds.csv': sheets['kinds.csv']?.replace('tag,#166534,no', 'blob,#166534,maybe') ?? '',
      'claims.csv': sheets['claims.csv']?.replace('¶3,,,The minutes list', '3,,,The minutes list').replace(/\nrel:brine-won-ferry,[^\n]*/, '') ?? '',
      'figures.csv': sheets['figures.csv']?.replace('4.5', 'four') ?? '',
    });
    expect(problems.map(place)).toEqual(
      expect.arrayContaining([
        { file: 'kinds.csv', row: 4, column: 'actor' },
        { file: 'claims.csv', row: 3, column: 'locator' },
        { file: 'relations.csv', row: 2, column: 'id' },
        { file: 'figures.csv', row: 2, column: 'value' },
      ]),
    );
    expect(problems.find((problem) => problem.file === 'relations.csv')?.message).toBe('needs at least one claim: no row of claims.csv names this record');
  });

  it('names a locator beyond the attached document', async () => {
    const problems = await problemsOf({ 'documents/gazette.txt': 'One.\n\nTwo.\n' });
    expect(problems.map(place)).toEqual([{ file: 'claims.csv', row: 8, column: 'locator' }]);
    expect(problems[0]?.message).toContain('points beyond its document');
  });

  it('names a missing file, and a CSV quoting error', async () => {
    const from = writeSheets(validSheets());
    const { rmSync } = await import('node:fs');
    rmSync(join(from, 'sources.csv'));
    writeFileSync(join(from, 'relations.csv'), `${validSheets()['relations.csv']}\nrel:x,WON,"company:brine-ferries`);
    const error = (await importSpreadsheets(from, outside()).catch((thrown: unknown) => thrown)) as SpreadsheetError;
    expect(error.problems.map(place)).toEqual(expect.arrayContaining([{ file: 'sources.csv', row: null, column: null }, { file: 'relations.csv', row: 4, column: null }]));
  });
});
