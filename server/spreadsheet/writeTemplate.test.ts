import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEETS } from './columns';
import { importSpreadsheets, SpreadsheetError, TemplateExistsError, writeTemplate } from './index';
import { validSheets, writeSheets } from './testSheets';

const ROOT = resolve(import.meta.dirname, '../..');

describe('data:template', () => {
  it('writes every CSV file with its header row only, and a README documenting every column', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'template-')), 'new');
    writeTemplate(out);
    expect(readdirSync(out).sort()).toEqual([...SHEETS.map((sheet) => sheet.file), 'README.md'].sort());
    for (const sheet of SHEETS) {
      expect(readFileSync(join(out, sheet.file), 'utf8')).toBe(`\uFEFF${sheet.columns.map((column) => column.name).join(',')}\r\n`);
    }
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    for (const sheet of SHEETS) {
      expect(readme).toContain(`## ${sheet.file}`);
      for (const column of sheet.columns) expect(readme).toMatch(new RegExp(`^\\| \`${column.name}\` \\| (yes|no) \\| .+ \\| .+ \\| \`.+\` \\|$`, 'm'));
    }
  });

  it('refuses to overwrite, writing nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'template-'));
    writeFileSync(join(out, 'claims.csv'), 'mine');
    expect(() => writeTemplate(out)).toThrow(TemplateExistsError);
    expect(readdirSync(out)).toEqual(['claims.csv']);
    expect(readFileSync(join(out, 'claims.csv'), 'utf8')).toBe('mine');
  });

  it('gives files the importer reads: an empty template is refused for what is missing, not for its form', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'template-')), 'new');
    writeTemplate(out);
    const error = (await importSpreadsheets(out, join(out, '..', 'dataset')).catch((thrown: unknown) => thrown)) as SpreadsheetError;
    expect(error).toBeInstanceOf(SpreadsheetError);
    expect(error.problems.map((problem) => problem.message)).toEqual(['needs one row describing the inquiry', 'must name at least one kind']);
  });
});

describe('data:import on the command line', () => {
  it('prints a one-line summary, or every problem with exit code 1, or the usage with exit code 2', () => {
    const work = mkdtempSync(join(tmpdir(), 'import-cli-'));
    const run = (args: string[]) => {
      try {
        return { code: 0, stdout: execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/spreadsheet/importCli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
      } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string };
        return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
      }
    };
    writeTemplate(join(work, 'blank'));
    const bad = run(['--from', join(work, 'blank'), '--out', join(work, 'out')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('dataset.csv, row 2: needs one row describing the inquiry');
    expect(readdirSync(work)).toEqual(['blank']);
    expect(run(['--from', join(work, 'blank')]).code).toBe(2);
    const good = run(['--from', writeSheets(validSheets()), '--out', join(work, 'out')]);
    expect(good).toEqual({ code: 0, stdout: `Imported 3 entities, 2 relations, 7 claims, 2 sources, 3 kinds, 3 relation types and 0 documents into ${join(work, 'out')}\n`, stderr: '' });
  }, 60_000);
});
