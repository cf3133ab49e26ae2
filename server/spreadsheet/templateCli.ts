import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TemplateExistsError, writeTemplate } from './writeTemplate';

// `npm run data:template -- --out DIR`: empty CSV files with their headers and a README.md describing every column.

function outDir(): string | null {
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } });
    return values.out ? resolve(values.out) : null;
  } catch {
    return null;
  }
}

const out = outDir();
if (!out) {
  console.error('Usage: npm run data:template -- --out DIR');
  process.exit(2);
}
try {
  const files = writeTemplate(out);
  console.log(`Wrote ${files.join(', ')} to ${out}: fill them in, then npm run data:import -- --from ${out} --out DATASET_FOLDER`);
} catch (error) {
  if (!(error instanceof TemplateExistsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
