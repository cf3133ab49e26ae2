import type { Driver } from 'neo4j-driver';
import { startServer } from '../server/startServer';
import type { OpenedStore } from '../server/store';
import type { SizeName, StoreName } from './config';
import { sampleInterleaved, summarizePhases, type Runner, type TimingSettings } from './directCalls';
import { loadOperation, postChecked, type HttpResult, type HttpSettings } from './httpLoad';
import { httpOnce } from './httpOnce';
import { captureStatements, runBareRequest } from './neo4jBare';
import { OPERATIONS, OP_NAMES, sampleCount, type OpName } from './operations';
import type { Samples } from './samples';
import { msCell, type Latency } from './stats';
import { describeCalls, recordStoreCalls, replayStoreCalls, waitForIdle, type StoreCall } from './storeCalls';

// One store on one data set: the real server (startServer) on a free port, each operation over
// HTTP, the same store work in-process, and for Neo4j the same Cypher on the bare driver.
//
// The overhead ratio is HTTP p50 over the p50 of the same work without HTTP and GraphQL:
// - for Neo4j that work is the request's Cypher on the bare driver (every statement the request
//   made, not only the operation's main one, overlapping as they did), as the target defines it.
//   Replaying the store calls instead would count the store's own cost (transactions, deadline,
//   record conversion) as part of the baseline and hide it from the ratio;
// - for the embedded store it is the replayed store calls (there is no lower layer);
// - both sides of the ratio are timed in the same rounds, call by call (directCalls.ts): one
//   HTTP request, then the same input's replays. On a shared machine whose load comes and goes,
//   and with Neo4j's JVM still compiling, timing HTTP for ten seconds and the replays afterwards
//   compared two different machines (the replays, measured later on a warmer JVM, looked
//   faster). The rounds are split, half before and half after autocannon's run. autocannon's
//   run still gives the latency table (p50/p95/p99, throughput).

export interface OpResult {
  op: OpName;
  label: string;
  http: HttpResult | null;
  /** The same requests one at a time, interleaved with the replays below: the ratio's numerator. */
  httpPaired?: Latency | null;
  /** The request's store calls replayed in-process (no HTTP, no GraphQL). */
  direct: Latency | null;
  /** Only the operation's own store call (neighborhood, paths, ...). */
  primary: Latency | null;
  /** Neo4j: the primary call's Cypher on the bare driver (auto-commit session.run). */
  bare: Latency | null;
  /** Neo4j: every statement of the request on the bare driver, overlapping as recorded. */
  bareRequest?: Latency | null;
  storeCalls: string;
  /** Distinct inputs cycled through (fewer than the samples when the first pass hit its time cap). */
  inputs: number;
  /** httpPaired p50 / bareRequest p50 for Neo4j, httpPaired p50 / direct p50 for the embedded store. */
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
  // Measured as a balancer would send traffic: once ready (on Neo4j, every statement planned).
  await server.store.ping();
  const ops: OpResult[] = [];
  try {
    for (const name of settings.ops ?? OP_NAMES) {
      const op = OPERATIONS[name];
      const bodies = Array.from({ length: sampleCount(op, samples) }, (_, i) => JSON.stringify({ query: op.query, variables: op.variables(samples, i) }));
      const result: OpResult = { op: name, label: op.label, http: null, direct: null, primary: null, bare: null, storeCalls: '', inputs: 0, overhead: null };
      ops.push(result);
      try {
        // One checked request per input, recording its store calls: validation and recording in one pass.
        await waitForIdle(server.store);
        const recorded: StoreCall[][] = [];
        const recordEnd = performance.now() + settings.recordSeconds * 1000;
        for (const body of bodies) {
          if (recorded.length >= MIN_INPUTS && performance.now() > recordEnd) break;
          recorded.push(await recordStoreCalls(server.store, () => postChecked(server.url, body)));
        }
        result.inputs = recorded.length;
        result.storeCalls = describeCalls(recorded[0] ?? []);
        const client = httpOnce(server.url);
        const inputs = bodies.slice(0, recorded.length);
        const runners: Record<string, Runner> = {
          http: (i) => client.post(inputs[i] as string),
          direct: (i) => replayStoreCalls(server.store, recorded[i] as StoreCall[]),
          primary: (i) => replayStoreCalls(server.store, (recorded[i] as StoreCall[]).slice(0, 1)),
        };
        const driver = options.driver;
        if (driver) {
          const bare = await captureStatements(driver, recorded);
          runners.bareRequest = (i) => runBareRequest(driver, bare[i] ?? []);
          runners.bare = (i) => runBareRequest(driver, (bare[i] ?? []).slice(0, 1));
        }
        const half: TimingSettings = { calls: Math.ceil(settings.direct.calls / 2), seconds: settings.direct.seconds / 2 };
        let timed;
        try {
          const before = await sampleInterleaved(recorded.length, half, runners);
          result.http = await loadOperation(server.url, inputs, settings.http);
          await waitForIdle(server.store);
          const after = await sampleInterleaved(recorded.length, half, runners);
          timed = summarizePhases([before, after]);
        } finally {
          client.close();
        }
        result.httpPaired = timed.http ?? null;
        result.direct = timed.direct ?? null;
        result.primary = timed.primary ?? null;
        result.bare = timed.bare ?? null;
        result.bareRequest = timed.bareRequest ?? null;
        const base = result.bareRequest ?? result.direct;
        result.overhead = base && result.httpPaired ? result.httpPaired.p50 / base.p50 : null;
        log(
          `  ${size} ${store} ${name}: p50 ${msCell(result.http.latency.p50)} ms, p99 ${msCell(result.http.latency.p99)} ms, paired p50 ${msCell(result.httpPaired?.p50)} ms, direct p50 ${msCell(result.direct?.p50)} ms` +
            `${result.bareRequest ? `, bare p50 ${msCell(result.bareRequest.p50)} ms` : ''}, ratio ${result.overhead?.toFixed(2) ?? '—'}x`,
        );
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
