import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadDataset } from '../server/dataset';
import { join } from 'node:path';
import { writeChangeHistory } from './changeHistory';
import { measureStartup } from './startup';

/** Recorded changes the start-up target is set for: they may add at most CHANGE_LOG_TARGET_MS. */
export const CHANGE_LOG_SIZE = 10_000;
export const CHANGE_LOG_TARGET_MS = 2_000;

export interface ChangeLogStartup {
  changes: number;
  runs: number;
  /** Medians of `runs` fresh processes each, process start to store built. */
  withoutMs: number;
  withMs: number;
  /** Medians of createEmbeddedStore alone (the replay happens in it). */
  createStoreWithoutMs: number;
  createStoreWithMs: number;
  entitiesWithout: number;
  entitiesWith: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * Embedded start-up with a log of `changes` recorded edits (bench/changeHistory.ts) against the
 * same start-up without one, in fresh processes, alternating so both see the same machine load.
 */
export async function measureChangeLogStartup(dataDir: string, changes = CHANGE_LOG_SIZE, runs = 3): Promise<ChangeLogStartup> {
  const stateDir = mkdtempSync(join(tmpdir(), 'inquiry-graph-startup-'));
  try {
    writeChangeHistory(await loadDataset(dataDir), stateDir, changes);
    const without = [];
    const withLog = [];
    for (let run = 0; run < runs; run++) {
      without.push(await measureStartup(dataDir));
      withLog.push(await measureStartup(dataDir, undefined, stateDir));
    }
    return {
      changes,
      runs,
      withoutMs: median(without.map((result) => result.processMs)),
      withMs: median(withLog.map((result) => result.processMs)),
      createStoreWithoutMs: median(without.map((result) => result.createStoreMs)),
      createStoreWithMs: median(withLog.map((result) => result.createStoreMs)),
      entitiesWithout: without[0]?.stats.entities ?? 0,
      entitiesWith: withLog[0]?.stats.entities ?? 0,
    };
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}
