import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, importSpreadsheets, SpreadsheetError } from './index';

// `npm run data:import -- --from DIR --out DIR`: CSV files (the spreadsheet form) into a data-set folder.

const USAGE = 'Usage: npm run data:import -- --from CSV_FOLDER --out DATASET_FOLDER   (blank CSV files: npm run data:template -- --out DIR)';

function options() {
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { from: { type: 'string' }, out: { type: 'string' } } });
    return values.from && values.out ? { from: resolve(values.from), out: resolve(values.out) } : null;
  } catch {
    return null;
  }
}

const given = options();
if (!given) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const counts = await importSpreadsheets(given.from, given.out);
  console.log(
    `Imported ${counts.entities} entities, ${counts.relations} relations, ${counts.claims} claims, ${counts.sources} sources, ${counts.kinds} kinds, ${counts.relationTypes} relation types and ${counts.documents} documents into ${given.out}`,
  );
} catch (error) {
  if (!(error instanceof SpreadsheetError)) throw error;
  console.error(`${error.problems.length} problem(s) in ${given.from}; nothing was imported:`);
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
