import { describe, expect, it } from 'vitest';
import type { RelationSummary } from '../api/types';
import { knowledgeEventDays, parseAsOf, stepEvent } from './asOf';

describe('as-of date', () => {
  it('reads a year, a month or a day as the last day it covers', () => {
    expect(parseAsOf('2004')).toEqual({ day: '2004-12-31' });
    expect(parseAsOf(' 2004-02 ')).toEqual({ day: '2004-02-29' });
    expect(parseAsOf('2005-04-03')).toEqual({ day: '2005-04-03' });
  });

  it('names what is wrong with bad input', () => {
    expect(parseAsOf('spring')).toEqual({ error: expect.stringContaining('not a year, month or day') });
    expect(parseAsOf('2004-13')).toEqual({ error: '13 is not a month (01 to 12)' });
    expect(parseAsOf('2005-02-30')).toEqual({ error: '30 is not a day of 2005-02' });
  });

  it('steps between the days knowledge events begin and end', () => {
    const rel = (id: string, type: string, earliest: string | null, latest: string | null) =>
      ({ id, type, date: { edtf: '', earliest, latest, text: null } }) as unknown as RelationSummary;
    const days = knowledgeEventDays([rel('a', 'WARNED', '2003-01-01', '2003-12-31'), rel('b', 'WARNED', null, '2005-06-30'), rel('c', 'HELD_ROLE', '1999-01-01', null)], new Set(['WARNED']));
    expect(days).toEqual(['2003-01-01', '2003-12-31', '2005-06-30']);
    expect(stepEvent(days, '2003-06-01', 1)).toBe('2003-12-31');
    expect(stepEvent(days, '2003-06-01', -1)).toBe('2003-01-01');
    expect(stepEvent(days, '2005-06-30', 1)).toBeNull();
    expect(stepEvent(days, '2003-01-01', -1)).toBeNull();
  });
});
