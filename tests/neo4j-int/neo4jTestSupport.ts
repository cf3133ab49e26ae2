import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { describe, inject } from 'vitest';
import { loadDataset, type Dataset } from '../../server/dataset';
import type { ChangeStore } from '../../server/store/ChangeStore';
import type { GraphStore } from '../../server/store/GraphStore';
import { createNeo4jStore, loadDatasetIntoNeo4j } from '../../server/store/neo4j';
import type { CurationBackend } from '../api/curationServer';
import { TINY_FIXTURE } from '../contract/storeContract';

// Shared by the Neo4j integration tests and the Neo4j run of the store contract. The global
// setup (tests/neo4j/globalSetup.ts) starts one Neo4j for the whole project and provides its
// URI; the files run one at a time (fileParallelism: false), each resetting the database.

/** The URI of the test Neo4j, or null when the global setup could not start one. */
export function neo4jUri(): string | null {
  return inject('neo4jUri') ?? null;
}

/**
 * describe(), or describe.skip() with the global setup's reason printed when there is no Neo4j
 * (NEO4J_REQUIRED=1 makes the global setup fail the run instead, so CI cannot skip silently).
 */
export function describeWithNeo4j(name: string, body: (uri: string) => void): void {
  const uri = neo4jUri();
  if (!uri) {
    const reason = inject('neo4jSkipReason') ?? 'no reason given';
    console.warn(`[neo4j] skipping "${name}": ${reason}`);
  }
  describe.skipIf(!uri)(name, () => body(uri as string));
}

/** Removes every node and relationship: Community has one database, tests share it. */
export async function resetDatabase(uri: string): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  } finally {
    await driver.close();
  }
}

/**
 * Empties the database, loads the data set and opens the Neo4j store on it, ready as the server
 * makes it before /ready says so: every statement planned, so no test waits on the planner.
 */
export async function openLoadedStore(uri: string, dataset: Dataset): Promise<GraphStore & ChangeStore> {
  await resetDatabase(uri);
  await loadDatasetIntoNeo4j({ uri }, dataset);
  const store = await createNeo4jStore({ uri });
  await store.ping();
  return store;
}

/** A contract-suite opener for a data-set folder. */
export const neo4jOpener = (uri: string | null, directory: string) => async () => {
  if (!uri) throw new Error('no Neo4j (the suite should have been skipped)');
  const dataset = await loadDataset(directory);
  return { store: await openLoadedStore(uri, dataset), dataset };
};

/**
 * The curation tests' backend on Neo4j: each opening empties the database (changes included),
 * loads the tiny fixture and waits until every statement is planned (a cold planner can take
 * longer than a query's deadline), so a test file sees a clean graph whatever ran before it.
 */
export function neo4jCurationBackend(uri: string): CurationBackend {
  return {
    name: 'neo4j',
    open: async () => openLoadedStore(uri, await loadDataset(TINY_FIXTURE)),
    serverOptions: { dataDir: TINY_FIXTURE, neo4j: { uri } },
  };
}

/** Runs a read query directly, for assertions about what the database holds. */
export async function query<T = Record<string, unknown>>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((record) => record.toObject() as T);
  } finally {
    await driver.close();
  }
}

/**
 * Wraps a driver so that every statement sent to the database (`run` on a session or on a
 * transaction inside executeRead/executeWrite) is counted: one count is one round trip.
 */
export function countingDriver(driver: Driver): { driver: Driver; statements: string[] } {
  const statements: string[] = [];
  const countRuns = <T extends Session | ManagedTransaction>(target: T): T =>
    new Proxy(target, {
      get(object, key) {
        const value: unknown = Reflect.get(object, key);
        if (key === 'run') {
          return (text: string, ...rest: unknown[]) => {
            statements.push(text);
            return (value as (...args: unknown[]) => unknown).call(object, text, ...rest);
          };
        }
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: ManagedTransaction) => unknown, config?: unknown) =>
            (value as (w: unknown, c: unknown) => unknown).call(object, (tx: ManagedTransaction) => work(countRuns(tx)), config);
        }
        return typeof value === 'function' ? value.bind(object) : value;
      },
    });
  const wrapped = new Proxy(driver, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key);
      if (key === 'session') return (...args: unknown[]) => countRuns((value as (...a: unknown[]) => Session).apply(object, args));
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
  return { driver: wrapped, statements };
}
