import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { mergeEntities, updateEntity } from '../../server/curation';
import { main } from '../../server/dataset/loadIntoNeo4j';
import { exportDataset } from '../../server/dataExport';
import { createNeo4jStore } from '../../server/store/neo4j';
import { validFiles, writeDataset } from '../unit/datasetFactory';
import { TINY_FIXTURE } from '../contract/storeContract';
import { describeWithNeo4j, query, resetDatabase } from './neo4jTestSupport';

const entityCount = async (uri: string) => (await query<{ c: number }>(uri, 'MATCH (e:Entity) RETURN count(e) AS c'))[0]?.c;

/** How many nodes of each kind curation writes the database holds. */
const curationNodes = async (uri: string) =>
  (
    await query<Record<string, number>>(
      uri,
      `CALL () { MATCH (n:Change) RETURN count(n) AS changes }
       CALL () { MATCH (n:ChangeRecord) RETURN count(n) AS changeRecords }
       CALL () { MATCH (n:Redirect) RETURN count(n) AS redirects }
       CALL () { MATCH (n:ChangeSequence) RETURN count(n) AS sequences }
       RETURN changes, changeRecords, redirects, sequences`,
    )
  )[0];

describeWithNeo4j('npm run db:load', (uri) => {
  const output: string[] = [];

  beforeAll(async () => {
    await resetDatabase(uri);
    const record = (...args: unknown[]) => void output.push(args.join(' '));
    vi.spyOn(console, 'log').mockImplementation(record);
    vi.spyOn(console, 'error').mockImplementation(record);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await resetDatabase(uri);
  });

  it('needs NEO4J_URI and says so', async () => {
    output.length = 0;
    expect(await main({}, ['--data', TINY_FIXTURE])).toBe(1);
    expect(output.join('\n')).toMatch(/NEO4J_URI is not set/);
  });

  it('loads the folder given with --data and prints counts and time', async () => {
    output.length = 0;
    expect(await main({ NEO4J_URI: uri }, ['--data', TINY_FIXTURE])).toBe(0);
    expect(output.join('\n')).toMatch(/13 entities, 21 relations, 4 sources,[\s\S]*10 relation types, 43 claims, 5 disputes[\s\S]*Done in \d+\.\d s/);
    expect(await entityCount(uri)).toBe(13);
  });

  it('takes DATA_DIR when there is no --data', async () => {
    expect(await main({ NEO4J_URI: uri, DATA_DIR: writeDataset(validFiles()) }, [])).toBe(0);
    expect(await entityCount(uri)).toBe(3);
  });

  it('prints every data-set error and loads nothing when the data set is invalid', async () => {
    const files = validFiles();
    files.relations[0]!.to = 'person:nobody';
    output.length = 0;
    expect(await main({ NEO4J_URI: uri }, ['--data', writeDataset(files)])).toBe(1);
    expect(output.join('\n')).toMatch(/relations\.json › rel:jones-warned-smith › to: no entity with id "person:nobody"/);
    expect(await entityCount(uri)).toBe(3);
  });

  it('refuses to replace a graph with recorded changes, naming how many and --discard-changes; with it, an export becomes the new base', async () => {
    expect(await main({ NEO4J_URI: uri }, ['--data', TINY_FIXTURE])).toBe(0);
    const store = await createNeo4jStore({ uri });
    const exported = mkdtempSync(join(tmpdir(), 'db-load-export-'));
    try {
      const curator = { store, author: 'edith' };
      const summary = 'Chief executive of Northtown Council, edited before a reload.';
      await store.commit((await updateEntity(curator, { id: 'person:a-smith', version: 1, set: { summary } }, 'An edit to keep.')).draft);
      await store.commit((await mergeEntities(curator, { keep: 'person:c-patel', keepVersion: 1, merge: 'person:e-novak', mergeVersion: 1 }, 'The same person.')).draft);
      await store.propose((await updateEntity({ store, author: 'conor' }, { id: 'person:b-jones', version: 1, set: { summary: 'Proposed.' } }, 'A proposal.')).draft);
      const recorded = await curationNodes(uri);
      expect(recorded).toMatchObject({ changes: 3, redirects: 1, sequences: 1 });

      output.length = 0;
      expect(await main({ NEO4J_URI: uri }, ['--data', writeDataset(validFiles())])).toBe(1);
      expect(output.join('\n')).toMatch(/Nothing was loaded: the database holds 3 recorded changes[\s\S]*--discard-changes/);
      expect(await entityCount(uri)).toBe(12);
      expect(await curationNodes(uri)).toEqual(recorded);

      await exportDataset(store, exported);
      output.length = 0;
      expect(await main({ NEO4J_URI: uri }, ['--data', exported, '--discard-changes'])).toBe(0);
      expect(output.join('\n')).toMatch(/Deleted 3 recorded changes with the old graph/);
      expect(await curationNodes(uri)).toEqual({ changes: 0, changeRecords: 0, redirects: 0, sequences: 0 });
      // The edited graph is the new base: the edit and the merge are in it, no history is.
      const [smith, novak, patel] = await store.entitiesByIds(['person:a-smith', 'person:e-novak', 'person:c-patel']);
      expect({ summary: smith?.summary, novak, aliases: patel?.aliases }).toEqual({ summary, novak: null, aliases: ['Auditor E. Novak'] });
      expect(await store.history('person:a-smith', { first: 10 })).toEqual({ items: [], hasNextPage: false });
      expect(await store.changes({ first: 10 })).toEqual({ items: [], hasNextPage: false });
      const [jones] = await store.entitiesByIds(['person:b-jones']);
      const next = await store.commit((await updateEntity(curator, { id: 'person:b-jones', version: jones!.version, set: { summary: 'After the reload.' } }, 'On the new base.')).draft);
      expect(next.id).toBe('change:1');
      output.length = 0;
      expect(await main({ NEO4J_URI: uri }, ['--data', exported])).toBe(1);
      expect(output.join('\n')).toMatch(/holds 1 recorded change \(/);
    } finally {
      await store.close();
      rmSync(exported, { recursive: true, force: true });
    }
  });
});
