import { expect, inject, test } from 'vitest';
import neo4j from 'neo4j-driver';
const uri = inject('neo4jUri');
test.skipIf(uri === null)('neo4j reachable via injected uri', async () => {
  const driver = neo4j.driver(uri as string);
  const r = await driver.executeQuery('RETURN 1 AS one');
  expect(r.records[0]?.get('one').toNumber()).toBe(1);
  await driver.close();
});
test('skip reason is consistent', () => {
  expect(uri === null).toBe(inject('neo4jSkipReason') !== null);
});
