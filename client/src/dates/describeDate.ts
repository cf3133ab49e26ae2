import type { FuzzyDate } from '../api/types';

// EDTF in words for people. Covers the forms the data sets use (seed/README.md, Dates); any
// other form falls back to the EDTF string itself rather than guessing.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<number, string> = { 21: 'spring', 22: 'summer', 23: 'autumn', 24: 'winter', 25: 'spring', 26: 'summer', 27: 'autumn', 28: 'winter' };

export type Precision = 'day' | 'month' | 'season' | 'year' | 'decade' | 'century' | 'interval' | 'unknown';

export interface DateWords {
  /** "autumn 2009", "about 2008", "from November 2004 to March 2005" */
  words: string;
  /** "between 1 Sep 2009 and 30 Nov 2009"; empty for a single exact day. */
  range: string;
  precision: Precision;
}

/** "1 Sep 2009" from an ISO day. */
export function shortDay(iso: string): string {
  const match = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month.slice(0, 3)} ${match[1]}` : iso;
}

interface Part {
  words: string;
  precision: Precision;
}

function describePart(text: string): Part | null {
  const match = /^(\d{2})(\d|X)(\d|X)(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/.exec(text);
  if (!match) return null;
  const [, century, decade, year, second, day, qualifier] = match;
  let part: Part;
  if (year === 'X' && decade === 'X') {
    part = { words: `the ${century}00s`, precision: 'century' };
  } else if (year === 'X') {
    part = { words: `the ${century}${decade}0s`, precision: 'decade' };
  } else if (decade === 'X') {
    return null;
  } else {
    const yyyy = `${century}${decade}${year}`;
    const code = second === undefined ? 0 : Number(second);
    if (second === undefined) part = { words: yyyy, precision: 'year' };
    else if (SEASONS[code] && day === undefined) part = { words: `${SEASONS[code]} ${yyyy}`, precision: 'season' };
    else if (code >= 1 && code <= 12 && day === undefined) part = { words: `${MONTHS[code - 1]} ${yyyy}`, precision: 'month' };
    else if (code >= 1 && code <= 12 && day !== undefined) part = { words: `${Number(day)} ${MONTHS[code - 1]} ${yyyy}`, precision: 'day' };
    else return null;
  }
  if (qualifier === '~') part.words = `about ${part.words}`;
  else if (qualifier === '?') part.words = `${part.words} (uncertain)`;
  else if (qualifier === '%') part.words = `about ${part.words} (uncertain)`;
  return part;
}

function describeEdtf(edtf: string): Part {
  const slash = edtf.indexOf('/');
  if (slash < 0) return describePart(edtf) ?? { words: edtf, precision: 'unknown' };
  const start = edtf.slice(0, slash);
  const end = edtf.slice(slash + 1);
  const from = describePart(start);
  const to = describePart(end);
  const open = (s: string) => s === '..';
  const unknown = (s: string) => s === '';
  if (open(start) && to) return { words: `by ${to.words}`, precision: 'interval' };
  if (unknown(start) && to) return { words: `until ${to.words} (start unknown)`, precision: 'interval' };
  if (from && open(end)) return { words: `from ${from.words} on`, precision: 'interval' };
  if (from && unknown(end)) return { words: `from ${from.words} (end unknown)`, precision: 'interval' };
  if (from && to) return { words: `from ${from.words} to ${to.words}`, precision: 'interval' };
  return { words: edtf, precision: 'unknown' };
}

function describeRange(date: FuzzyDate): string {
  const { earliest, latest } = date;
  if (earliest && latest) return earliest === latest ? '' : `between ${shortDay(earliest)} and ${shortDay(latest)}`;
  if (latest) return `on or before ${shortDay(latest)}`;
  if (earliest) return `on or after ${shortDay(earliest)}`;
  return 'date unknown';
}

/** Words, range and precision of a fuzzy date. */
export function describeDate(date: FuzzyDate): DateWords {
  const part = describeEdtf(date.edtf.trim());
  return { words: date.text?.trim() || part.words, range: describeRange(date), precision: part.precision };
}

/** One line: "autumn 2009 (between 1 Sep 2009 and 30 Nov 2009)". */
export function formatDate(date: FuzzyDate | null | undefined): string {
  if (!date) return 'undated';
  const { words, range } = describeDate(date);
  return range ? `${words} (${range})` : words;
}

/** Compact label for lists and the graph: the wording only. */
export function formatDateShort(date: FuzzyDate | null | undefined): string {
  return date ? describeDate(date).words : 'undated';
}
