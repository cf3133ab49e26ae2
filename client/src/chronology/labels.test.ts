import { describe, expect, it } from 'vitest';
import { estimateWidth, fitLabel } from './labels';
import { stackRows } from './stackRows';

const measure = (text: string) => text.length * 7;

describe('label fitting', () => {
  it('keeps a label that fits, and cuts one that does not at a word with an ellipsis', () => {
    expect(fitLabel('Heal report', 100, measure)).toBe('Heal report');
    const cut = fitLabel('Presentations on CSE to council groups and boards', 140, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(140);
    expect(cut).toBe('Presentations on…');
  });

  it('gives nothing when not even the ellipsis fits', () => {
    expect(fitLabel('abc', 3, measure)).toBe('');
  });

  it('estimates wide letters wider than narrow ones', () => {
    const m = estimateWidth(12);
    expect(m('WWW')).toBeGreaterThan(m('iii'));
    expect(m('')).toBe(0);
  });
});

describe('row stacking', () => {
  it('puts overlapping extents in separate rows and reuses a row once it is free', () => {
    const { rows, count } = stackRows(
      [
        { key: 'a', left: 0, right: 100 },
        { key: 'b', left: 50, right: 120 },
        { key: 'c', left: 110, right: 200 },
        { key: 'd', left: 130, right: 140 },
      ],
      6,
    );
    expect(rows.get('a')).toBe(0);
    expect(rows.get('b')).toBe(1);
    expect(rows.get('c')).toBe(0);
    expect(rows.get('d')).toBe(1);
    expect(count).toBe(2);
  });

  it('never leaves two extents overlapping in one row', () => {
    const extents = Array.from({ length: 200 }, (_, i) => ({ key: `k${i}`, left: (i * 37) % 500, right: ((i * 37) % 500) + 20 + (i % 90) }));
    const { rows } = stackRows(extents, 4);
    for (const a of extents) {
      for (const b of extents) {
        if (a.key >= b.key || rows.get(a.key) !== rows.get(b.key)) continue;
        expect(a.right + 4 <= b.left || b.right + 4 <= a.left).toBe(true);
      }
    }
  });
});
