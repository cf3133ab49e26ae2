import { basename, join, resolve } from 'node:path';
import { DOCUMENTS_FOLDER, DocumentFileError, readDocumentFiles } from '../documents/readDocumentFiles';
import { buildDataset } from './buildDataset';
import { DatasetError, type DatasetIssue } from './DatasetError';
import type { Dataset } from './model';
import { readDatasetFiles } from './readDatasetFiles';

/** The data set used when none is named: the Rotherham inquiry. */
export const DEFAULT_DATASET_DIR = resolve(import.meta.dirname, '../../seed/rotherham');

/**
 * Reads, validates and builds a data set from a folder. Throws a DatasetError listing every
 * problem (file, record id, field) when there is any, so a bad data set never half-loads.
 * The optional documents/ folder holds the texts of sources, one `<source id>.txt` each.
 */
export async function loadDataset(directory: string = DEFAULT_DATASET_DIR): Promise<Dataset> {
  const issues: DatasetIssue[] = [];
  const files = await readDatasetFiles(directory, issues);
  const documents = await readDocuments(join(directory, DOCUMENTS_FOLDER), issues);
  const dataset = buildDataset(basename(directory), files, issues, documents);
  if (issues.length > 0) throw new DatasetError(directory, issues);
  return dataset;
}

async function readDocuments(directory: string, issues: DatasetIssue[]) {
  try {
    return await readDocumentFiles(directory);
  } catch (error) {
    if (!(error instanceof DocumentFileError)) throw error;
    issues.push({ file: `${DOCUMENTS_FOLDER}/${error.file}`, record: error.file.replace(/\.txt$/, ''), field: '-', message: error.reason });
    return [];
  }
}
