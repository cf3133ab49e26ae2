import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addClaim, createEntity, createRelation, createSource, mergeEntities, retractRelation, updateEntity, type Decision } from '../../server/curation';
import { exportDataset } from '../../server/dataExport';
import { loadDataset, type Entity, type Relation } from '../../server/dataset';
import { importSpreadsheets } from '../../server/spreadsheet';
import type { GraphStore } from '../../server/store/GraphStore';
import { createEmbeddedStore } from '../../server/store/embedded';
import { TINY } from './curation/curationFixture';

const directories: string[] = [];
afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));
const tempDirectory = () => {
  const directory = mkdtempSync(join(tmpdir(), 'export-'));
  directories.push(directory);
  return directory;
};

/** Everything a reader sees of a graph, versions left out (a loaded data set starts at 1). */
async function graphOf(store: GraphStore) {
  const unversioned = <T extends Entity | Relation>({ version: _version, ...rest }: T) => rest;
  const { items } = await store.listEntities({ first: 500 });
  const relations = (await store.relationsOf(items.map((entity) => entity.id), { direction: 'OUT', first: 1_000 })).flat();
  return {
    entities: items.map(unversioned),
    relations: relations.map(unversioned).sort((a, b) => a.id.localeCompare(b.id)),
    sources: await store.sources(),
    vocabulary: await store.vocabulary(),
    kinds: await store.kinds(),
    info: await store.datasetInfo(),
    disputes: await store.disputes(),
    stats: await store.stats(),
  };
}

describe('data:export', () => {
  it('writes the graph with its applied changes back in the data-set format; loading the export gives the same graph', async () => {
    const store = await createEmbeddedStore(await loadDataset(TINY));
    const as = { store, author: 'ed' };
    const apply = async (decision: Promise<Decision>) => store.commit((await decision).draft);
    const claim = { source: 'src-e', locator: '¶2', note: 'Our words for what the new source says.', date: { edtf: '2010-05', text: 'May 2010' } };
    await apply(createSource(as, { id: 'src-e', title: 'A later review', reliability: 'MEDIUM', published: { edtf: '2016' } }, 'New source.'));
    await apply(createEntity(as, { kind: 'Agency', name: 'Northtown Review Panel', summary: 'Reviewed the inquiry.', claims: [claim] }, 'New body.'));
    await apply(createRelation(as, { type: 'WARNED', from: 'agency:northtown-review-panel', to: 'agency:northtown-council', date: { edtf: '2010-05' }, claims: [claim] }, 'New warning.'));
    await apply(updateEntity(as, { id: 'person:a-smith', version: 1, set: { date: { edtf: '1999/2010' } }, claims: [{ ...claim, stance: 'contradicts' }] }, 'Dates.'));
    await apply(addClaim(as, { subject: 'report:risk-2003', version: 1, claim, figure: 'children at risk' }, 'Figure.'));
    await apply(retractRelation(as, { id: 'rel:novak-authored-audit', version: 1 }, 'Wrong.'));
    await apply(mergeEntities(as, { keep: 'person:c-patel', keepVersion: 1, merge: 'person:zoe-bronte', mergeVersion: 1 }, 'Same person.'));

    const directory = tempDirectory();
    expect(await exportDataset(store, directory)).toEqual({ entities: 13, relations: 21, sources: 5 });
    const reloaded = await createEmbeddedStore(await loadDataset(directory));
    expect(await graphOf(reloaded)).toEqual(await graphOf(store));

    // The format a curator writes by hand: defaults left out, sorted by id, pretty JSON.
    const entities = JSON.parse(readFileSync(join(directory, 'entities.json'), 'utf8')) as { id: string; aliases?: string[] }[];
    expect(entities.map((entity) => entity.id)).toEqual([...entities.map((entity) => entity.id)].sort());
    expect(entities.find((entity) => entity.id === 'person:b-jones')).not.toHaveProperty('aliases');
    expect(readFileSync(join(directory, 'sources.json'), 'utf8')).toMatch(/^\[\n {2}\{\n {4}"id": "src-a",/);

    // Exporting the reloaded graph gives the same files.
    const again = tempDirectory();
    await exportDataset(reloaded, again);
    for (const file of ['dataset.json', 'kinds.json', 'entities.json', 'relations.json', 'sources.json', 'vocabulary.json']) {
      expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(directory, file), 'utf8'));
    }
  });

  it('with --format csv writes the spreadsheet form, which imports to the same files as the JSON export', async () => {
    const store = await createEmbeddedStore(await loadDataset(TINY));
    const [json, csv, imported] = [tempDirectory(), tempDirectory(), tempDirectory()];
    await exportDataset(store, json);
    expect(await exportDataset(store, csv, 'csv')).toEqual({ entities: 13, relations: 21, sources: 4 });
    expect(readFileSync(join(csv, 'claims.csv'), 'utf8')).toMatch(/^\uFEFFrecord,figure,source,locator,/);
    await importSpreadsheets(csv, imported);
    for (const file of ['dataset.json', 'kinds.json', 'entities.json', 'relations.json', 'sources.json', 'vocabulary.json']) {
      expect(readFileSync(join(imported, file), 'utf8')).toBe(readFileSync(join(json, file), 'utf8'));
    }
  });
});
