import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from './config';
import type { Entity, Relation } from './dataset';
import { datasetInfoToFile, entityToFile, relationToFile, relationTypeToFile, sourceToFile } from './dataset/toFileRecords';
import { openStore, type GraphStore } from './store';

// `npm run data:export -- --out DIR`: the current graph (the data set and every applied
// change) written back in the data-set format, so a team can review its edits as a diff.

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

/** Writes every file of a data set (dataset.json, kinds.json, vocabulary.json, sources.json, entities.json, relations.json) of the store's current graph into `directory`, records sorted by id. */
export async function exportDataset(store: GraphStore, directory: string): Promise<{ entities: number; relations: number; sources: number }> {
  const entities = (await allEntities(store)).sort(byId);
  const relations = (await allRelations(store, entities.map((entity) => entity.id))).sort(byId);
  const sources = (await store.sources()).sort(byId);
  const [vocabulary, kinds, info] = await Promise.all([store.vocabulary(), store.kinds(), store.datasetInfo()]);
  mkdirSync(directory, { recursive: true });
  const write = (file: string, value: unknown) => writeFileSync(join(directory, file), `${JSON.stringify(value, null, 2)}\n`);
  write('dataset.json', datasetInfoToFile(info));
  write('kinds.json', kinds);
  write('sources.json', sources.map(sourceToFile));
  write('vocabulary.json', vocabulary.map(relationTypeToFile));
  write('entities.json', entities.map(entityToFile));
  write('relations.json', relations.map(relationToFile));
  return { entities: entities.length, relations: relations.length, sources: sources.length };
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } }, strict: false });
  if (typeof values.out !== 'string' || values.out === '') {
    console.error('Usage: npm run data:export -- --out DIR   (reads DATA_DIR and STATE_DIR, or NEO4J_URI, like the server)');
    process.exit(2);
  }
  const config = readConfig(process.env, []);
  const { store } = await openStore({ dataDir: config.dataDir, neo4j: config.neo4j, stateDir: config.stateDir });
  try {
    const counts = await exportDataset(store, resolve(values.out));
    console.log(`Wrote ${counts.entities} entities, ${counts.relations} relations and ${counts.sources} sources to ${resolve(values.out)}`);
  } finally {
    await store.close();
  }
}
