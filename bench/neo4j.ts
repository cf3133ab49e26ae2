import type { Dataset } from '../server/dataset';
import { loadDatasetIntoNeo4j } from '../server/store/neo4j';
import { findJavaAndMaven, startNeo4j, type RunningNeo4j } from '../tests/neo4j/neo4jServer';

// A real Neo4j 5.26 (tests/neo4j, no Docker) for the whole run, and the import of each data set.

export type Neo4jStart = { ok: true; server: RunningNeo4j } | { ok: false; reason: string };

export async function startBenchNeo4j(): Promise<Neo4jStart> {
  const tools = findJavaAndMaven();
  if (!tools.ok) return { ok: false, reason: tools.reason };
  try {
    return { ok: true, server: await startNeo4j() };
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
    const summary = await loadDatasetIntoNeo4j({ uri }, dataset);
    return { ms: summary.milliseconds };
  } catch (error) {
    return { ms: null, error: (error as Error).message.split('\n')[0] ?? String(error) };
  }
}
