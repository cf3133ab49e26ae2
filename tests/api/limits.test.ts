import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';
import { postGraphQL } from './graphqlClient';

// Every protection the API promises (README), asserted by its error code, over a real port.

describe('request limits and protections', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: join(import.meta.dirname, '../fixtures/tiny') });
  });
  afterAll(() => server?.close());

  const codeOf = async (query: string, variables?: Record<string, unknown>) => {
    const { body } = await postGraphQL(server.url, query, variables);
    return { code: body.errors?.[0]?.extensions?.code, argument: body.errors?.[0]?.extensions?.argument, errors: body.errors };
  };

  it.each([
    ['entities(first: 501)', '{ entities(first: 501) { totalCount } }', 'first'],
    ['depth 4', '{ neighborhood(id: "x", depth: 4) { truncated } }', 'depth'],
    ['limit 0', '{ neighborhood(id: "x", limit: 0) { truncated } }', 'limit'],
    ['maxHops 7', '{ paths(from: "a", to: "b", maxHops: 7) { length } }', 'maxHops'],
    ['a bad asOf', '{ neighborhood(id: "x", asOf: "2014-02-30") { truncated } }', 'asOf'],
    ['to before from', '{ timeline(from: "2010", to: "2005") { title } }', 'to'],
    ['an empty search', '{ search(text: "   ") { score } }', 'text'],
    ['a foreign cursor', '{ entities(after: "bm9wZQ") { totalCount } }', 'after'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, query, argument) => {
    expect(await codeOf(query)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('refuses an 80 KB date at once, naming the argument and the limit, while another request is answered', async () => {
    // A set of 16,000 years: the EDTF parser took 8-16 s and gigabytes over one like it.
    const long = `{${Array.from({ length: 16_000 }, () => '2001').join(',')}}`;
    const [refused, meanwhile] = await Promise.all([
      postGraphQL(server.url, 'query($d: String!) { knowledge(asOf: $d) { certainty } }', { d: long }),
      postGraphQL<{ stats: { entities: number } }>(server.url, '{ stats { entities } }'),
    ]);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(refused.body.errors?.[0]?.message).toBe(`"asOf" has ${long.length} characters; at most 64`);
    expect(meanwhile.body.data?.stats.entities).toBeGreaterThan(0);
  });

  it.each([
    ['a date written inline', `{ timeline(from: "${'2'.repeat(65)}") { title } }`, 'from', 64],
    ['a search text', `{ search(text: "${'a '.repeat(101)}") { score } }`, 'text', 200],
    ['an id', `{ entity(id: "${'x'.repeat(201)}") { id } }`, 'id', 200],
    ['an id inside a fragment', `fragment F on Query { paths(from: "a", to: "${'x'.repeat(201)}") { length } } { ...F }`, 'to', 200],
    ['a cursor', `{ entities(after: "${'x'.repeat(501)}") { totalCount } }`, 'after', 500],
  ])('refuses %s over its length limit with BAD_USER_INPUT naming the limit', async (_name, query, argument, limit) => {
    const { code, argument: named, errors } = await codeOf(query);
    expect({ code, named }).toEqual({ code: 'BAD_USER_INPUT', named: argument });
    expect(errors?.[0]?.message).toMatch(new RegExp(`at most ${limit}$`));
  });

  it('quotes the dates the client sent when "to" is before "from"', async () => {
    const { errors } = await codeOf('{ timeline(from: "2010", to: "2005") { title } }');
    expect(errors?.[0]?.message).toBe('"to" ("2005") ends before "from" ("2010") begins');
  });

  it('refuses a subscription with 400 GRAPHQL_VALIDATION_FAILED: the schema has none', async () => {
    const { status, body } = await postGraphQL(server.url, 'subscription { x }');
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({ message: 'This API has no subscription operations.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('bounds the strings and lists inside a change\'s input, naming where they are', async () => {
    const claim = { source: 'src-a', locator: '¶1', note: 'n'.repeat(4_001) };
    const input = { kind: 'PERSON', name: 'A', summary: 's', claims: [claim] };
    const mutation = 'mutation($input: NewEntityInput!) { createEntity(input: $input, reason: "r") { change { id } } }';
    expect(await codeOf(mutation, { input })).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.claims.0.note' });
    const many = { ...input, claims: Array.from({ length: 51 }, () => ({ ...claim, note: 'n' })) };
    const { code, argument, errors } = await codeOf(mutation, { input: many });
    expect({ code, argument }).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.claims' });
    expect(errors?.[0]?.message).toBe('"input.claims" takes at most 50 items; got 51');
    const reason = await codeOf('mutation($r: String!) { retractRelation(id: "rel:x", version: 1, reason: $r) { change { id } } }', { r: 'r'.repeat(2_001) });
    expect(reason).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'reason' });
  });

  it('counts each mutation in the cost limit', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `m${i}: retractRelation(id: "rel:x", version: 1, reason: "r") { change { id } }`);
    expect((await codeOf(`mutation { ${fields.join(' ')} }`)).code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an expensive query with QUERY_TOO_COMPLEX before running it', async () => {
    const query = '{ entities(first: 500) { edges { node { relations(first: 500) { to { relations(first: 100) { id } } } } } } }';
    expect((await codeOf(query)).code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses too many aliases with QUERY_TOO_COMPLEX', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`;
    expect((await codeOf(query)).code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a huge document at the parser (token limit)', async () => {
    const query = `{ ${'stats { entities } '.repeat(600)} }`;
    const { errors } = await codeOf(query);
    expect(errors?.[0]?.message).toMatch(/token/i);
  });

  it('counts depth through fragments', async () => {
    // entity > relations > to > relations > to > relations > to > relations > to > id: 10 levels.
    const query = `fragment R on Relation { to { relations(first: 2) { to { relations(first: 2) { to { relations(first: 2) { to { id } } } } } } } }
      { entity(id: "x") { relations(first: 2) { ...R } } }`;
    expect((await codeOf(query)).code).toBe('QUERY_TOO_DEEP');
  });

  it('keeps Apollo CSRF protection: a plain GET without a preflight header is refused', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { entities } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ stats { entities } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(allowed.status).toBe(200);
    expect(((await allowed.json()) as { data: { stats: { entities: number } } }).data.stats.entities).toBeGreaterThan(0);
  });

  it('answers an unreadable body with a JSON error and no stack trace', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('keeps introspection on: the schema is public', async () => {
    const { body } = await postGraphQL<{ __type: { enumValues: { name: string }[] } }>(server.url, '{ __type(name: "RelationType") { enumValues { name } } }');
    expect(body.data?.__type.enumValues.map((value) => value.name)).toContain('WARNED');
  });
});
