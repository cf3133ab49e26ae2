import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetToSpreadsheets, importSpreadsheets } from '../server/spreadsheet';
import { writeDataset } from './generate';
import { median } from './stats';

// The spreadsheet import target: a generated data set of about 10,000 CSV rows (claims,
// entities, relations and the rest), written as CSV into a temporary folder outside the
// repository, imported a few times. Each import reads, checks and writes the whole set.

export const IMPORT_ROWS = 10_000;
/** Entities of the first, trial generation: it tells how many rows one entity brings. */
const TRIAL_ENTITIES = 1_000;

export interface ImportBench {
  rows: number;
  rowsByFile: Record<string, number>;
  runsMs: number[];
  medianMs: number;
  maxMs: number;
}

function rowCounts(csvDir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const file of readdirSync(csvDir).filter((name) => name.endsWith('.csv'))) {
    // Rows are lines here: the generated values hold no line breaks. The header is not a row.
    counts[file] = readFileSync(join(csvDir, file), 'utf8').split('\r\n').filter(Boolean).length - 1;
  }
  return counts;
}

/** A CSV folder of the generated set for `entities` entities. */
async function writeCsv(work: string, entities: number): Promise<string> {
  const datasetDir = join(work, `json-${entities}`);
  writeDataset(datasetDir, entities);
  const csvDir = join(work, `csv-${entities}`);
  await datasetToSpreadsheets(datasetDir, csvDir);
  return csvDir;
}

export async function benchImport(options: { runs: number; log: (line: string) => void }): Promise<ImportBench> {
  const work = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const trial = rowCounts(await writeCsv(work, TRIAL_ENTITIES));
    const perEntity = Object.values(trial).reduce((sum, count) => sum + count, 0) / TRIAL_ENTITIES;
    const csvDir = await writeCsv(work, Math.round(IMPORT_ROWS / perEntity));
    const rowsByFile = rowCounts(csvDir);
    const rows = Object.values(rowsByFile).reduce((sum, count) => sum + count, 0);
    const runsMs: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      const out = join(work, `out-${run}`);
      const start = performance.now();
      await importSpreadsheets(csvDir, out);
      runsMs.push(performance.now() - start);
      rmSync(out, { recursive: true, force: true });
    }
    const result = { rows, rowsByFile, runsMs, medianMs: median(runsMs), maxMs: Math.max(...runsMs) };
    options.log(`import of ${rows} CSV rows (${Object.entries(rowsByFile).map(([file, count]) => `${file} ${count}`).join(', ')}): median ${result.medianMs.toFixed(0)} ms, max ${result.maxMs.toFixed(0)} ms over ${runsMs.length} runs`);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
