import neo4j from 'neo4j-driver';
import type { Dataset } from '../server/dataset';
import { startServer } from '../server/startServer';
import type { SizeName } from './config';
import { sampleInterleaved, summarizePhases, type TimingSettings } from './directCalls';
import { httpOnce } from './httpOnce';
import { PEER_OP_NAMES, peerOperations, type PeerOpName } from './peer/operations';
import { startPeerServer } from './peer/server';
import { peerTypeDefs } from './peer/typeDefs';
import type { Samples } from './samples';
import type { Latency } from './stats';

// This project's API against @neo4j/graphql (the library users would pick instead) on the same
// Neo4j and the same data: both servers over real HTTP, each request one at a time on a
// kept-alive connection, ours and the peer's interleaved request by request (the order rotating
// each round) after a warm-up of each, so that load coming and going on a shared machine and
// the JVM's compiling hit both alike.

export interface PeerOpResult {
  op: PeerOpName;
  label: string;
  inputs: number;
  ours: Latency | null;
  peer: Latency | null;
  /** ours p50 / peer p50. */
  ratio: number | null;
  oursResponseBytes: number | null;
  peerResponseBytes: number | null;
  error?: string;
}

export interface PeerRun {
  size: SizeName;
  /** @neo4j/graphql's schema build from the generated type definitions. */
  schemaMs: number | null;
  ops: PeerOpResult[];
  error?: string;
}

export interface PeerSettings {
  /** Inputs per operation (entities, search texts). */
  inputs: number;
  timing: TimingSettings;
}

/** Posts `body`; returns the response's size, or throws with the first GraphQL error. */
async function postChecked(url: string, body: string, who: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const json = JSON.parse(text) as { errors?: { message: string }[] };
  if (response.status !== 200 || json.errors) throw new Error(`${who}: HTTP ${response.status}: ${json.errors?.[0]?.message ?? 'no data'}`);
  return Buffer.byteLength(text);
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export async function benchPeer(options: { size: SizeName; dataDir: string; neo4jUri: string; dataset: Dataset; samples: Samples; settings: PeerSettings; log: (line: string) => void }): Promise<PeerRun> {
  const { size, dataset, samples, settings, log } = options;
  const operations = peerOperations(dataset, samples, settings.inputs);
  const driver = neo4j.driver(options.neo4jUri);
  let ours;
  let peer;
  try {
    ours = await startServer({ port: 0, dataDir: options.dataDir, neo4j: { uri: options.neo4jUri } });
    await ours.store.ping();
    peer = await startPeerServer(driver, peerTypeDefs(dataset));
    log(`  peer: @neo4j/graphql schema built in ${(peer.schemaMs / 1000).toFixed(1)} s`);
  } catch (error) {
    await ours?.close();
    await driver.close();
    return { size, schemaMs: null, ops: [], error: (error as Error).message.split('\n')[0] };
  }
  const ops: PeerOpResult[] = [];
  try {
    for (const name of PEER_OP_NAMES) {
      const op = operations[name];
      const result: PeerOpResult = { op: name, label: op.label, inputs: op.inputs, ours: null, peer: null, ratio: null, oursResponseBytes: null, peerResponseBytes: null };
      ops.push(result);
      const oursClient = httpOnce(ours.url);
      const peerClient = httpOnce(peer.url);
      try {
        const bodies = Array.from({ length: op.inputs }, (_, i) => {
          const variables = op.variables(i);
          return { ours: JSON.stringify({ query: op.ours, variables: variables.ours }), peer: JSON.stringify({ query: op.peer, variables: variables.peer }) };
        });
        const oursBytes: number[] = [];
        const peerBytes: number[] = [];
        for (const body of bodies) {
          oursBytes.push(await postChecked(ours.url, body.ours, 'ours'));
          peerBytes.push(await postChecked(peer.url, body.peer, 'peer'));
        }
        result.oursResponseBytes = mean(oursBytes);
        result.peerResponseBytes = mean(peerBytes);
        const runners = {
          ours: (i: number) => oursClient.post((bodies[i] as { ours: string }).ours),
          peer: (i: number) => peerClient.post((bodies[i] as { peer: string }).peer),
        };
        const timed = summarizePhases([await sampleInterleaved(bodies.length, settings.timing, runners)]);
        result.ours = timed.ours ?? null;
        result.peer = timed.peer ?? null;
        result.ratio = result.ours && result.peer ? result.ours.p50 / result.peer.p50 : null;
        log(`  ${size} peer ${name}: ours p50 ${result.ours?.p50.toFixed(2)} ms p99 ${result.ours?.p99.toFixed(2)} ms, @neo4j/graphql p50 ${result.peer?.p50.toFixed(2)} ms p99 ${result.peer?.p99.toFixed(2)} ms, ours/peer ${result.ratio?.toFixed(2)}x`);
      } catch (error) {
        result.error = (error as Error).message.split('\n')[0];
        log(`  ${size} peer ${name}: FAILED ${result.error}`);
      } finally {
        oursClient.close();
        peerClient.close();
      }
    }
  } finally {
    await peer.close();
    await ours.close();
    await driver.close();
  }
  return { size, schemaMs: peer.schemaMs, ops };
}
