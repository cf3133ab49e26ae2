import { basename, resolve } from 'node:path';
import { buildDataset } from './buildDataset';
import { DatasetError, type DatasetIssue } from './DatasetError';
import type { Dataset } from './model';
import { readDatasetFiles } from './readDatasetFiles';

/** The data set used when none is named: the Rotherham inquiry. */
export const DEFAULT_DATASET_DIR = resolve(import.meta.dirname, '../../seed/rotherham');

/**
 * Reads, validates and builds a data set from a folder. Throws a DatasetError listing every
 * problem (file, record id, field) when there is any, so a bad data set never half-loads.
 */
export async function loadDataset(directory: string = DEFAULT_DATASET_DIR): Promise<Dataset> {
  const issues: DatasetIssue[] = [];
  const files = await readDatasetFiles(directory, issues);
  const dataset = buildDataset(basename(directory), files, issues);
  if (issues.length > 0) throw new DatasetError(directory, issues);
  return dataset;
}
