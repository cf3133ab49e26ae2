import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDataset } from '../../bench/generate';
import { startServer, type RunningServer } from '../../server/startServer';
import { postGraphQL } from './graphqlClient';

// The cost estimate counts lists with no size argument as the store holds them. On the
// generated 1k set (about 400 disputes, 20 sources) thirty aliases of `disputes { claims }` once
// counted as 30 x 10 disputes and ran for seconds; now they are refused before they run.

/** Objects in an answer: what the cost estimate counts (the root `data` object aside). */
function countObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countObjects(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Object.values(value).reduce((sum: number, item) => sum + countObjects(item), 0);
}

describe('query cost on the 1k data set', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: ensureDataset('1k').dir });
  }, 60_000);
  afterAll(() => server?.close());

  const disputesWithClaims = 'disputes { field claims { locator source { id } } }';

  it('refuses thirty aliases of disputes with their claims with QUERY_TOO_COMPLEX', async () => {
    const stats = await postGraphQL<{ stats: { disputes: number } }>(server.url, '{ stats { disputes } }');
    const disputes = stats.body.data?.stats.disputes ?? 0;
    expect(disputes).toBeGreaterThan(300);
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `d${i}: ${disputesWithClaims}`).join(' ')} }`;
    const { status, body } = await postGraphQL(server.url, query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 30 * disputes * (1 + 10 * 2) });
  });

  it.each([
    ['disputes with their claims', `{ ${disputesWithClaims} }`, 396 * 21],
    ['sources', '{ sources { id published { edtf } } }', 20 * 2],
    ['knowledge', '{ knowledge(asOf: "2100", certainty: POSSIBLE, first: 500) { actor { id } via { id } } }', 500 * 3],
    ['a neighbourhood', '{ neighborhood(id: "agency:a000001", depth: 2, limit: 300) { nodes { id } edges { id } } }', 1 + 300 + 300 * 20],
  ])('answers %s alone, and the estimate is not below what it returns', async (_name, query, estimate) => {
    const { body } = await postGraphQL(server.url, query);
    expect(body.errors).toBeUndefined();
    const fetched = countObjects(Object.values(body.data ?? {}));
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThanOrEqual(estimate);
  });
});
