import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../server/dataset';
import { startServer, type RunningServer } from '../../server/startServer';
import { postGraphQL } from './graphqlClient';

const FIXTURE = join(import.meta.dirname, '../fixtures/tiny');

describe('API over HTTP (embedded store, real port)', () => {
  let server: RunningServer;
  let dataset: Dataset;

  beforeAll(async () => {
    dataset = await loadDataset(FIXTURE);
    server = await startServer({ port: 0, dataDir: FIXTURE });
  });
  afterAll(() => server?.close());

  it('answers stats with the data set counts', async () => {
    const { status, body } = await postGraphQL(server.url, '{ stats { entities relations sources disputes } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      stats: { entities: dataset.entities.length, relations: dataset.relations.length, sources: dataset.sources.length, disputes: dataset.disputes.length },
    });
  });

  it('returns an entity with its claims and their sources, and null for an unknown id', async () => {
    const subject = dataset.entities[0]!;
    const { body } = await postGraphQL<{ entity: { id: string; kind: string; name: string; claims: { locator: string; source: { id: string; title: string } }[] }; missing: null }>(
      server.url,
      'query($id: ID!) { entity(id: $id) { id kind name claims { locator source { id title } } } missing: entity(id: "person:nobody") { id } }',
      { id: subject.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.entity).toMatchObject({ id: subject.id, kind: subject.kind.toUpperCase(), name: subject.name });
    expect(body.data?.entity.claims.map((claim) => claim.locator)).toEqual(subject.claims.map((claim) => claim.locator));
    expect(body.data?.entity.claims[0]?.source.id).toBe(subject.claims[0]?.sourceId);
    expect(body.data?.missing).toBeNull();
  });

  it('finds an entity by name', async () => {
    const subject = dataset.entities.find((entity) => entity.kind === 'Person')!;
    const { body } = await postGraphQL<{ search: { entity: { id: string } }[] }>(server.url, 'query($text: String!) { search(text: $text) { entity { id } score } }', { text: subject.name });
    expect(body.data?.search[0]?.entity.id).toBe(subject.id);
  });

  it('refuses an out-of-range argument with BAD_USER_INPUT naming it', async () => {
    const { body } = await postGraphQL(server.url, '{ entities(first: 501) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses a bad date with BAD_USER_INPUT naming the argument', async () => {
    const { body } = await postGraphQL(server.url, '{ knowledge(asOf: "last tuesday") { certainty } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(body.errors?.[0]?.message).toContain('last tuesday');
  });

  it('refuses a query nested too deep with QUERY_TOO_DEEP', async () => {
    const nested = 'relations { to { relations { to { relations { to { relations { to { id } } } } } } } }';
    const { body } = await postGraphQL(server.url, `{ entity(id: "x") { ${nested} } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a relation type outside the vocabulary, without suggesting field names', async () => {
    const { status, body } = await postGraphQL(server.url, '{ neighborhood(id: "x", types: [WHISPERED]) { truncated } stat { entities } }');
    expect(status).toBe(400);
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.errors)).not.toMatch(/Did you mean/);
  });

  it('serves /health, /ready and the page', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'embedded' });
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');
  });

  it('sends security headers with the page, GraphiQL and the API', async () => {
    for (const path of ['/', '/graphiql/', '/graphql?query=%7B__typename%7D', '/health']) {
      const response = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('serves the page\'s bundle compressed to clients that accept it', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const script = /<script[^>]+src="([^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    // fetch() asks for and undoes compression itself; a raw request shows what went over the wire.
    const { request } = await import('node:http');
    const encoding = await new Promise<string | undefined>((resolve, reject) => {
      request(`${server.url}${script}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        response.resume();
        resolve(response.headers['content-encoding']);
      }).on('error', reject).end();
    });
    expect(encoding).toBe('gzip');
  });

  it('echoes a safe request id and makes one up otherwise', async () => {
    const given = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'x'.repeat(100) } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS allowlist', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: FIXTURE, corsOrigins: ['https://analyst.example'] });
  });
  afterAll(() => server?.close());

  it('lets an allowed origin call the API and gives others no CORS headers', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const allowed = await preflight('https://analyst.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
    const refused = await preflight('https://elsewhere.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});
