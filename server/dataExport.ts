import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from './config';
import type { Entity, Relation } from './dataset';
import { type DatasetFileRecords, writeDatasetJson } from './dataset/datasetFileRecords';
import { datasetInfoToFile, entityToFile, relationToFile, relationTypeToFile, sourceToFile } from './dataset/toFileRecords';
import { datasetToSpreadsheets } from './spreadsheet';
import { openStore, type GraphStore } from './store';

// `npm run data:export -- --out DIR [--format csv]`: the current graph (the data set and every
// applied change) written back in the data-set format, so a team can review its edits as a
// diff, or as the spreadsheet form (server/spreadsheet) to go on editing it in a spreadsheet.

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Entities asked for per page, and relation lists per call. */
const BATCH = 500;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function allEntities(store: GraphStore): Promise<Entity[]> {
  const entities: Entity[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listEntities({ first: BATCH, after });
    entities.push(...page.items);
    if (!page.hasNextPage || page.endCursor === null) return entities;
    after = page.endCursor;
  }
}

async function allRelations(store: GraphStore, entityIds: readonly string[]): Promise<Relation[]> {
  const relations = new Map<string, Relation>();
  for (let start = 0; start < entityIds.length; start += BATCH) {
    const lists = await store.relationsOf(entityIds.slice(start, start + BATCH), { direction: 'OUT', first: Number.MAX_SAFE_INTEGER });
    for (const relation of lists.flat()) relations.set(relation.id, relation);
  }
  return [...relations.values()];
}

/** The store's current graph as the records of a data set's files, each list sorted by id. */
async function gatherRecords(store: GraphStore): Promise<DatasetFileRecords> {
  const entities = (await allEntities(store)).sort(byId);
  const relations = (await allRelations(store, entities.map((entity) => entity.id))).sort(byId);
  const sources = (await store.sources()).sort(byId);
  const [vocabulary, kinds, info] = await Promise.all([store.vocabulary(), store.kinds(), store.datasetInfo()]);
  return {
    info: datasetInfoToFile(info),
    // The store keeps kinds as kinds.json gave them, checked when the data set loaded.
    kinds: kinds as DatasetFileRecords['kinds'],
    sources: sources.map(sourceToFile),
    vocabulary: vocabulary.map(relationTypeToFile),
    entities: entities.map(entityToFile),
    relations: relations.map(relationToFile),
  };
}

/**
 * Writes the store's current graph into `directory`, records sorted by id: the data-set files
 * (dataset.json, kinds.json, vocabulary.json, sources.json, entities.json, relations.json), or
 * with `format` "csv" the spreadsheet form's CSV files.
 */
export async function exportDataset(store: GraphStore, directory: string, format: ExportFormat = 'json'): Promise<{ entities: number; relations: number; sources: number }> {
  const records = await gatherRecords(store);
  mkdirSync(directory, { recursive: true });
  if (format === 'csv') await datasetToSpreadsheets(records, directory);
  else writeDatasetJson(directory, records);
  return { entities: records.entities.length, relations: records.relations.length, sources: records.sources.length };
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' }, format: { type: 'string', default: 'json' } }, strict: false });
  const format = EXPORT_FORMATS.find((known) => known === values.format);
  if (typeof values.out !== 'string' || values.out === '' || format === undefined) {
    console.error('Usage: npm run data:export -- --out DIR [--format json|csv]   (reads DATA_DIR and STATE_DIR, or NEO4J_URI, like the server)');
    process.exit(2);
  }
  const config = readConfig(process.env, []);
  const { store } = await openStore({ dataDir: config.dataDir, neo4j: config.neo4j, stateDir: config.stateDir });
  try {
    const counts = await exportDataset(store, resolve(values.out), format);
    console.log(`Wrote ${counts.entities} entities, ${counts.relations} relations and ${counts.sources} sources to ${resolve(values.out)}`);
  } finally {
    await store.close();
  }
}
