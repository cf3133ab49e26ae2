import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountStore } from '../../server/auth';
import { openStateDatabase } from '../../server/state';
import { TINY_FIXTURE } from '../contract/storeContract';
import { postGraphQL } from './graphqlClient';
import { startServerProcess, type ServerProcess } from './serverProcess';

// kill -9 of the real server (server/main.ts on the embedded store) in the middle of a burst of
// edits over HTTP loses no acknowledged change: after a restart on the same STATE_DIR every
// acknowledged edit is served, and the change log chains every record's versions without a gap.

/** Entities edited side by side, one lane each, so several edits are in flight at the kill. */
const LANES = ['person:a-smith', 'person:b-jones', 'person:c-patel', 'agency:northtown-police'];
const ACKS_BEFORE_KILL = 40;

interface Ack {
  change: string;
  entity: string;
  version: number;
  summary: string;
}

const UPDATE = `mutation($id: ID!, $version: Int!, $summary: String!) {
  updateEntity(id: $id, version: $version, set: { summary: $summary }, reason: "Durability burst.") {
    change { id status } entity { id version summary }
  }
}`;

interface UpdateAnswer {
  updateEntity: { change: { id: string; status: string }; entity: { id: string; version: number; summary: string } };
}

/** Edits `id` again and again until the server stops answering; every answered edit is an acknowledgement. */
async function lane(server: ServerProcess, token: string, id: string, acks: Ack[], killed: () => boolean): Promise<void> {
  let version = 1;
  for (let index = 0; !killed(); index++) {
    const summary = `Edit ${index} of ${id}, made in the durability burst.`;
    let answer;
    try {
      answer = await postGraphQL<UpdateAnswer>(server.url, UPDATE, { id, version, summary }, { authorization: `Bearer ${token}` });
    } catch {
      return; // the connection died with the server: not acknowledged
    }
    const result = answer.body.data?.updateEntity;
    if (!result || answer.body.errors) throw new Error(`edit refused: ${JSON.stringify(answer.body.errors)}`);
    expect(result.change.status).toBe('APPLIED');
    acks.push({ change: result.change.id, entity: id, version: result.entity.version, summary });
    version = result.entity.version;
    if (acks.length === ACKS_BEFORE_KILL) server.child.kill('SIGKILL');
  }
}

describe('durability of edits on the embedded store', () => {
  let stateDir: string;
  let token: string;
  const acks: Ack[] = [];

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'inquiry-graph-durability-'));
    const database = openStateDatabase(stateDir);
    try {
      const accounts = new AccountStore(database);
      await accounts.addAccount('durable-editor', 'EDITOR', 'a long passphrase for the durability test');
      token = accounts.createToken('durable-editor', 'durability').token;
    } finally {
      database.close();
    }
    const server = await startServerProcess({ DATA_DIR: TINY_FIXTURE, STATE_DIR: stateDir });
    let killed = false;
    const exited = server.exited.then((exit) => {
      killed = true;
      return exit;
    });
    await Promise.all(LANES.map((id) => lane(server, token, id, acks, () => killed)));
    expect((await exited).signal).toBe('SIGKILL');
  }, 120_000);
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it('serves every acknowledged edit after kill -9 and a restart', async () => {
    expect(acks.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
    const server = await startServerProcess({ DATA_DIR: TINY_FIXTURE, STATE_DIR: stateDir });
    try {
      const answer = await postGraphQL<{ entities: { edges: { node: { id: string; summary: string; version: number } }[] } }>(
        server.url,
        '{ entities(first: 100) { edges { node { id summary version } } } }',
      );
      expect(answer.body.errors).toBeUndefined();
      const served = new Map(answer.body.data?.entities.edges.map(({ node }) => [node.id, node]));
      for (const id of LANES) {
        const last = acks.filter((ack) => ack.entity === id).at(-1);
        const entity = served.get(id);
        if (!last) {
          expect(entity?.version).toBeLessThanOrEqual(2);
          continue;
        }
        // The acknowledged edit, or the one after it when the edit in flight at the kill was recorded too.
        if (entity?.version === last.version) expect(entity.summary).toBe(last.summary);
        else expect(entity?.version).toBe(last.version + 1);
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 60_000);

  it('keeps a change log that agrees with itself: every acknowledged change, versions chained without a gap', () => {
    const database = new Database(join(stateDir, 'state.db'), { readonly: true });
    try {
      const rows = database.prepare<[], { seq: number; status: string; records: string }>('SELECT seq, status, records FROM changes ORDER BY seq').all();
      const recorded = new Set(rows.map((row) => `change:${row.seq}`));
      for (const ack of acks) expect(recorded.has(ack.change)).toBe(true);
      // At most one edit per lane was in flight when the server died.
      expect(rows.length - acks.length).toBeGreaterThanOrEqual(0);
      expect(rows.length - acks.length).toBeLessThanOrEqual(LANES.length);
      expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['APPLIED']));
      const versions = new Map<string, number>();
      for (const row of rows) {
        for (const record of JSON.parse(row.records) as { id: string; before: { version: number }; after: { version: number } }[]) {
          expect(record.before.version).toBe(versions.get(record.id) ?? 1);
          expect(record.after.version).toBe(record.before.version + 1);
          versions.set(record.id, record.after.version);
        }
      }
      expect(database.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM change_records').get()?.n).toBe(rows.length);
    } finally {
      database.close();
    }
  });
});
