import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, type Dataset } from '../../server/dataset';
import { importSpreadsheets } from '../../server/spreadsheet';

/** The made-up "Eastport harbour contracts" inquiry, kept as CSV files (its README.md says what it holds). */
export const HARBOUR_SPREADSHEETS = join(import.meta.dirname, '../fixtures/harbour');

/** A temporary folder holding the harbour CSV files imported into the data-set form; `remove` deletes it. */
export async function importHarbour(): Promise<{ directory: string; remove: () => void }> {
  const parent = mkdtempSync(join(tmpdir(), 'harbour-'));
  const directory = join(parent, 'harbour');
  try {
    await importSpreadsheets(HARBOUR_SPREADSHEETS, directory);
  } catch (error) {
    rmSync(parent, { recursive: true, force: true });
    throw error;
  }
  return { directory, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** The harbour data set, imported from CSV and loaded with the real loader (documents attached). */
export async function loadHarbour(): Promise<Dataset> {
  const imported = await importHarbour();
  try {
    return await loadDataset(imported.directory);
  } finally {
    imported.remove();
  }
}
