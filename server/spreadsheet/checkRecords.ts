import { join } from 'node:path';
import type { z } from 'zod';
import { buildDataset } from '../dataset/buildDataset';
import type { DatasetIssue } from '../dataset/DatasetError';
import { datasetFiles, datasetInfoSchema, type DatasetFileName } from '../dataset/fileSchema';
import type { ParsedFiles } from '../dataset/readDatasetFiles';
import { DOCUMENTS_FOLDER, DocumentFileError, readDocumentFiles } from '../documents/readDocumentFiles';
import type { SourceDocument } from '../documents/model';
import type { AssembledRecords } from './assembleRecords';
import { problemAt, type RecordOrigin } from './origins';
import type { SpreadsheetProblem } from './SpreadsheetError';

type ListPart = Exclude<keyof AssembledRecords['records'], 'info'>;

const PARTS: Record<DatasetFileName, ListPart> = {
  'sources.json': 'sources',
  'vocabulary.json': 'vocabulary',
  'kinds.json': 'kinds',
  'entities.json': 'entities',
  'relations.json': 'relations',
};
const KEY_FIELD: Record<ListPart, string> = { sources: 'id', vocabulary: 'type', kinds: 'kind', entities: 'id', relations: 'id' };

/**
 * Checks the assembled records as the data-set loader does (each record's shape, then every
 * reference between records with buildDataset, and locators against the documents folder
 * beside the CSV files), reporting each problem at the cell it comes from. References are
 * left unchecked when a file could not be read at all.
 */
export async function checkRecords(directory: string, assembled: AssembledRecords, problems: SpreadsheetProblem[]): Promise<void> {
  const { records, origins } = assembled;
  const rejectedIds = new Set(assembled.rejectedIds);
  const parsed: Partial<Record<DatasetFileName, unknown[]>> = {};
  for (const [file, part] of Object.entries(PARTS) as [DatasetFileName, ListPart][]) {
    const schema: z.ZodType = datasetFiles[file];
    const accepted: unknown[] = [];
    records[part].forEach((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) {
        accepted.push(result.data);
        return;
      }
      rejectedIds.add(String((record as Record<string, unknown>)[KEY_FIELD[part]]));
      for (const issue of result.error.issues) problems.push(problemAt(origins[part][index] as RecordOrigin, issue.path.join('.') || '-', issue.message));
    });
    parsed[file] = accepted;
  }
  let info: ParsedFiles['info'] = null;
  if (records.info && origins.info) {
    const result = datasetInfoSchema.safeParse(records.info);
    if (result.success) info = result.data;
    else for (const issue of result.error.issues) problems.push(problemAt(origins.info, issue.path.join('.') || '-', issue.message));
  }
  const files = { ...(parsed as Omit<ParsedFiles, 'rejectedIds' | 'info'>), rejectedIds, info };

  if (!assembled.complete) return;
  const issues: DatasetIssue[] = [];
  const documents = await readDocuments(directory, problems);
  buildDataset('spreadsheets', files, issues, documents);
  const place = originFinder(assembled);
  for (const issue of issues) problems.push(place(issue));
}

async function readDocuments(directory: string, problems: SpreadsheetProblem[]): Promise<SourceDocument[]> {
  try {
    return await readDocumentFiles(join(directory, DOCUMENTS_FOLDER));
  } catch (error) {
    if (!(error instanceof DocumentFileError)) throw error;
    problems.push({ file: `${DOCUMENTS_FOLDER}/${error.file}`, row: null, column: null, message: error.reason });
    return [];
  }
}

/**
 * Turns an issue of buildDataset (file, record key, field) into a problem at a cell. A key used
 * by several records is a duplicate: its n-th "duplicate id" issue belongs to its (n+1)-th row.
 */
function originFinder(assembled: AssembledRecords): (issue: DatasetIssue) => SpreadsheetProblem {
  const byKey = new Map<string, RecordOrigin[]>();
  for (const [file, part] of Object.entries(PARTS) as [DatasetFileName, ListPart][]) {
    assembled.records[part].forEach((record, index) => {
      const key = `${file}\u0000${String((record as Record<string, unknown>)[KEY_FIELD[part]])}`;
      byKey.set(key, [...(byKey.get(key) ?? []), assembled.origins[part][index] as RecordOrigin]);
    });
  }
  const duplicatesSeen = new Map<string, number>();
  return (issue) => {
    if (issue.file === 'dataset.json' && assembled.origins.info) return problemAt(assembled.origins.info, issue.field, issue.message);
    const key = `${issue.file}\u0000${issue.record}`;
    const candidates = byKey.get(key);
    if (!candidates) return { file: issue.file.replace(/\.json$/, '.csv'), row: null, column: null, message: issue.message };
    let origin = candidates[0] as RecordOrigin;
    if (issue.message.startsWith('duplicate id') && candidates.length > 1) {
      const seen = (duplicatesSeen.get(key) ?? 0) + 1;
      duplicatesSeen.set(key, seen);
      origin = candidates[Math.min(seen, candidates.length - 1)] as RecordOrigin;
    }
    return problemAt(origin, issue.field, issue.message.replace(/\b(sources|vocabulary|kinds|entities|relations)\.json\b/g, '$1.csv'));
  };
}
