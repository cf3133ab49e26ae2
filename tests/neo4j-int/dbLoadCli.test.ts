import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { main } from '../../server/dataset/loadIntoNeo4j';
import { validFiles, writeDataset } from '../unit/datasetFactory';
import { TINY_FIXTURE } from '../contract/storeContract';
import { describeWithNeo4j, query, resetDatabase } from './neo4jTestSupport';

const entityCount = async (uri: string) => (await query<{ c: number }>(uri, 'MATCH (e:Entity) RETURN count(e) AS c'))[0]?.c;

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
});
