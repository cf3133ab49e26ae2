import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';
import { postGraphQL } from './graphqlClient';

// Every list a client may need more of than one page has a cursor: walking the pages gives the
// same items, in the same order, as one big page.

const FIXTURE = join(import.meta.dirname, '../fixtures/tiny');

describe('pages and cursors (embedded store, real port)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: FIXTURE });
  });
  afterAll(() => server?.close());

  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await postGraphQL<T>(server.url, query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  /** Walks a list two items at a time until a short page. */
  async function walk(next: (after: string | null) => Promise<{ key: string; cursor: string }[]>): Promise<string[]> {
    const keys: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const items = await next(after);
      keys.push(...items.map((item) => item.key));
      if (items.length < 2) return keys;
      after = items[items.length - 1]!.cursor;
    }
    throw new Error('more than 50 pages');
  }

  it('pages through search hits', async () => {
    type Hits = { search: { cursor: string; entity: { id: string } }[] };
    const query = 'query($after: String, $first: Int!) { search(text: "northtown", first: $first, after: $after) { cursor entity { id } } }';
    const all = (await data<Hits>(query, { first: 500, after: null })).search.map((hit) => hit.entity.id);
    expect(all.length).toBeGreaterThan(2);
    const paged = await walk(async (after) => (await data<Hits>(query, { first: 2, after })).search.map((hit) => ({ key: hit.entity.id, cursor: hit.cursor })));
    expect(paged).toEqual(all);
  });

  it('pages through the timeline', async () => {
    type Items = { timeline: { cursor: string; entity: { id: string } | null; relation: { id: string } | null }[] };
    const query = 'query($after: String, $first: Int!) { timeline(first: $first, after: $after) { cursor entity { id } relation { id } } }';
    const key = (item: Items['timeline'][number]) => (item.entity ?? item.relation)!.id;
    const all = (await data<Items>(query, { first: 500, after: null })).timeline.map(key);
    const paged = await walk(async (after) => (await data<Items>(query, { first: 2, after })).timeline.map((item) => ({ key: key(item), cursor: item.cursor })));
    expect(paged).toEqual(all);
  });

  it('pages through an entity\'s relations after the id of the last one', async () => {
    type Relations = { entity: { relations: { id: string }[] } };
    const query = 'query($after: ID, $first: Int!) { entity(id: "person:a-smith") { relations(first: $first, after: $after) { id } } }';
    const all = (await data<Relations>(query, { first: 500, after: null })).entity.relations.map((relation) => relation.id);
    expect(all.length).toBeGreaterThan(2);
    const paged = await walk(async (after) => (await data<Relations>(query, { first: 2, after })).entity.relations.map((relation) => ({ key: relation.id, cursor: relation.id })));
    expect(paged).toEqual(all);
  });

  it('gives entity pages hasPreviousPage and startCursor', async () => {
    type Page = { entities: { edges: { cursor: string }[]; pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null } } };
    const query = 'query($after: String) { entities(first: 2, after: $after) { edges { cursor } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }';
    const first = (await data<Page>(query, { after: null })).entities;
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true, startCursor: first.edges[0]!.cursor, endCursor: first.edges[1]!.cursor });
    const second = (await data<Page>(query, { after: first.pageInfo.endCursor })).entities;
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0]!.cursor });
  });

  it.each([
    ['a timeline cursor given to search', 'query($after: String) { search(text: "northtown", after: $after) { score } }', Buffer.from('timeline:["2"]').toString('base64url')],
    ['a cursor past 10,000 items', 'query($after: String) { timeline(after: $after) { title } }', Buffer.from('timeline:["10001"]').toString('base64url')],
    ['a relation id of another entity', 'query($after: ID) { entity(id: "person:a-smith") { relations(after: $after) { id } } }', 'rel:novak-authored-audit'],
  ])('refuses %s with BAD_USER_INPUT on "after"', async (_name, query, after) => {
    const { body } = await postGraphQL(server.url, query, { after });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('gives every claim a stable id', async () => {
    type Claims = { entity: { claims: { id: string }[] } };
    const query = '{ entity(id: "report:risk-2003") { claims { id } } }';
    const [one, two] = [await data<Claims>(query), await data<Claims>(query)];
    expect(one.entity.claims[0]?.id).toMatch(/^claim:/);
    expect(two).toEqual(one);
  });
});
