import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { claimSchema, datasetInfoSchema, entitySchema, figureSchema, kindSchema, relationSchema, relationTypeSchema, sourceSchema } from './fileSchema';

// The records of a data set's files as they are written (fileSchema.ts before defaults are
// filled in): what an export writes and an import produces, so a value left out stays left out.

export type ClaimFileRecord = z.input<typeof claimSchema>;
export type FigureFileRecord = z.input<typeof figureSchema>;
export type EntityFileRecord = z.input<typeof entitySchema>;
export type RelationFileRecord = z.input<typeof relationSchema>;

export interface DatasetFileRecords {
  info: z.input<typeof datasetInfoSchema>;
  kinds: z.input<typeof kindSchema>[];
  vocabulary: z.input<typeof relationTypeSchema>[];
  sources: z.input<typeof sourceSchema>[];
  entities: EntityFileRecord[];
  relations: RelationFileRecord[];
}

/** The file each part of DatasetFileRecords is written to, in the order they are written. */
export const DATASET_JSON_FILES = {
  info: 'dataset.json',
  kinds: 'kinds.json',
  vocabulary: 'vocabulary.json',
  sources: 'sources.json',
  entities: 'entities.json',
  relations: 'relations.json',
} as const satisfies Record<keyof DatasetFileRecords, string>;

/** Writes the six JSON files of a data set into an existing folder (two-space indent, final newline). */
export function writeDatasetJson(directory: string, records: DatasetFileRecords): void {
  for (const [part, file] of Object.entries(DATASET_JSON_FILES) as [keyof DatasetFileRecords, string][]) {
    writeFileSync(join(directory, file), `${JSON.stringify(records[part], null, 2)}\n`);
  }
}

/** The six JSON files of a data-set folder as written, unchecked: run loadDataset first. */
export function readDatasetJson(directory: string): DatasetFileRecords {
  const read = (part: keyof DatasetFileRecords): unknown => JSON.parse(readFileSync(join(directory, DATASET_JSON_FILES[part]), 'utf8'));
  return {
    info: read('info') as DatasetFileRecords['info'],
    kinds: read('kinds') as DatasetFileRecords['kinds'],
    vocabulary: read('vocabulary') as DatasetFileRecords['vocabulary'],
    sources: read('sources') as DatasetFileRecords['sources'],
    entities: read('entities') as DatasetFileRecords['entities'],
    relations: read('relations') as DatasetFileRecords['relations'],
  };
}
