import { afterAll, beforeAll, expect, it } from 'vitest';
import { DatasetError, loadDataset, type Dataset } from '../../server/dataset';
import { loadDatasetIntoNeo4j } from '../../server/store/neo4j';
import { TINY_FIXTURE } from '../contract/storeContract';
import { describeWithNeo4j, query, resetDatabase } from './neo4jTestSupport';

/** Everything the loader writes, counted per label and relationship type. */
async function graphShape(uri: string) {
  const [nodes] = await query<{ labels: [string, number][] }>(
    uri,
    'MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS c ORDER BY label RETURN collect([label, c]) AS labels',
  );
  const rels = await query<{ type: string; c: number }>(uri, 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c ORDER BY type');
  const [props] = await query<{ checksum: string }>(
    uri,
    `MATCH (n) WITH n ORDER BY coalesce(n.id, n.type, n.subjectId + n.field, n.name)
     WITH collect(coalesce(n.id, n.type, n.subjectId + '|' + n.field, n.name) + ':' + toString(size(keys(n)))) AS ids
     RETURN reduce(s = '', id IN ids | s + id + ';') AS checksum`,
  );
  return { nodes: nodes?.labels, rels, checksum: props?.checksum };
}

describeWithNeo4j('Neo4j loader', (uri) => {
  let tiny: Dataset;

  beforeAll(async () => {
    tiny = await loadDataset(TINY_FIXTURE);
    await resetDatabase(uri);
  });
  afterAll(async () => {
    await resetDatabase(uri);
  });

  it('loads the data set and reports what it loaded', async () => {
    const summary = await loadDatasetIntoNeo4j({ uri }, tiny);
    expect(summary).toMatchObject({ dataset: 'tiny', entities: 13, relations: 21, sources: 4, relationTypes: 10, disputes: 5, claims: 43 });
    const [counts] = await query<Record<string, number>>(
      uri,
      `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
       CALL () { MATCH (s:Source) RETURN count(s) AS sources }
       CALL () { MATCH (t:RelationType) RETURN count(t) AS types }
       CALL () { MATCH (d:Dispute) RETURN count(d) AS disputes }
       CALL () { MATCH (p:Person) RETURN count(p) AS people }
       RETURN entities, relations, sources, types, disputes, people`,
    );
    expect(counts).toEqual({ entities: 13, relations: 21, sources: 4, types: 10, disputes: 5, people: 5 });
  });

  it('is idempotent: loading the same data set twice gives the same graph', async () => {
    await loadDatasetIntoNeo4j({ uri }, tiny);
    const once = await graphShape(uri);
    await loadDatasetIntoNeo4j({ uri }, tiny);
    const twice = await graphShape(uri);
    expect(twice).toEqual(once);
    expect(once.rels.reduce((sum, row) => sum + row.c, 0)).toBe(21);
  });

  it('stores dynamic relationship types, dates as date values, claims as JSON', async () => {
    const [row] = await query<{ type: string; earliest: string; latest: string; claims: unknown[] }>(
      uri,
      `MATCH ()-[r {id: 'rel:bronte-warned-police'}]->()
       RETURN type(r) AS type, toString(r.earliest) AS earliest, toString(r.latest) AS latest,
              valueType(r.earliest) AS kind, r.claimsJson AS claims`,
    );
    expect(row).toMatchObject({ type: 'WARNED', earliest: '2004-11-01', latest: '2005-03-31', kind: 'DATE NOT NULL' });
    expect(JSON.parse(row?.claims as unknown as string)).toEqual(tiny.relations.find((r) => r.id === 'rel:bronte-warned-police')?.claims);
  });

  it('refuses a relation type outside the vocabulary before writing anything', async () => {
    const before = await graphShape(uri);
    const bad: Dataset = {
      ...tiny,
      relations: [...tiny.relations, { ...tiny.relations[0]!, id: 'rel:injected', type: 'WARNED]->() DETACH DELETE n //' }],
    };
    await expect(loadDatasetIntoNeo4j({ uri }, bad)).rejects.toBeInstanceOf(DatasetError);
    await expect(loadDatasetIntoNeo4j({ uri }, bad)).rejects.toThrow(/rel:injected.*not in the vocabulary/);
    expect(await graphShape(uri)).toEqual(before);
  });

  it('rolls everything back when the load fails half way (after the old data was cleared)', async () => {
    const before = await graphShape(uri);
    // Valid types, but one relation points at an entity that does not exist: the relations
    // batch writes one row short, after the clear and the entities, and the loader aborts.
    const other: Dataset = {
      ...tiny,
      name: 'broken',
      entities: tiny.entities.filter((entity) => entity.id !== 'person:e-novak'),
    };
    await expect(loadDatasetIntoNeo4j({ uri }, other, { batchSize: 5 })).rejects.toThrow(/load-relations: wrote \d+ of \d+ rows/);
    expect(await graphShape(uri)).toEqual(before);
    const [dataset] = await query<{ name: string }>(uri, 'MATCH (d:Dataset) RETURN d.name AS name');
    expect(dataset?.name).toBe('tiny');
  });

  it('creates the constraints and the full-text index, idempotently', async () => {
    await loadDatasetIntoNeo4j({ uri }, tiny); // schema applied again: IF NOT EXISTS everywhere
    const constraints = await query<{ name: string; labels: string[]; properties: string[]; type: string }>(
      uri,
      'SHOW CONSTRAINTS YIELD name, labelsOrTypes AS labels, properties, type RETURN name, labels, properties, type ORDER BY name',
    );
    const unique = constraints.filter((row) => row.type === 'UNIQUENESS').map((row) => `${row.labels.join()}.${row.properties.join()}`);
    expect(unique).toEqual(expect.arrayContaining([
      'Entity.id', 'Source.id', 'RelationType.type', 'EntityKind.kind',
    ]));
    // Kind labels come from the data set's kinds.json and get no constraint of their own.
    expect(unique.filter((key) => key.startsWith('Person.'))).toEqual([]);
    const indexes = await query<{ name: string; type: string; state: string; labels: string[]; properties: string[]; options: { indexConfig: Record<string, unknown> } }>(
      uri,
      'SHOW INDEXES YIELD name, type, state, labelsOrTypes AS labels, properties, options RETURN name, type, state, labels, properties, options',
    );
    const fulltext = indexes.find((index) => index.name === 'entity_search');
    expect(fulltext).toMatchObject({ type: 'FULLTEXT', state: 'ONLINE', labels: ['Entity'], properties: ['name', 'aliasesText', 'summary'] });
    expect(fulltext?.options.indexConfig['fulltext.analyzer']).toBe('standard-folding');
    const ranges = indexes.filter((index) => index.type === 'RANGE').map((index) => `${index.labels.join()}.${index.properties.join()}`);
    expect(ranges).toEqual(expect.arrayContaining(['Entity.earliest', 'Entity.latest']));
  });
});
