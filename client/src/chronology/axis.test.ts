import { describe, expect, it } from 'vitest';
import { axisTicks, makeTimeScale, timeDomain } from './axis';
import { dayStart } from './span';

describe('time axis', () => {
  it('covers whole years of the known ends only (an open end adds nothing)', () => {
    const [d0, d1] = timeDomain([{ start: null, end: dayStart('2005-07-01') }, { start: dayStart('1999-03-01'), end: null }], [1990, 1991]);
    expect(d0.toISOString().slice(0, 10)).toBe('1999-01-01');
    expect(d1.toISOString().slice(0, 10)).toBe('2006-01-01');
  });

  it('shows years at the base zoom, months when zoomed in, days further in', () => {
    const domain = timeDomain([{ start: dayStart('1997-01-01'), end: dayStart('2014-12-31') }], [1990, 1991]);
    const years = axisTicks(makeTimeScale(domain, 1000));
    expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(years.length).toBeGreaterThan(5);
    for (let i = 1; i < years.length; i++) expect(years[i]!.x - years[i - 1]!.x).toBeGreaterThanOrEqual(64);

    const months = axisTicks(makeTimeScale(domain, 1000 * 40));
    expect(months.some((t) => t.label === 'Jun')).toBe(true);
    expect(months.some((t) => t.label === '2005' && t.major)).toBe(true);

    const zoomed = makeTimeScale([new Date(Date.UTC(2005, 2, 1)), new Date(Date.UTC(2005, 3, 1))], 1200);
    const days = axisTicks(zoomed);
    expect(days[0]!.label).toBe('Mar 2005');
    expect(days.some((t) => /^\d+ Mar$/.test(t.label))).toBe(true);
  });

  it('names the year on the first month tick when no January is in sight', () => {
    const scale = makeTimeScale([new Date(Date.UTC(2005, 2, 1)), new Date(Date.UTC(2005, 9, 1))], 800);
    expect(axisTicks(scale)[0]!.label).toBe('Mar 2005');
  });
});
