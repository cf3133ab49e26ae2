import { describe, expect, it } from 'vitest';
import { readStatements, writeStatements } from './statement';
import { parameterNames, parametersWithoutWarmUpValue, warmUpParameters } from './warmUp';

describe('warm-up parameters', () => {
  it('has a harmless value for every parameter of every statement the store reads and writes with', () => {
    const statements = [...readStatements(), ...writeStatements()];
    expect(statements.length).toBeGreaterThan(15);
    const missing = statements
      .map((statement) => ({ statement: statement.name, names: parametersWithoutWarmUpValue(statement) }))
      .filter(({ names }) => names.length > 0);
    expect(missing, 'add these to WARM_UP_PARAMETERS in server/store/neo4j/warmUp.ts').toEqual([]);
  });

  it('finds parameters outside comments and strings, and not dynamic labels', () => {
    const text = [
      '// $commented out',
      "MATCH (a)<-[r:$any(types)]-(b {id: $id}) WHERE a.name <> '$quoted' AND r.day <= date($asOf) // $trailing",
      'RETURN a LIMIT $limit',
    ].join('\n');
    expect(parameterNames(text)).toEqual(['asOf', 'id', 'limit']);
  });

  it('sends ids, days and integers as calls do, so the plans they warm are the ones calls use', () => {
    const sets = warmUpParameters({ name: 'probe', text: 'MATCH (e {id: $id}) WHERE e.id IN $ids AND e.day <= date($asOf) RETURN e LIMIT $limit' });
    const id = expect.stringMatching(/^.{11,100}$/);
    expect(sets).toEqual([
      { id, ids: [id], asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), limit: expect.anything() },
      { id, ids: [id], asOf: null, limit: expect.anything() },
    ]);
    expect(warmUpParameters({ name: 'probe', text: 'RETURN $unheardOf' })).toEqual([{ unheardOf: null }]);
  });

  it('plans each filter of a paths statement once on its own, on top of the unfiltered call', () => {
    const text = 'MATCH p = (a {id: $from})-[*..2]-(b {id: $to}) WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types) AND NOT b.id IN $excludeEntities RETURN p';
    const unfiltered = { from: expect.any(String), to: expect.any(String), types: null, excludeEntities: [] };
    expect(warmUpParameters({ name: 'paths-2', text })).toEqual([
      unfiltered,
      { ...unfiltered, types: [expect.any(String)] },
      { ...unfiltered, excludeEntities: [expect.any(String)] },
    ]);
    expect(warmUpParameters({ name: 'relations-of', text })).toEqual([unfiltered]);
  });
});
