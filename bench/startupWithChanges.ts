import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../server/dataset';
import { writeChangeHistory } from './changeHistory';
import { SEED_DIR } from './config';
import { measureStartup, type StartupResult } from './startup';

// Embedded start-up with a change log to replay against the same start-up without one, each in
// fresh processes, alternating so both see the same machine load. Target: 10,000 recorded
// changes add at most 2 s.
//   node --import tsx bench/startupWithChanges.ts [--changes 10000] [--runs 5] [--data DIR]

const TARGET_MS = 2_000;

const { values } = parseArgs({ options: { changes: { type: 'string' }, runs: { type: 'string' }, data: { type: 'string' } } });
const changes = Number(values.changes ?? 10_000);
const runs = Number(values.runs ?? 5);
const dataDir = values.data ?? SEED_DIR;
if (!Number.isInteger(changes) || changes < 1) throw new Error(`--changes: "${values.changes}" is not a positive whole number`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${values.runs}" is not a positive whole number`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (value: number) => `${Math.round(value)} ms`;

const stateDir = mkdtempSync(join(tmpdir(), 'inquiry-graph-startup-'));
try {
  const writing = performance.now();
  writeChangeHistory(await loadDataset(dataDir), stateDir, changes);
  console.log(`${changes} changes recorded on ${dataDir} in ${ms(performance.now() - writing)}`);
  const without: StartupResult[] = [];
  const withLog: StartupResult[] = [];
  for (let run = 0; run < runs; run++) {
    without.push(await measureStartup(dataDir));
    withLog.push(await measureStartup(dataDir, undefined, stateDir));
  }
  const row = (label: string, results: StartupResult[]) =>
    `${label.padEnd(24)} process start → store ${ms(median(results.map((r) => r.processMs))).padStart(8)}   createEmbeddedStore ${ms(median(results.map((r) => r.createStoreMs))).padStart(8)}   entities ${results[0]?.stats.entities}`;
  console.log(`median of ${runs} fresh processes each:`);
  console.log(row('no changes', without));
  console.log(row(`${changes} changes`, withLog));
  const added = median(withLog.map((r) => r.processMs)) - median(without.map((r) => r.processMs));
  console.log(`added by the change log: ${ms(added)} (target at most ${ms(TARGET_MS)} for 10,000): ${added <= TARGET_MS ? 'met' : 'MISSED'}`);
} finally {
  rmSync(stateDir, { recursive: true, force: true });
}
