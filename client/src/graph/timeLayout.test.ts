import { describe, expect, it } from 'vitest';
import { timePositions } from './timeLayout';

describe('timePositions', () => {
  it('places dated nodes left to right by earliest day', () => {
    const positions = timePositions([
      { id: 'c', earliest: '2014-08-26' },
      { id: 'a', earliest: '1997-01-01' },
      { id: 'b', earliest: '2003-06-01' },
    ]);
    const x = (id: string) => positions.get(id)?.x ?? NaN;
    expect(x('a')).toBe(0);
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b')).toBeLessThan(x('c'));
  });

  it('stacks nodes of the same day in separate lanes, deterministically', () => {
    const nodes = [
      { id: 'y', earliest: '2010-01-01' },
      { id: 'x', earliest: '2010-01-01' },
      { id: 'z', earliest: '2010-01-01' },
    ];
    const positions = timePositions(nodes);
    const ys = ['x', 'y', 'z'].map((id) => positions.get(id)?.y);
    expect(new Set(ys).size).toBe(3);
    expect(timePositions([...nodes].reverse())).toEqual(positions);
  });

  it('puts undated nodes in a column to the right of the dated ones', () => {
    const positions = timePositions([
      { id: 'a', earliest: '2000-01-01' },
      { id: 'b', earliest: '2005-01-01' },
      { id: 'u1', earliest: null },
      { id: 'u2', earliest: '' },
    ]);
    const u1 = positions.get('u1');
    const u2 = positions.get('u2');
    expect(u1?.x).toBeGreaterThan(positions.get('b')?.x ?? Infinity);
    expect(u1?.x).toBe(u2?.x);
    expect(u1?.y).not.toBe(u2?.y);
  });

  it('places undated nodes under the dated ones, at the mean of their dated neighbours', () => {
    const positions = timePositions(
      [
        { id: 'a', earliest: '2000-01-01' },
        { id: 'b', earliest: '2010-01-01' },
        { id: 'person', earliest: null },
        { id: 'alone', earliest: null },
      ],
      { neighbours: new Map([['person', ['a', 'b', 'alone']]]) },
    );
    const person = positions.get('person')!;
    expect(person.x).toBeCloseTo(((positions.get('a')?.x ?? 0) + (positions.get('b')?.x ?? 0)) / 2);
    expect(person.y).toBeGreaterThan(Math.max(positions.get('a')!.y, positions.get('b')!.y));
    expect(positions.get('alone')!.x).toBeGreaterThan(positions.get('b')!.x);
  });

  it('handles no nodes and only undated nodes', () => {
    expect(timePositions([]).size).toBe(0);
    expect(timePositions([{ id: 'u', earliest: null }]).get('u')).toEqual({ x: 0, y: 0 });
  });
});
