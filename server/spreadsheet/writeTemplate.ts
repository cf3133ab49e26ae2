import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHEETS } from './columns';
import { templateReadme } from './templateReadme';
import { toCsv } from './writeCsv';

/** The files a template folder gets. */
export const TEMPLATE_FILES = [...SHEETS.map((sheet) => sheet.file), 'README.md'];

/** Thrown when a template would overwrite files: names them. */
export class TemplateExistsError extends Error {
  constructor(readonly files: readonly string[]) {
    super(`Not overwriting ${files.join(', ')}: choose an empty folder`);
    this.name = 'TemplateExistsError';
  }
}

/** Writes every CSV file with its header row only, and a README.md documenting each column, into `outDir`; refuses (writing nothing) if any of them exists. */
export function writeTemplate(outDir: string): string[] {
  const existing = TEMPLATE_FILES.filter((file) => existsSync(join(outDir, file)));
  if (existing.length > 0) throw new TemplateExistsError(existing);
  mkdirSync(outDir, { recursive: true });
  for (const sheet of SHEETS) writeFileSync(join(outDir, sheet.file), toCsv(sheet.columns.map((column) => column.name), []), { flag: 'wx' });
  writeFileSync(join(outDir, 'README.md'), templateReadme(), { flag: 'wx' });
  return TEMPLATE_FILES;
}
