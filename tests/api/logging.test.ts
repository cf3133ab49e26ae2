import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDataset } from '../../bench/generate';
import { loadDataset } from '../../server/dataset';
import { startServer, type RunningServer } from '../../server/startServer';
import { createEmbeddedStore } from '../../server/store/embedded';
import { postGraphQL } from './graphqlClient';

// What an operator needs from the log: every request under its real path, and every error
// that is ours (the store not answering, internal faults), which clients see only as a code.

interface LogLine {
  level: number;
  msg: string;
  path?: string;
  requestId?: string;
  err?: { message: string; type: string };
}

describe('request and error log', () => {
  let server: RunningServer;
  const lines: LogLine[] = [];
  let corrupt = '';

  beforeAll(async () => {
    const dataset = await loadDataset(ensureDataset('1k').dir);
    // A store whose walks have no time left, and whose data lost a source that claims cite.
    corrupt = dataset.entities[0]!.id;
    const cited = dataset.entities[0]!.claims[0]!.sourceId;
    const store = await createEmbeddedStore({ ...dataset, sources: dataset.sources.filter((source) => source.id !== cited) }, { deadlineMs: 0 });
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    server = await startServer({ port: 0, logger, store: { store, vocabulary: dataset.vocabulary, kinds: dataset.kinds } });
  }, 60_000);
  afterAll(() => server?.close());

  const linesOf = (requestId: string) => lines.filter((line) => line.requestId === requestId);

  it('logs a GraphQL request under /graphql, without its query string', async () => {
    await postGraphQL(server.url, '{ stats { entities } }', undefined, { 'x-request-id': 'log-path' });
    await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { entities } }')}`, { headers: { 'x-request-id': 'log-get', 'apollo-require-preflight': 'true' } });
    expect(linesOf('log-path').find((line) => line.msg === 'request')?.path).toBe('/graphql');
    expect(linesOf('log-get').find((line) => line.msg === 'request')?.path).toBe('/graphql');
  });

  it('logs STORE_UNAVAILABLE as a warning naming the cause', async () => {
    const { body } = await postGraphQL(server.url, '{ neighborhood(id: "agency:a000001", depth: 3) { truncated } }', undefined, { 'x-request-id': 'log-unavailable' });
    expect(body.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    const logged = linesOf('log-unavailable').find((line) => line.msg === 'store unavailable');
    expect(logged?.level).toBe(40);
    expect(logged?.err?.message).toMatch(/did not answer neighborhood/);
  });

  it('logs an internal error with its real message, which the client does not see', async () => {
    const { body } = await postGraphQL(server.url, 'query($id: ID!) { entity(id: $id) { claims { source { id } } } }', { id: corrupt }, { 'x-request-id': 'log-internal' });
    expect(body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const logged = linesOf('log-internal').find((line) => line.msg === 'internal error');
    expect(logged?.level).toBe(50);
    expect(logged?.err?.message).toMatch(/cites unknown source/);
  });

  it('does not log the client\'s own mistakes as errors', async () => {
    await postGraphQL(server.url, '{ entities(first: 501) { totalCount } }', undefined, { 'x-request-id': 'log-bad-input' });
    expect(linesOf('log-bad-input').map((line) => line.msg)).toEqual(['request']);
  });
});
