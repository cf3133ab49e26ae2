import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AccountStore } from '../server/auth';
import { DEFAULT_DATASET_DIR } from '../server/dataset';
import { startServer } from '../server/startServer';
import { openStateDatabase } from '../server/state';
import type { SyntheticSize } from './config';
import { ensureDataset } from './generate';
import { summarize } from './stats';

// `npx tsx bench/httpEdit.ts [--data 100k] [--edits 300]`: the "edit" target, an
// entity update with a new claim over HTTP (bearer token, validation, durable commit, index
// updates), one at a time, each on another entity; p50/p99 of the round trip, in milliseconds.

const EDIT = `mutation($id: ID!, $version: Int!, $claim: ClaimInput!) {
  updateEntity(id: $id, version: $version, set: { summary: "Summary corrected by a benchmark edit." }, claims: [$claim], reason: "Benchmark edit.") {
    change { id } entity { version }
  }
}`;
const WARM_UP = 20;

const { values } = parseArgs({ options: { data: { type: 'string' }, edits: { type: 'string', default: '300' } } });
const dataDir = values.data ? ensureDataset(values.data as SyntheticSize).dir : DEFAULT_DATASET_DIR;
const edits = Number(values.edits);
const stateDir = mkdtempSync(join(tmpdir(), 'bench-edit-'));
const database = openStateDatabase(stateDir);
await new AccountStore(database).addAccount('bench', 'EDITOR', 'a benchmark passphrase');
const { token } = new AccountStore(database).createToken('bench', 'bench');
database.close();

const server = await startServer({ port: 0, dataDir, stateDir });
try {
  const [source] = await server.store.sources();
  const { items } = await server.store.listEntities({ first: Math.min(500, WARM_UP + edits) });
  const call = async (index: number): Promise<number> => {
    const entity = items[index % items.length]!;
    const [current] = await server.store.entitiesByIds([entity.id]);
    const claim = { source: source!.id, locator: `¶${1 + (index % 300)}`, note: `Benchmark edit ${index}, in our own words.` };
    const started = performance.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: EDIT, variables: { id: entity.id, version: current!.version, claim } }),
    });
    const body = (await response.json()) as { errors?: unknown };
    const elapsed = performance.now() - started;
    if (body.errors) throw new Error(`edit ${index} failed: ${JSON.stringify(body.errors)}`);
    return elapsed;
  };
  for (let index = 0; index < WARM_UP; index++) await call(index);
  const samples: number[] = [];
  for (let index = WARM_UP; index < WARM_UP + edits; index++) samples.push(await call(index));
  const latency = summarize(samples);
  const round = (value: number) => Math.round(value * 10) / 10;
  console.log(JSON.stringify({ data: dataDir, store: server.store.name, edits: latency.count, p50: round(latency.p50), p99: round(latency.p99), max: round(latency.max) }));
} finally {
  await server.close();
  rmSync(stateDir, { recursive: true, force: true });
}
