import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';
import { postGraphQL } from './graphqlClient';

// The checks of paths' exclusions at the API (the store contract covers what they exclude).

const FIXTURE = join(import.meta.dirname, '../fixtures/tiny');
const QUERY = `query($excludeEntities: [ID!], $excludeTypes: [RelationType!]) {
  paths(from: "person:c-patel", to: "person:b-jones", maxHops: 4, limit: 10, excludeEntities: $excludeEntities, excludeTypes: $excludeTypes) {
    nodes { id }
  }
}`;

type PathsAnswer = { paths: { nodes: { id: string }[] }[] };

describe('paths exclusions over HTTP', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: FIXTURE });
  });
  afterAll(() => server?.close());

  const ask = (variables: Record<string, unknown>) => postGraphQL<PathsAnswer>(server.url, QUERY, variables);

  it('finds paths around an excluded hub and without an excluded type', async () => {
    const { body } = await ask({ excludeEntities: ['person:a-smith'], excludeTypes: ['HELD_ROLE'] });
    expect(body.errors).toBeUndefined();
    expect(body.data?.paths.map((path) => path.nodes.map((node) => node.id))).toEqual([['person:c-patel', 'event:meeting-2009', 'person:b-jones']]);
  });

  it('refuses an unknown entity by name', async () => {
    const { body } = await ask({ excludeEntities: ['person:a-smith', 'person:nobody'] });
    expect(body.data?.paths).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'excludeEntities' });
    expect(body.errors?.[0]?.message).toContain('"person:nobody"');
  });

  it('refuses an end of the path', async () => {
    const { body } = await ask({ excludeEntities: ['person:b-jones'] });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'excludeEntities' });
    expect(body.errors?.[0]?.message).toContain('end of the path');
  });

  it('refuses more than 20 entities, and an empty id', async () => {
    const many = Array.from({ length: 21 }, () => 'person:a-smith');
    const tooMany = await ask({ excludeEntities: many });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'excludeEntities' });
    expect(tooMany.body.errors?.[0]?.message).toContain('at most 20');
    const empty = await ask({ excludeEntities: [''] });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'excludeEntities.0' });
  });

  it('refuses a relation type outside the vocabulary, naming it', async () => {
    const { body } = await ask({ excludeTypes: ['KNOWS_OF'] });
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(body.errors?.[0]?.message).toContain('KNOWS_OF');
    expect(body.errors?.[0]?.message).toContain('RelationType');
  });
});
