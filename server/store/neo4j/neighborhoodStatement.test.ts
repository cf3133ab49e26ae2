import { describe, expect, it } from 'vitest';
import { NEIGHBORHOOD_MAX_DEPTH, NEIGHBORHOOD_STATEMENTS, neighborhoodCypher, neighborhoodStatement } from './neighborhoodStatement';

// Text snapshots of the generated neighbourhood statements, one file per depth. The contract
// suite runs each of them on a real Neo4j.

describe('neighborhood statements', () => {
  it.each([0, 1, 2, 3])('depth %i', async (depth) => {
    await expect(neighborhoodCypher(depth)).toMatchFileSnapshot(`./__snapshots__/neighborhood-${depth}.cypher`);
  });

  it('has one statement per depth up to the API range, the deepest serving larger values', () => {
    expect(NEIGHBORHOOD_MAX_DEPTH).toBe(3);
    expect(NEIGHBORHOOD_STATEMENTS.map((statement) => statement.name)).toEqual(['neighborhood-0', 'neighborhood-1', 'neighborhood-2', 'neighborhood-3']);
    expect(neighborhoodStatement(2).text).toBe(neighborhoodCypher(2));
    expect(neighborhoodStatement(7)).toBe(neighborhoodStatement(3));
    expect(neighborhoodStatement(-1)).toBe(neighborhoodStatement(0));
  });

  it('refuses a depth it has no statement for', () => {
    expect(() => neighborhoodCypher(4)).toThrow(/depth 0-3; got 4/);
    expect(() => neighborhoodCypher(1.5)).toThrow(RangeError);
  });
});
