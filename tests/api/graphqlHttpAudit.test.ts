import { join } from 'node:path';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';

// The graphql-http package's server audit: the GraphQL-over-HTTP spec's MUST requirements
// come back as `error` when broken, SHOULD/MAY ones as `warn` or `notice`.

describe('GraphQL over HTTP audit (graphql-http)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: join(import.meta.dirname, '../fixtures/tiny') });
  });
  afterAll(() => server?.close());

  it('passes every MUST requirement', async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const count = (status: string) => results.filter((result) => result.status === status).length;
    console.log(`graphql-http audit: ${count('ok')} ok, ${count('warn')} warn, ${count('notice')} notice, ${count('error')} error`);
    for (const result of results) {
      if (result.status === 'warn' || result.status === 'error') console.log(`  ${result.status}: ${result.name}: ${result.reason}`);
    }
    const errors = results.flatMap((result) => (result.status === 'error' ? [`${result.name}: ${result.reason}`] : []));
    expect(errors).toEqual([]);
  });
});
