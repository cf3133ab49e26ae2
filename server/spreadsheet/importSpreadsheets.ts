import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type DatasetFileRecords, writeDatasetJson } from '../dataset/datasetFileRecords';
import { DOCUMENTS_FOLDER } from '../documents/readDocumentFiles';
import { assembleRecords } from './assembleRecords';
import { checkRecords } from './checkRecords';
import { SpreadsheetError, type SpreadsheetProblem } from './SpreadsheetError';

export interface ImportCounts {
  kinds: number;
  relationTypes: number;
  sources: number;
  entities: number;
  relations: number;
  claims: number;
  documents: number;
}

/**
 * Reads the CSV files of `fromDir` (the spreadsheet form: server/spreadsheet/columns.ts) and
 * writes the data-set files into `outDir`, with a copy of `fromDir/documents/` if there is one.
 * All or nothing: with any problem, throws one SpreadsheetError listing every problem (file, row,
 * column) and leaves `outDir` as it was.
 */
export async function importSpreadsheets(fromDir: string, outDir: string): Promise<ImportCounts> {
  const from = resolve(fromDir);
  const problems: SpreadsheetProblem[] = [];
  const assembled = assembleRecords(from, problems);
  await checkRecords(from, assembled, problems);
  const info = assembled.records.info;
  if (problems.length > 0 || info === null) throw new SpreadsheetError(from, problems);
  const records: DatasetFileRecords = { ...assembled.records, info };
  const hasDocuments = existsSync(join(from, DOCUMENTS_FOLDER));
  writeAtomically(resolve(outDir), (directory) => {
    writeDatasetJson(directory, records);
    if (hasDocuments) cpSync(join(from, DOCUMENTS_FOLDER), join(directory, DOCUMENTS_FOLDER), { recursive: true });
  });
  const claimCount = (record: { claims: unknown[]; figures?: { claims: unknown[] }[] }) => record.claims.length + (record.figures ?? []).reduce((sum, figure) => sum + figure.claims.length, 0);
  return {
    kinds: records.kinds.length,
    relationTypes: records.vocabulary.length,
    sources: records.sources.length,
    entities: records.entities.length,
    relations: records.relations.length,
    claims: [...records.entities, ...records.relations].reduce((sum, record) => sum + claimCount(record), 0),
    documents: hasDocuments ? readdirSync(join(from, DOCUMENTS_FOLDER)).filter((name) => name.endsWith('.txt')).length : 0,
  };
}

/**
 * Writes into a fresh folder beside `outDir`, then moves each written entry into `outDir`
 * (renames on one file system: a failed write leaves `outDir` untouched). An entry already in
 * `outDir` with the same name (an earlier import) is replaced; anything else there is kept.
 */
function writeAtomically(outDir: string, write: (directory: string) => void): void {
  mkdirSync(dirname(outDir), { recursive: true });
  const staging = mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-import-`));
  try {
    write(staging);
    mkdirSync(outDir, { recursive: true });
    for (const name of readdirSync(staging)) {
      const target = join(outDir, name);
      if (existsSync(target)) rmSync(target, { recursive: true });
      renameSync(join(staging, name), target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
