import { describe, expect, it } from 'vitest';
import { dayToIso, isoToDay, layoutBars, makeScale, yearTicks } from './layoutTimeline';

describe('timeline geometry', () => {
  const spans = [
    { key: 'a', earliest: '1997-01-01', latest: '1997-12-31' },
    { key: 'b', earliest: '1997-06-01', latest: '1997-06-01' },
    { key: 'c', earliest: '2014-08-26', latest: '2014-08-26' },
    { key: 'open', earliest: null, latest: '2008-12-31' },
  ];
  const scale = makeScale(spans, 1800);

  it('spans whole years and maps days to pixels and back', () => {
    expect(dayToIso(scale.startDay)).toBe('1997-01-01');
    expect(dayToIso(scale.endDay)).toBe('2015-01-01');
    expect(scale.toX(scale.startDay)).toBe(0);
    expect(scale.toX(scale.endDay)).toBe(1800);
    expect(dayToIso(scale.toDay(scale.toX(isoToDay('2005-03-31'))))).toBe('2005-03-31');
    expect(scale.toDay(-50)).toBe(scale.startDay);
  });

  it('puts overlapping bars in different lanes and open starts at the left edge', () => {
    const bars = new Map(layoutBars(spans, scale).map((bar) => [bar.key, bar]));
    expect(bars.get('open')?.x1).toBe(0);
    expect(bars.get('a')?.lane).not.toBe(bars.get('b')?.lane);
    expect(bars.get('c')?.x2).toBeGreaterThan(bars.get('c')?.x1 ?? Infinity);
  });

  it('shares the last lane when lanes run out', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ key: `k${i}`, earliest: '2000-01-01', latest: '2000-12-31' }));
    const bars = layoutBars(many, makeScale(many, 500), 3);
    expect(Math.max(...bars.map((b) => b.lane))).toBe(2);
  });

  it('spaces year ticks to stay readable', () => {
    expect(yearTicks(scale, 48).map((t) => t.year)).toEqual([1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014]);
    expect(yearTicks(makeScale(spans, 400), 48).map((t) => t.year)).toEqual([1997, 2002, 2007, 2012]);
  });

  it('falls back to a default span with no dates', () => {
    expect(dayToIso(makeScale([], 100).startDay)).toBe('1997-01-01');
  });
});
