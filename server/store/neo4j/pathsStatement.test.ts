import { describe, expect, it } from 'vitest';
import { PATHS_MAX_HOPS, PATHS_STATEMENTS, pathsCypher, pathsStatement } from './pathsStatement';

// Text snapshots of the generated paths statements, one file per maxHops, reviewed like any
// other Cypher in the repository. The contract suite runs each of them on a real Neo4j.

describe('paths statements', () => {
  it.each([1, 2, 3, 4, 5, 6])('maxHops %i', async (maxHops) => {
    await expect(pathsCypher(maxHops)).toMatchFileSnapshot(`./__snapshots__/paths-${maxHops}.cypher`);
  });

  it('has one statement per maxHops of the API range, the longest serving larger values', () => {
    expect(PATHS_MAX_HOPS).toBe(6);
    expect(PATHS_STATEMENTS.map((statement) => statement.name)).toEqual(['paths-1', 'paths-2', 'paths-3', 'paths-4', 'paths-5', 'paths-6']);
    expect(pathsStatement(3).text).toBe(pathsCypher(3));
    expect(pathsStatement(9)).toBe(pathsStatement(6));
  });

  it('refuses a maxHops it has no statement for', () => {
    expect(() => pathsCypher(0)).toThrow(/maxHops 1-6; got 0/);
    expect(() => pathsCypher(7)).toThrow(/maxHops 1-6; got 7/);
    expect(() => pathsCypher(2.5)).toThrow(RangeError);
    expect(() => pathsStatement(0)).toThrow(/at least 1/);
  });
});
