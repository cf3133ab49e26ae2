import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../api/types';
import { describeDate, formatDate, formatDateShort, shortDay } from './describeDate';

const date = (edtf: string, earliest: string | null, latest: string | null, text: string | null = null): FuzzyDate => ({ edtf, earliest, latest, text });

describe('formatDate', () => {
  it('says a season in words with its days', () => {
    expect(formatDate(date('2009-23', '2009-09-01', '2009-11-30'))).toBe('autumn 2009 (between 1 Sep 2009 and 30 Nov 2009)');
    expect(describeDate(date('2009-23', '2009-09-01', '2009-11-30')).precision).toBe('season');
  });

  it('says an exact day without a range', () => {
    expect(formatDate(date('2014-08-26', '2014-08-26', '2014-08-26'))).toBe('26 August 2014');
    expect(describeDate(date('2014-08-26', '2014-08-26', '2014-08-26')).precision).toBe('day');
  });

  it('says months, years, approximations and decades', () => {
    expect(formatDate(date('2005-04', '2005-04-01', '2005-04-30'))).toBe('April 2005 (between 1 Apr 2005 and 30 Apr 2005)');
    expect(formatDate(date('2003', '2003-01-01', '2003-12-31'))).toBe('2003 (between 1 Jan 2003 and 31 Dec 2003)');
    expect(formatDateShort(date('2008~', '2008-01-01', '2008-12-31'))).toBe('about 2008');
    expect(formatDateShort(date('2008?', '2008-01-01', '2008-12-31'))).toBe('2008 (uncertain)');
    expect(describeDate(date('200X', '2000-01-01', '2009-12-31'))).toMatchObject({ words: 'the 2000s', precision: 'decade' });
  });

  it('says intervals, open and closed', () => {
    expect(formatDateShort(date('2004-11/2005-03', '2004-11-01', '2005-03-31'))).toBe('from November 2004 to March 2005');
    expect(formatDate(date('../2008', null, '2008-12-31'))).toBe('by 2008 (on or before 31 Dec 2008)');
    expect(formatDate(date('2010/..', '2010-01-01', null))).toBe('from 2010 on (on or after 1 Jan 2010)');
    expect(formatDateShort(date('2003/2014-08-26', '2003-01-01', '2014-08-26'))).toBe('from 2003 to 26 August 2014');
  });

  it('prefers the wording of the data, keeping the range', () => {
    expect(formatDate(date('2004-11/2005-03', '2004-11-01', '2005-03-31', 'between November 2004 and early 2005'))).toBe(
      'between November 2004 and early 2005 (between 1 Nov 2004 and 31 Mar 2005)',
    );
  });

  it('falls back to the EDTF string for forms it does not know', () => {
    expect(describeDate(date('2004-06-XX', '2004-06-01', '2004-06-30'))).toMatchObject({ words: '2004-06-XX', precision: 'unknown' });
    expect(formatDate(null)).toBe('undated');
  });

  it('shortDay leaves junk alone', () => {
    expect(shortDay('2014-08-26')).toBe('26 Aug 2014');
    expect(shortDay('soon')).toBe('soon');
  });
});
