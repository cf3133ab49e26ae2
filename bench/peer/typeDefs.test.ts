import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/dataset';
import { SEED_DIR } from '../config';
import { entityProperties, fieldStem, peerTypeDefs, relationProperties, relationshipFields } from './typeDefs';

describe('peer type definitions', () => {
  it('reads the stored properties, and which are dates, from the load statements', () => {
    const entity = entityProperties();
    expect([...entity.keys()]).toEqual(expect.arrayContaining(['id', 'kind', 'name', 'aliasesText', 'summary', 'claimsJson', 'earliest', 'latest']));
    expect(entity.get('earliest')).toBe(true);
    expect(entity.get('name')).toBe(false);
    const relation = relationProperties();
    expect([...relation.keys()]).toEqual(expect.arrayContaining(['id', 'label', 'role', 'edtf', 'earliest', 'claimsJson']));
    expect(relation.get('latest')).toBe(true);
    expect(entityProperties('MATCH (e)\nSET e = {\n  id: row.id,\n  day: date(row.day)\n}')).toEqual(new Map([['id', false], ['day', true]]));
  });

  it('names relationship fields after the relation types', () => {
    expect(fieldStem('PRESENTED_TO')).toBe('presentedTo');
    expect(relationshipFields('WARNED')).toEqual(['warnedOut', 'warnedIn']);
  });

  it('gives every relation type of the vocabulary an out and an in field', async () => {
    const dataset = await loadDataset(SEED_DIR);
    const typeDefs = peerTypeDefs(dataset);
    for (const { type } of dataset.vocabulary) {
      expect(typeDefs).toContain(`@relationship(type: "${type}", direction: OUT, properties: "RelationProperties")`);
      expect(typeDefs).toContain(`@relationship(type: "${type}", direction: IN, properties: "RelationProperties")`);
    }
    expect(typeDefs).toMatch(/^ {2}claimCount: Int$/m);
    expect(typeDefs).toMatch(/^ {2}aliases: \[String!\]$/m);
    expect(typeDefs).toMatch(/^ {2}earliest: Date$/m);
  });
});
