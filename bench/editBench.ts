import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountStore } from '../server/auth';
import type { Dataset } from '../server/dataset';
import { startServer } from '../server/startServer';
import { openStateDatabase } from '../server/state';
import { createEmbeddedStore } from '../server/store/embedded';
import type { SizeName, StoreName } from './config';
import { httpOnce } from './httpOnce';
import type { Samples } from './samples';
import { summarize, type Latency } from './stats';

// The edit target: "update an entity with a claim" as a curator's program sends it, over
// HTTP with a signed-in editor's bearer token, to the real server (startServer) with a durable
// state database on disk (the embedded store's change log: WAL, synchronous FULL). One edit at a
// time on a kept-alive connection, each on the next of the sample entities and the
// best-connected one, each citing a new paragraph; timed until the whole answer has arrived.

export const EDIT_MUTATION = `mutation($id: ID!, $version: Int!, $claim: ClaimInput!) {
  updateEntity(id: $id, version: $version, set: { summary: "Summary corrected by a benchmark edit." }, claims: [$claim], reason: "Benchmark edit.") {
    change { id } entity { version }
  }
}`;

export interface EditSettings {
  /** Timed edits. */
  edits: number;
  /** Edits sent first, apart from the timed ones (the first writes plan statements, fill caches, have the JVM compile). */
  warmup: number;
}

export interface EditRun {
  size: SizeName;
  store: StoreName;
  serverStartMs: number;
  /** Distinct entities edited in turn. */
  entities: number;
  warmup: number;
  /** The warm-up edits, the first after the server started (not the target's figure; reported beside it). Absent from runs recorded before it was kept. */
  warmupLatency?: Latency | null;
  latency: Latency | null;
  /** The best-connected entity's timed edits alone (its share of the samples above). */
  hub: { id: string; latency: Latency } | null;
  /** One-minute load average when the timed edits began and when they ended. */
  loadAverage: [number, number];
  error?: string;
}

interface EditAnswer {
  data?: { updateEntity?: { entity?: { version: number } } };
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A fresh state folder holding one editor account; returns it with the editor's API token. */
async function editorState(): Promise<{ stateDir: string; token: string }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'inquiry-graph-bench-edit-'));
  const database = openStateDatabase(stateDir);
  try {
    const accounts = new AccountStore(database);
    await accounts.addAccount('bench-editor', 'EDITOR', 'a passphrase for the benchmark editor');
    return { stateDir, token: accounts.createToken('bench-editor', 'bench').token };
  } finally {
    database.close();
  }
}

export async function benchEdits(options: {
  size: SizeName;
  store: StoreName;
  dataDir: string;
  /** Embedded: the data set already loaded, for the store (with its change log in the state folder) to be built from, as openStore would. */
  dataset?: Dataset;
  neo4jUri?: string;
  samples: Samples;
  settings: EditSettings;
  log: (line: string) => void;
}): Promise<EditRun> {
  const { size, store, samples, settings, log } = options;
  const { stateDir, token } = await editorState();
  const run: EditRun = { size, store, serverStartMs: NaN, entities: 0, warmup: settings.warmup, warmupLatency: null, latency: null, hub: null, loadAverage: [NaN, NaN] };
  try {
    const started = performance.now();
    const opened = options.dataset ? { store: await createEmbeddedStore(options.dataset, { stateDir }), vocabulary: options.dataset.vocabulary, kinds: options.dataset.kinds } : undefined;
    const server = await startServer({ port: 0, dataDir: options.dataDir, stateDir, neo4j: options.neo4jUri ? { uri: options.neo4jUri } : null, ...(opened ? { store: opened } : {}) });
    run.serverStartMs = performance.now() - started;
    const client = httpOnce(server.url, { authorization: `Bearer ${token}` });
    try {
      await server.store.ping();
      const ids = [...new Set([...samples.entityIds, samples.hubId])];
      const current = await server.store.entitiesByIds(ids);
      const versions = new Map(current.map((entity, index) => [ids[index] as string, entity?.version ?? NaN]));
      const sources = (await server.store.sources()).map((source) => source.id);
      if (sources.length === 0) throw new Error('the data set has no sources to cite');
      run.entities = ids.length;

      const edit = async (index: number): Promise<number> => {
        const id = ids[index % ids.length] as string;
        const claim = { source: sources[index % sources.length], locator: `¶${1 + index}`, note: `Benchmark edit ${index}, in our own words.` };
        const body = JSON.stringify({ query: EDIT_MUTATION, variables: { id, version: versions.get(id), claim } });
        const sent = performance.now();
        const text = await client.postText(body);
        const elapsed = performance.now() - sent;
        const answer = JSON.parse(text) as EditAnswer;
        const version = answer.data?.updateEntity?.entity?.version;
        if (answer.errors || version === undefined) throw new Error(`edit of ${id} failed: ${answer.errors?.[0]?.message ?? 'no entity in the answer'}`);
        versions.set(id, version);
        return elapsed;
      };

      const warmup: number[] = [];
      for (let index = 0; index < settings.warmup; index++) warmup.push(await edit(index));
      run.warmupLatency = warmup.length > 0 ? summarize(warmup) : null;
      const all: number[] = [];
      const hub: number[] = [];
      run.loadAverage[0] = loadavg()[0] as number;
      for (let index = settings.warmup; index < settings.warmup + settings.edits; index++) {
        const ms = await edit(index);
        all.push(ms);
        if (ids[index % ids.length] === samples.hubId) hub.push(ms);
      }
      run.loadAverage[1] = loadavg()[0] as number;
      run.latency = summarize(all);
      run.hub = { id: samples.hubId, latency: summarize(hub) };
      log(
        `  ${size} ${store} edit: p50 ${run.latency.p50.toFixed(1)} ms, p99 ${run.latency.p99.toFixed(1)} ms, max ${run.latency.max.toFixed(1)} ms over ${all.length} edits of ${ids.length} entities` +
          ` (hub ${samples.hubId} p50 ${run.hub.latency.p50.toFixed(1)} ms)` +
          (run.warmupLatency ? `; the ${warmup.length} warm-up edits before them: p50 ${run.warmupLatency.p50.toFixed(1)} ms, p99 ${run.warmupLatency.p99.toFixed(1)} ms` : '') +
          `; load ${run.loadAverage.map((value) => value.toFixed(1)).join(' → ')}`,
      );
    } finally {
      client.close();
      await server.close();
    }
  } catch (error) {
    run.error = (error as Error).message.split('\n')[0];
    log(`  ${size} ${store} edit: FAILED ${run.error}`);
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
  return run;
}
