import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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
