import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OPERATIONS } from '../../client/src/api/operations';
import { AccountStore } from '../../server/auth';
import { loadDataset } from '../../server/dataset';
import { loadDatasetIntoNeo4j } from '../../server/store/neo4j';
import { startServer, type RunningServer } from '../../server/startServer';
import { openStateDatabase } from '../../server/state';
import { postGraphQL } from '../api/graphqlClient';
import { waitUntilReady } from '../api/waitUntilReady';
import { TINY_FIXTURE } from '../contract/storeContract';
import { startNeo4j, type RunningNeo4j } from '../neo4j/neo4jServer';
import { describeWithNeo4j } from './neo4jTestSupport';

// Right after Neo4j starts it has planned none of our statements, and planning one can take
// longer than a query's deadline. Once /ready answers 200, the first call of every operation
// must succeed all the same. This test owns its Neo4j: loaded, then restarted, so that the
// server meets a database that has planned nothing of ours.

const SCHEMA = buildSchema(readFileSync(join(import.meta.dirname, '../../server/graphql/generated/schema.graphql'), 'utf8'));

/** Variables for each operation the page sends (tiny fixture ids). */
const PAGE_VARIABLES: Record<keyof typeof OPERATIONS, Record<string, unknown>> = {
  GRAPH_OVERVIEW: {},
  GRAPH_PAGE: { first: 50, relationsPerEntity: 20 },
  ENTITY_DETAIL: { id: 'person:a-smith' },
  SEARCH: { text: 'Northtown', first: 10 },
  NEIGHBORHOOD: { id: 'person:a-smith', depth: 2, limit: 200 },
  PATHS: { from: 'person:c-patel', to: 'person:b-jones', maxHops: 4, limit: 3 },
  TIMELINE: { first: 200 },
  KNOWLEDGE: { asOf: '2010-01-01' },
  RAISED_CONCERNS: { asOf: '2010-01-01' },
  ALL_CLAIMS: { first: 50, relationsPerEntity: 20 },
  ENTITY_OUT_RELATIONS: { id: 'person:a-smith', first: 20 },
  ENTITY_OUT_RELATION_CLAIMS: { id: 'person:a-smith', first: 20 },
  ENTITY_CLAIM_COUNT: { id: 'person:a-smith' },
};

/** The rest of the API: every root field, each argument that chooses a different statement. */
const OTHER_CALLS: [string, string][] = [
  ['stats', '{ stats { entities relations sources claims disputes } }'],
  ['vocabulary', '{ vocabulary { type label } }'],
  ['kinds', '{ kinds { kind label plural shape colour actor } }'],
  ['dataset', '{ dataset { title description period { edtf earliest latest } } }'],
  ['sources', '{ sources { id title claimCount } }'],
  ['source', '{ source(id: "src-a") { id title } }'],
  ['disputes', '{ disputes { field entity { id } relation { id } claims { locator } } }'],
  ['entity', '{ entity(id: "person:zoe-bronte") { id name degree relations(first: 5) { id to { name } } } }'],
  ['entities of a kind', '{ entities(first: 5, kind: PERSON) { totalCount edges { node { id } } pageInfo { endCursor } } }'],
  ['knowledge of an actor', '{ knowledge(actor: "person:a-smith", asOf: "2012", certainty: CERTAIN) { actor { id } } }'],
  ['knowledge by channel', '{ knowledge(asOf: "2012", channels: [INSTITUTIONAL], first: 1) { cursor chain { id } evidence { id } } }'],
  ['raised concerns', '{ raisedConcerns(asOf: "2012", first: 2) { cursor actor { id } since { edtf } relations { id } } }'],
  ['raised concerns of an actor', '{ raisedConcerns(actor: "person:zoe-bronte", asOf: "2012") { actor { id } } }'],
  ['timeline window', '{ timeline(from: "2003", to: "2010", first: 20) { title } }'],
  ['timeline of an entity', '{ timeline(entity: "report:risk-2003", first: 20) { title } }'],
  ['search of a kind', '{ search(text: "smith", kinds: [PERSON], first: 5) { score entity { id } } }'],
  ...[1, 2, 3].map((depth): [string, string] => [`neighbourhood depth ${depth} as of`, `{ neighborhood(id: "person:c-patel", depth: ${depth}, asOf: "2009") { truncated nodes { id } } }`]),
  ['neighbourhood of types', '{ neighborhood(id: "person:c-patel", depth: 2, types: [WARNED, HELD_ROLE]) { nodes { id } } }'],
  ...[1, 2, 3, 4, 5, 6].map((maxHops): [string, string] => [`paths of ${maxHops} hops`, `{ paths(from: "person:c-patel", to: "person:b-jones", maxHops: ${maxHops}, limit: 5) { length } }`]),
  ['paths of types', '{ paths(from: "person:c-patel", to: "person:b-jones", types: [WARNED, HELD_ROLE]) { length } }'],
  ['me', '{ me { name role } }'],
  ['accounts', '{ accounts { name role } }'],
  ['parseDate', '{ parseDate(edtf: "2009-23") { earliest latest } }'],
  ['changes', '{ changes(first: 5) { items { id records { kind id } } pageInfo { hasNextPage } } }'],
  ['changes filtered', '{ changes(first: 5, status: PENDING, author: "first-calls", since: "2020-01-01") { items { id } } }'],
  ['history', '{ history(id: "person:a-smith", first: 5) { items { id operation records { fields { field } } } } }'],
  ['change', '{ change(id: "change:1") { id } }'],
  ['searchDocuments', '{ searchDocuments(text: "zoe bronte", first: 5) { source { id } paragraph { number text } marks { start end } } }'],
  ['source document', '{ source(id: "src-a") { document { paragraphCount paragraphs(first: 3) { items { number } } citations { field claim { locator } } } } }'],
  ['claim passage', '{ entity(id: "person:zoe-bronte") { claims { passage { from to paragraphs { number text } } } } }'],
];

/** The Query fields a document selects at its root. */
function rootFields(document: string): string[] {
  return parse(document)
    .definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')
    .flatMap((operation) => operation.selectionSet.selections.flatMap((selection) => (selection.kind === 'Field' ? [selection.name.value] : [])));
}

describeWithNeo4j('first calls on a freshly started Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'neo4j-first-calls-'));
  const stateDir = mkdtempSync(join(tmpdir(), 'neo4j-first-calls-state-'));
  let neo4j: RunningNeo4j;
  let api: RunningServer;
  /** An admin's bearer token: `accounts` answers admins only, and every call is made as one. */
  let asAdmin: Record<string, string>;

  beforeAll(async () => {
    neo4j = await startNeo4j({ dataDir, keepDataDir: true });
    await loadDatasetIntoNeo4j({ uri: neo4j.uri }, await loadDataset(TINY_FIXTURE));
    const { port } = neo4j;
    await neo4j.stop();
    neo4j = await startNeo4j({ port, dataDir, keepDataDir: true });
    const database = openStateDatabase(stateDir);
    const accounts = new AccountStore(database);
    await accounts.addAccount('first-calls', 'ADMIN', 'a first-calls passphrase');
    asAdmin = { authorization: `Bearer ${accounts.createToken('first-calls', 'test').token}` };
    database.close();
    api = await startServer({ port: 0, dataDir: TINY_FIXTURE, neo4j: { uri: neo4j.uri }, stateDir });
    // Planning every statement takes seconds on an idle machine, minutes on a saturated one.
    await waitUntilReady(api.url, 600_000);
  }, 900_000);
  afterAll(async () => {
    await api?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('calls every root field of the API below, each document valid', () => {
    const documents = [...Object.values(OPERATIONS), ...OTHER_CALLS.map(([, document]) => document)];
    for (const document of documents) expect(validate(SCHEMA, parse(document)).map((error) => error.message)).toEqual([]);
    const called = new Set(documents.flatMap(rootFields));
    expect([...called].sort()).toEqual(Object.keys(SCHEMA.getQueryType()?.getFields() ?? {}).sort());
  });

  it('answers the first call of every operation the page sends', async () => {
    for (const [name, document] of Object.entries(OPERATIONS)) {
      const { status, body } = await postGraphQL(api.url, document, PAGE_VARIABLES[name as keyof typeof OPERATIONS], asAdmin);
      expect({ name, status, errors: body.errors ?? [] }).toEqual({ name, status: 200, errors: [] });
    }
  });

  it('answers the first call of every other operation', async () => {
    for (const [name, document] of OTHER_CALLS) {
      const { status, body } = await postGraphQL(api.url, document, undefined, asAdmin);
      expect({ name, status, errors: body.errors ?? [] }).toEqual({ name, status: 200, errors: [] });
    }
  });
});
