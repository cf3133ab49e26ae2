import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_JSON_FILES } from '../dataset/datasetFileRecords';
import { loadDataset } from '../dataset';
import { datasetToSpreadsheets, importSpreadsheets } from './index';

const ROOT = resolve(import.meta.dirname, '../..');
/** The Rotherham source texts beside the repository (never committed); CI has them. */
const SHARED_SOURCES = resolve(ROOT, '../shared/sources');

const readJson = (directory: string, file: string): unknown => JSON.parse(readFileSync(join(directory, file), 'utf8'));

async function roundTrip(dataset: string, prepare?: (csvDir: string) => void): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'round-trip-'));
  await datasetToSpreadsheets(dataset, join(work, 'csv'));
  prepare?.(join(work, 'csv'));
  await importSpreadsheets(join(work, 'csv'), join(work, 'out'));
  return join(work, 'out');
}

describe('an import of an export', () => {
  for (const dataset of ['seed/rotherham', 'tests/fixtures/tiny']) {
    it(`gives ${dataset} back, file for file`, async () => {
      const out = await roundTrip(join(ROOT, dataset));
      for (const file of Object.values(DATASET_JSON_FILES)) expect(readJson(out, file), file).toStrictEqual(readJson(join(ROOT, dataset), file));
      if (existsSync(join(ROOT, dataset, 'documents'))) expect(readdirSync(join(out, 'documents'))).toEqual(readdirSync(join(ROOT, dataset, 'documents')));
    });
  }

  it('defuses text a spreadsheet would run as a formula, and gives it back as written', async () => {
    const dataset = mkdtempSync(join(tmpdir(), 'formula-'));
    cpSync(join(ROOT, 'tests/fixtures/tiny'), dataset, { recursive: true });
    const entitiesFile = join(dataset, DATASET_JSON_FILES.entities);
    const entities = readJson(dataset, DATASET_JSON_FILES.entities) as { summary: string; claims: { note: string }[] }[];
    const [first] = entities;
    if (!first?.claims[0]) throw new Error('the tiny fixture changed: its first entity has no claim');
    first.summary = '=HYPERLINK("http://example.test","open me")';
    first.claims[0].note = "-1+1 and '=x: notes that start like formulas.";
    writeFileSync(entitiesFile, `${JSON.stringify(entities, null, 2)}\n`);
    let exported = '';
    const out = await roundTrip(dataset, (csvDir) => {
      exported = readdirSync(csvDir).filter((name) => name.endsWith('.csv')).map((name) => readFileSync(join(csvDir, name), 'utf8')).join('\n');
    });
    expect(exported).toContain(`"'=HYPERLINK(""http://example.test"",""open me"")"`);
    expect(exported).toContain("'-1+1 and '=x");
    expect(exported).not.toMatch(/(^|,)"?[=+@]/m);
    for (const file of Object.values(DATASET_JSON_FILES)) expect(readJson(out, file), file).toStrictEqual(readJson(dataset, file));
  });

  it('gives a Rotherham data set that loads, every locator checked against the sources when they are here', async () => {
    const attachSources = (csvDir: string) => {
      if (!existsSync(SHARED_SOURCES)) return;
      mkdirSync(join(csvDir, 'documents'));
      for (const file of readdirSync(SHARED_SOURCES).filter((name) => name.endsWith('.txt'))) cpSync(join(SHARED_SOURCES, file), join(csvDir, 'documents', file));
    };
    const dataset = await loadDataset(await roundTrip(join(ROOT, 'seed/rotherham'), attachSources));
    expect(dataset.entities.length).toBeGreaterThan(0);
    expect(dataset.documents?.length ?? 0).toBe(existsSync(SHARED_SOURCES) ? dataset.sources.length : 0);
  });
});
