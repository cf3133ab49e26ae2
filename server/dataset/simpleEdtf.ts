// A fast reader for the EDTF forms that make up nearly every date in a data set: a year, a
// month or a day (YYYY, YYYY-MM, YYYY-MM-DD) with at most one trailing qualifier (? ~ %), and
// intervals of those with an open end (".."). The edtf package reads everything but builds a
// new parser per call (about 0.1 ms each); at 100k entities that was 8 s of start-up for 74k
// distinct strings. Anything else (seasons, unspecified digits, unknown ends, years before
// 1000, impossible days, intervals whose end does not start after their start) returns null and goes to the edtf package, so
// every error message stays the package's own. tests/unit/simpleEdtf.test.ts checks that both
// readers agree.

/** First and last millisecond a simple EDTF value can mean; ±Infinity for an open end. */
export type Bounds = [min: number, max: number];

const POINT = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?[?~%]?$/;

function pointBounds(text: string): Bounds | null {
  const match = POINT.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1) - 1];
  const month = Number(match[2]) - 1;
  if (match[3] === undefined) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1) - 1];
  const day = Number(match[3]);
  const start = Date.UTC(year, month, day);
  // 2009-02-30 would roll over into March: not a day, so the package reports it.
  if (new Date(start).getUTCDate() !== day) return null;
  return [start, start + 86_400_000 - 1];
}

/** The bounds of `text` when it is in the simple subset, otherwise null. */
export function simpleEdtfBounds(text: string): Bounds | null {
  const slash = text.indexOf('/');
  if (slash === -1) return pointBounds(text);
  const lowerText = text.slice(0, slash);
  const upperText = text.slice(slash + 1);
  if (lowerText === '..' && upperText === '..') return null;
  const lower: Bounds | null = lowerText === '..' ? [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY] : pointBounds(lowerText);
  const upper: Bounds | null = upperText === '..' ? [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY] : pointBounds(upperText);
  // The package refuses an interval whose end does not start after its start (2009/2009).
  if (!lower || !upper || upper[0] <= lower[0]) return null;
  return [lower[0], upper[1]];
}
