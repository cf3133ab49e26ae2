import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/startServer';
import { postGraphQL } from './graphqlClient';

// Who knew what when, as a GraphQL client asks it (the README's example query), over real HTTP.

const FIXTURE = join(import.meta.dirname, '../fixtures/tiny');

const KNOWLEDGE = `query($asOf: String!, $actor: ID, $channels: [KnowledgeChannel!], $first: Int, $after: String) {
  knowledge(asOf: $asOf, actor: $actor, certainty: POSSIBLE, channels: $channels, first: $first, after: $after) {
    actor { id name } channel certainty since { edtf }
    via { id type from { id } to { id } claims { source { id } locator note } }
    chain { id type from { id } to { id } }
    evidence { id date { edtf } }
    cursor
  }
}`;

interface Row {
  actor: { id: string };
  channel: string;
  certainty: string;
  since: { edtf: string };
  via: { id: string; claims: { source: { id: string }; locator: string }[] };
  chain: { id: string; from: { id: string }; to: { id: string } }[];
  evidence: { id: string }[];
  cursor: string;
}

describe('knowledge and raisedConcerns over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, dataDir: FIXTURE });
  });
  afterAll(() => server?.close());

  it('answers an institutional row with its chain, evidence and the claims of its via', async () => {
    const { body } = await postGraphQL<{ knowledge: Row[] }>(server.url, KNOWLEDGE, { asOf: '2004-01-01', actor: 'person:c-patel' });
    expect(body.errors).toBeUndefined();
    expect(body.data?.knowledge).toEqual([
      {
        actor: { id: 'person:c-patel', name: expect.any(String) },
        channel: 'INSTITUTIONAL',
        certainty: 'CERTAIN',
        since: { edtf: '2003-07' },
        via: {
          id: 'rel:risk-presented-to-police',
          type: 'PRESENTED_TO',
          from: { id: 'report:risk-2003' },
          to: { id: 'agency:northtown-police' },
          claims: [{ source: { id: 'src-a' }, locator: '¶9', note: expect.any(String) }],
        },
        chain: [{ id: 'rel:patel-held-role-police', type: 'HELD_ROLE', from: { id: 'person:c-patel' }, to: { id: 'agency:northtown-police' } }],
        evidence: [{ id: 'rel:risk-presented-to-police', date: { edtf: '2003-07' } }],
        cursor: expect.any(String),
      },
    ]);
  });

  it('pages through the whole answer with first and after', async () => {
    const all = await postGraphQL<{ knowledge: Row[] }>(server.url, KNOWLEDGE, { asOf: '2020' });
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { body } = await postGraphQL<{ knowledge: Row[] }>(server.url, KNOWLEDGE, { asOf: '2020', first: 2, after });
      const rows = body.data?.knowledge ?? [];
      if (rows.length === 0) break;
      seen.push(...rows.map((row) => `${row.actor.id} ${row.channel}`));
      after = rows.at(-1)?.cursor;
    }
    expect(seen).toEqual(all.body.data?.knowledge.map((row) => `${row.actor.id} ${row.channel}`));
    expect(seen.length).toBeGreaterThan(4);
  });

  it('lists who raised concerns, with since and to whom', async () => {
    const { body } = await postGraphQL<{ raisedConcerns: { actor: { id: string }; since: { edtf: string }; relations: { to: { id: string } }[] }[] }>(
      server.url,
      '{ raisedConcerns(asOf: "2003") { actor { id } since { edtf } relations { to { id } } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.raisedConcerns).toEqual([
      { actor: { id: 'person:zoe-bronte' }, since: { edtf: '../2008' }, relations: [{ to: { id: 'agency:northtown-council' } }, { to: { id: 'agency:northtown-police' } }] },
      { actor: { id: 'report:risk-2003' }, since: { edtf: '2003-07' }, relations: [{ to: { id: 'agency:northtown-police' } }] },
    ]);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming them', async () => {
    const refused = async (query: string, argument: string) => {
      const { body } = await postGraphQL(server.url, query);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    };
    await refused('{ knowledge(asOf: "2020", first: 501) { cursor } }', 'first');
    await refused('{ knowledge(asOf: "2020", after: "bm9wZQ") { cursor } }', 'after');
    await refused('{ knowledge(asOf: "2020", channels: [DIRECT, DIRECT, INSTITUTIONAL]) { cursor } }', 'channels');
    await refused('{ raisedConcerns(asOf: "whenever") { cursor } }', 'asOf');
    await refused('{ knowledge(asOf: "2020") { evidence(first: 0) { id } } }', 'first');
  });
});
