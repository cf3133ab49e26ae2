import { describe, expect, it } from 'vitest';
import { spreadEvenly, type Placed } from './evenSpread';

/** A clump of 200 nodes within 10 px of the origin and 20 scattered far out. */
function clumped(): Placed[] {
  const core = Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, x: 10 * Math.cos(i * 2.4) * ((i % 7) / 7), y: 10 * Math.sin(i * 2.4) * ((i % 7) / 7) }));
  const rim = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, x: 5000 * Math.cos(i), y: 5000 * Math.sin(i) }));
  return [...core, ...rim];
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('spreadEvenly', () => {
  it('fills a disc sized for the nodes at the given spacing', () => {
    const nodes = clumped();
    const spread = spreadEvenly(nodes, 100);
    const radius = 100 * Math.sqrt(220 / Math.PI);
    // Centred where the nodes' centre of mass was.
    const centre = nodes.reduce((s, p) => ({ x: s.x + p.x / 220, y: s.y + p.y / 220 }), { x: 0, y: 0 });
    const distances = [...spread.values()].map((p) => distance(p, centre));
    expect(Math.max(...distances)).toBeLessThanOrEqual(radius);
    expect(Math.max(...distances)).toBeGreaterThan(radius * 0.95);
    // The clump is spread: its 200 nodes now reach most of the way out.
    expect(Math.max(...nodes.filter((n) => n.id.startsWith('c')).map((n) => distance(spread.get(n.id)!, centre)))).toBeGreaterThan(radius * 0.9);
  });

  it('keeps the order by distance from the centre, and each direction', () => {
    const nodes = clumped();
    const spread = spreadEvenly(nodes, 100);
    const far = spread.get('r0')!;
    const near = spread.get('c0')!;
    expect(Math.hypot(far.x, far.y)).toBeGreaterThan(Math.hypot(near.x, near.y));
    // r0 was at angle 0 from a centre of mass close to the origin: it stays roughly to the right.
    expect(Math.abs(Math.atan2(far.y, far.x))).toBeLessThan(0.05);
  });

  it('is the same whatever order the nodes come in', () => {
    const nodes = clumped();
    const rounded = (spread: Map<string, { x: number; y: number }>) => Object.fromEntries([...spread].map(([id, p]) => [id, [p.x.toFixed(6), p.y.toFixed(6)]]));
    expect(rounded(spreadEvenly([...nodes].reverse(), 100))).toEqual(rounded(spreadEvenly(nodes, 100)));
  });

  it('handles no nodes and one node', () => {
    expect(spreadEvenly([], 100).size).toBe(0);
    const one = spreadEvenly([{ id: 'a', x: 3, y: 4 }], 100).get('a')!;
    expect(distance(one, { x: 3, y: 4 })).toBeLessThan(100);
  });
});
