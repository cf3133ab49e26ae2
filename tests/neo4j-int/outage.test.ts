import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDataset } from '../../server/dataset';
import { loadDatasetIntoNeo4j } from '../../server/store/neo4j';
import { NOT_READY_REASON } from '../../server/http/health';
import { startServer, type RunningServer } from '../../server/startServer';
import { postGraphQL } from '../api/graphqlClient';
import { startNeo4j, type RunningNeo4j } from '../neo4j/neo4jServer';
import { describeWithNeo4j } from './neo4jTestSupport';

// Neo4j goes away mid-run and comes back: the API must say STORE_UNAVAILABLE (not hang, not
// crash), /ready must turn 503 (saying no more than that the store is unavailable; the driver's
// detail goes to the log), and both must recover on their own once the database is back. This
// test owns its own Neo4j, because it stops it.

const FIXTURE = join(import.meta.dirname, '../fixtures/tiny');

describeWithNeo4j('API when Neo4j stops mid-run and comes back', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'neo4j-outage-'));
  let neo4j: RunningNeo4j;
  let api: RunningServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    neo4j = await startNeo4j({ dataDir, keepDataDir: true });
    await loadDatasetIntoNeo4j({ uri: neo4j.uri }, await loadDataset(FIXTURE));
    const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
    api = await startServer({ port: 0, dataDir: FIXTURE, neo4j: { uri: neo4j.uri }, logger });
  });
  afterAll(async () => {
    await api?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const stats = () => postGraphQL<{ stats: { entities: number } }>(api.url, '{ stats { entities } }');

  it('answers, then reports the outage, then recovers with the data intact', async () => {
    const before = await stats();
    expect(before.body.data?.stats.entities).toBe(13);
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);

    const port = neo4j.port;
    await neo4j.stop();

    const during = await stats();
    expect(during.body.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(JSON.stringify(during.body)).not.toMatch(/bolt:|at .*\.ts:\d+/);
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', store: 'neo4j', reason: NOT_READY_REASON });
    const notReady = logLines.map((line) => JSON.parse(line) as { msg: string; detail?: string }).filter((line) => line.msg.startsWith('not ready'));
    expect(notReady.at(-1)?.detail).toMatch(/\S/);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);

    neo4j = await startNeo4j({ port, dataDir, keepDataDir: true });
    let after = await stats();
    for (let attempt = 0; attempt < 30 && !after.body.data; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      after = await stats();
    }
    expect(after.body.data?.stats.entities).toBe(13);
    // The restarted database has forgotten its plans: /ready answers once they are made again.
    expect((await fetch(`${api.url}/ready`)).status).toBe(200);
  }, 600_000);
});
