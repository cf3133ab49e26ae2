import { describe, expect, it } from 'vitest';
import { DateParseError, parseDateBound, parseFuzzyDate } from '../../server/dataset';

describe('fuzzy dates', () => {
  it.each([
    ['2014-08-26', '2014-08-26', '2014-08-26'],
    ['2005-04', '2005-04-01', '2005-04-30'],
    ['2008~', '2008-01-01', '2008-12-31'],
    ['200X', '2000-01-01', '2009-12-31'],
    ['2004-11/2005-03', '2004-11-01', '2005-03-31'],
    // Seasons are meteorological, northern hemisphere (the edtf package uses quarters).
    ['2009-23', '2009-09-01', '2009-11-30'],
    ['2009-24', '2009-12-01', '2010-02-28'],
    ['../2008', null, '2008-12-31'],
    ['2010/..', '2010-01-01', null],
  ])('%s spans %s to %s', (edtf, earliest, latest) => {
    expect(parseFuzzyDate(edtf)).toMatchObject({ edtf, earliest, latest });
  });

  it('refuses what is not EDTF, saying which value', () => {
    expect(() => parseFuzzyDate('autumn 2009')).toThrow(DateParseError);
    expect(() => parseFuzzyDate('2014-02-30')).toThrow(/"2014-02-30"/);
  });

  it('refuses a long value before the parser reads it (the parser slows down faster than its input grows)', () => {
    const long = `{${Array.from({ length: 16_000 }, () => '2001').join(',')}}`;
    expect(() => parseFuzzyDate(long)).toThrow(`a date of ${long.length} characters is too long; at most 64`);
  });

  it('refuses years past 9999 or before 0, whose ISO days would not sort as text', () => {
    expect(() => parseDateBound('Y12000', 'to')).toThrow('"Y12000" reaches outside the years 0000 to 9999');
    expect(() => parseDateBound('Y-12000', 'from')).toThrow(/outside the years/);
  });

  it('reads query bounds from the right end of a fuzzy value', () => {
    expect(parseDateBound('2009-23', 'from')).toBe('2009-09-01');
    expect(parseDateBound('2009-23', 'to')).toBe('2009-11-30');
  });
});
