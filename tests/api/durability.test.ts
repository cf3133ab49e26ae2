import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_FIXTURE } from '../contract/storeContract';
import { postGraphQL } from './graphqlClient';
import { startServerProcess } from './serverProcess';

// kill -9 in the middle of a burst of writes loses no acknowledged change. The writes come from
// tests/api/changeWriter.ts (the embedded store's own commit, in a process of its own, on the
// same STATE_DIR); the graph after the crash is read from the real server (server/main.ts)
// started on that STATE_DIR, and the log straight from its SQLite file.

const REPO = join(import.meta.dirname, '../..');

interface Ack {
  change: string;
  entity: string;
  version: number;
  name: string;
}

/** Runs the writer until it has acknowledged `count` changes, then kills it with SIGKILL mid-burst. */
async function writeAndKill(stateDir: string, count: number): Promise<Ack[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/api/changeWriter.ts'], {
    cwd: REPO,
    env: { ...process.env, DATA_DIR: TINY_FIXTURE, STATE_DIR: stateDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acks: Ack[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^ACK (change:\d+) (\S+) (\d+) (.+)$/.exec(line);
    if (!match) return;
    acks.push({ change: match[1] as string, entity: match[2] as string, version: Number(match[3]), name: match[4] as string });
    if (acks.length === count) child.kill('SIGKILL');
  });
  const signal = await exited;
  if (signal !== 'SIGKILL') throw new Error(`the writer ended by itself (${signal}):\n${stderr}`);
  return acks;
}

interface LogRow {
  seq: number;
  status: string;
  records: string;
}

describe('durability of the embedded change log', () => {
  let stateDir: string;
  let acks: Ack[];

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'inquiry-graph-durability-'));
    acks = await writeAndKill(stateDir, 60);
  }, 60_000);
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it('keeps every acknowledged change after kill -9, and the log agrees with itself', () => {
    const database = new Database(join(stateDir, 'state.db'), { readonly: true });
    try {
      const rows = database.prepare<[], LogRow>('SELECT seq, status, records FROM changes ORDER BY seq').all();
      // Every acknowledged change is there; at most the one commit in flight at the kill may follow.
      expect(rows.slice(0, acks.length).map((row) => `change:${row.seq}`)).toEqual(acks.map((ack) => ack.change));
      expect(rows.length - acks.length).toBeGreaterThanOrEqual(0);
      expect(rows.length - acks.length).toBeLessThanOrEqual(1);
      expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
      expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['APPLIED']));
      // Each record's change names the version the one before it made: no change lost in between.
      const versions = new Map<string, number>();
      for (const row of rows) {
        for (const record of JSON.parse(row.records) as { id: string; before: { version: number }; after: { version: number } }[]) {
          expect(record.before.version).toBe(versions.get(record.id) ?? 1);
          expect(record.after.version).toBe(record.before.version + 1);
          versions.set(record.id, record.after.version);
        }
      }
      const touched = database.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM change_records').get();
      expect(touched?.n).toBe(rows.length);
    } finally {
      database.close();
    }
  });

  it('serves every acknowledged change from the restarted server', async () => {
    const server = await startServerProcess({ DATA_DIR: TINY_FIXTURE, STATE_DIR: stateDir });
    try {
      const answer = await postGraphQL<{ entities: { edges: { node: { id: string; name: string; version: number } }[] } }>(
        server.url,
        '{ entities(first: 100) { edges { node { id name version } } } }',
      );
      expect(answer.body.errors).toBeUndefined();
      const served = new Map(answer.body.data?.entities.edges.map(({ node }) => [node.id, node]));
      const lastAck = new Map(acks.map((ack) => [ack.entity, ack]));
      expect(lastAck.size).toBeGreaterThan(1);
      const ahead: string[] = [];
      for (const ack of lastAck.values()) {
        const entity = served.get(ack.entity);
        // The acknowledged version, or the next one when the unacknowledged commit in flight landed too.
        if (entity?.version === ack.version) expect(entity.name).toBe(ack.name);
        else {
          expect(entity?.version).toBe(ack.version + 1);
          ahead.push(ack.entity);
        }
      }
      expect(ahead.length).toBeLessThanOrEqual(1);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 60_000);
});
