import type { Driver } from 'neo4j-driver';
import { startServer } from '../server/startServer';
import type { OpenedStore } from '../server/store';
import type { SizeName, StoreName } from './config';
import { timeReplay, timePrimary, timeSequential, type TimingSettings } from './directCalls';
import { loadOperation, postChecked, type HttpResult, type HttpSettings } from './httpLoad';
import { bareQuery, runBare } from './neo4jBare';
import { OPERATIONS, OP_NAMES, sampleCount, type OpName } from './operations';
import type { Samples } from './samples';
import type { Latency } from './stats';
import { describeCalls, recordStoreCalls, type StoreCall } from './storeCalls';

// One store on one data set: the real server (startServer) on a free port, each operation over
// HTTP, then the same store work in-process, and for Neo4j the operation's query on the bare driver.

export interface OpResult {
  op: OpName;
  label: string;
  http: HttpResult | null;
  /** The request's store calls replayed in-process (no HTTP, no GraphQL). */
  direct: Latency | null;
  /** Only the operation's own store call (neighborhood, paths, ...). */
  primary: Latency | null;
  /** Neo4j: the primary call's Cypher through driver.executeQuery. */
  bare: Latency | null;
  storeCalls: string;
  /** Distinct inputs cycled through (fewer than the samples when the first pass hit its time cap). */
  inputs: number;
  /** HTTP p50 / direct p50. */
  overhead: number | null;
  error?: string;
}

export interface StoreRun {
  size: SizeName;
  store: StoreName;
  serverStartMs: number;
  ops: OpResult[];
  error?: string;
}

/** Inputs recorded whatever the time cap: a cold first query (Neo4j planning) must not leave one input. */
const MIN_INPUTS = 5;

export interface ApiSettings {
  http: HttpSettings;
  recordSeconds: number;
  direct: TimingSettings;
  ops?: readonly OpName[];
}

export async function benchStore(options: {
  size: SizeName;
  store: StoreName;
  dataDir: string;
  /** Embedded: the store built from the data set already loaded (saves loading it twice). */
  opened?: OpenedStore;
  neo4jUri?: string;
  driver?: Driver;
  samples: Samples;
  settings: ApiSettings;
  log: (line: string) => void;
}): Promise<StoreRun> {
  const { size, store, samples, settings, log } = options;
  const started = performance.now();
  let server;
  try {
    server = await startServer({
      port: 0,
      dataDir: options.dataDir,
      neo4j: options.neo4jUri ? { uri: options.neo4jUri } : null,
      ...(options.opened ? { store: options.opened } : {}),
    });
  } catch (error) {
    return { size, store, serverStartMs: NaN, ops: [], error: (error as Error).message.split('\n')[0] };
  }
  const serverStartMs = performance.now() - started;
  const ops: OpResult[] = [];
  try {
    for (const name of settings.ops ?? OP_NAMES) {
      const op = OPERATIONS[name];
      const bodies = Array.from({ length: sampleCount(op, samples) }, (_, i) => JSON.stringify({ query: op.query, variables: op.variables(samples, i) }));
      const result: OpResult = { op: name, label: op.label, http: null, direct: null, primary: null, bare: null, storeCalls: '', inputs: 0, overhead: null };
      ops.push(result);
      try {
        // One checked request per input, recording its store calls: validation and recording in one pass.
        const recorded: StoreCall[][] = [];
        const recordEnd = performance.now() + settings.recordSeconds * 1000;
        for (const body of bodies) {
          if (recorded.length >= MIN_INPUTS && performance.now() > recordEnd) break;
          recorded.push(await recordStoreCalls(server.store, () => postChecked(server.url, body)));
        }
        result.inputs = recorded.length;
        result.http = await loadOperation(server.url, bodies.slice(0, recorded.length), settings.http);
        result.storeCalls = describeCalls(recorded[0] ?? []);
        result.direct = await timeReplay(server.store, recorded, settings.direct);
        result.primary = await timePrimary(server.store, recorded, settings.direct);
        result.overhead = result.http.latency.p50 / result.direct.p50;
        const driver = options.driver;
        const queries = recorded.map((calls) => (calls[0] ? bareQuery(calls[0]) : null));
        if (driver && queries.every((query) => query !== null)) {
          result.bare = await timeSequential(queries.length, settings.direct, (i) => runBare(driver, queries[i] as NonNullable<(typeof queries)[number]>));
        }
        log(`  ${size} ${store} ${name}: p50 ${result.http.latency.p50.toFixed(2)} ms, p99 ${result.http.latency.p99.toFixed(2)} ms, direct p50 ${result.direct.p50.toFixed(2)} ms`);
      } catch (error) {
        result.error = (error as Error).message.split('\n')[0];
        log(`  ${size} ${store} ${name}: FAILED ${result.error}`);
      }
    }
  } finally {
    await server.close();
  }
  return { size, store, serverStartMs, ops };
}
