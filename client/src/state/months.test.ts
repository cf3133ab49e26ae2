import { describe, expect, it } from 'vitest';
import { dayToMonthIndex, monthIndexToDay, yearSpan } from './months';

describe('months', () => {
  it('maps month indexes to last days and back', () => {
    expect(monthIndexToDay(1997, 0)).toBe('1997-01-31');
    expect(monthIndexToDay(1997, 13)).toBe('1998-02-28');
    expect(monthIndexToDay(2000, 1)).toBe('2000-02-29');
    expect(dayToMonthIndex(1997, '1998-02-28')).toBe(13);
    expect(dayToMonthIndex(1997, monthIndexToDay(1997, 100))).toBe(100);
  });

  it('finds the span of years in the data', () => {
    expect(yearSpan(['2003-01-01', null, '1997-05-01', '2014-08-26', ''], [1990, 1991])).toEqual([1997, 2014]);
    expect(yearSpan([], [1990, 1991])).toEqual([1990, 1991]);
  });
});
