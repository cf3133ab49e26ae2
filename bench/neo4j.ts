import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Dataset } from '../server/dataset';
import { loadDatasetIntoNeo4j } from '../server/store/neo4j';
import { findJavaAndMaven, startNeo4j, type Neo4jMemory, type RunningNeo4j } from '../tests/neo4j/neo4jServer';

// A real Neo4j 5.26 (tests/neo4j, no Docker) for the whole run, and the import of each data set.

/**
 * Sized for the 100k data set, which the loader writes in ONE transaction (all or nothing, see
 * server/store/neo4j/load.ts). Measured at 100k: the transaction's state peaks around 3 GB
 * (SHOW TRANSACTIONS estimatedUsedHeapMemory) and the commit, which turns it into store records,
 * needs as much again on the heap. The page cache holds the whole store (~0.8 GB at 100k) with
 * room for the indexes. Heap + page cache = 12 GB on a 24 GB machine, next to the benchmark's
 * own Node process (2-3 GB at 100k).
 */
export const BENCH_NEO4J_MEMORY: Neo4jMemory = { heap: '12g', pageCache: '2g', transactionMax: '10g', transactionTotalMax: '10g' };

export type Neo4jStart = { ok: true; server: RunningNeo4j } | { ok: false; reason: string };

export async function startBenchNeo4j(): Promise<Neo4jStart> {
  const tools = findJavaAndMaven();
  if (!tools.ok) return { ok: false, reason: tools.reason };
  try {
    return { ok: true, server: await startNeo4j({ memory: BENCH_NEO4J_MEMORY }) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split('\n')[0] ?? String(error) };
  }
}

export interface ImportResult {
  /** loadDatasetIntoNeo4j's own clock: schema, clear, every batch, commit. */
  ms: number | null;
  error?: string;
}

export async function importDataset(uri: string, dataset: Dataset): Promise<ImportResult> {
  try {
    // The benchmark's own throwaway Neo4j: the edits measured on the last data set go with it.
    const summary = await loadDatasetIntoNeo4j({ uri }, dataset, { discardChanges: true });
    return { ms: summary.milliseconds };
  } catch (error) {
    return { ms: null, error: (error as Error).message.split('\n')[0] ?? String(error) };
  }
}

/**
 * Collects, before anything is timed, what the import left on Neo4j's heap. The loader writes a
 * data set in one transaction, whose state (about 6 GB at 100k) becomes garbage at COMMIT; G1
 * then collects it over the next minutes with pauses of 0.1-2.4 s (GC log of a 100k run), which
 * landed in the timed edits as their p99. A server that has run for a while has none of it.
 * `jcmd <pid> GC.run` (a full collection, from the JDK beside the JVM) does that at once.
 * Returns why it could not, or null.
 */
export async function collectImportGarbage(server: RunningNeo4j): Promise<string | null> {
  try {
    await promisify(execFile)('jcmd', [String(server.pid), 'GC.run'], { timeout: 120_000 });
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? String(error);
  }
}
