import edtf from 'edtf';
import { simpleEdtfBounds, type Bounds } from './simpleEdtf';

/** A date as uncertain as its source: the EDTF string plus the first and last day it can mean. */
export interface FuzzyDate {
  edtf: string;
  /** ISO day, e.g. "2009-09-01"; null for an open start. */
  earliest: string | null;
  /** ISO day, e.g. "2009-11-30"; null for an open end. */
  latest: string | null;
  /** The wording in our data, e.g. "autumn 2009". */
  text: string | null;
}

export class DateParseError extends Error {}

interface EdtfValue {
  type: string;
  min: number;
  max: number;
  season?: number;
  year?: number;
  lower?: EdtfValue | null;
  upper?: EdtfValue | null;
}

// The edtf package maps the seasons 21-24 onto calendar quarters (autumn = July-September).
// Our sources are British, so a season means the meteorological one of the northern
// hemisphere: spring March-May, summer June-August, autumn September-November, winter
// December to February of the next year. Codes 25-28 are the explicit northern ones.
const NORTHERN_SEASON_MONTHS: Record<number, [startMonth: number, endMonthExclusive: number]> = {
  21: [2, 5], 22: [5, 8], 23: [8, 11], 24: [11, 14],
  25: [2, 5], 26: [5, 8], 27: [8, 11], 28: [11, 14],
};

function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// ISO days compare as text only with four-digit years; a year past 9999 would come out as
// "+012000-12-31" and sort before every other day.
const FIRST_MS = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_MS = Date.parse('9999-12-31T23:59:59.999Z');

function bounds(value: EdtfValue): Bounds {
  if (value.type === 'Season' && value.season !== undefined && value.year !== undefined) {
    const months = NORTHERN_SEASON_MONTHS[value.season];
    if (months) {
      return [Date.UTC(value.year, months[0], 1), Date.UTC(value.year, months[1], 1) - 1];
    }
  }
  if (value.type === 'Interval') {
    const lower = value.lower ? bounds(value.lower)[0] : Number.NEGATIVE_INFINITY;
    const upper = value.upper ? bounds(value.upper)[1] : Number.POSITIVE_INFINITY;
    return [lower, upper];
  }
  return [value.min, value.max];
}

// A large data set repeats the same few thousand date strings over a million times, so each
// string is read once and its FuzzyDate (frozen, shared by every record without its own
// wording) is remembered. The cache is cleared when full, so user-supplied dates cannot grow
// it without end.
const MAX_CACHED = 200_000;
const cachedDates = new Map<string, FuzzyDate>();

/**
 * The longest EDTF string read. The edtf package's parser slows down faster than its input
 * grows (an 80 KB set of years took seconds and gigabytes), and real dates are short: the
 * longest forms ("2004-11-01?/2005-03-31~", a set of a few days) fit with room to spare.
 */
export const MAX_EDTF_LENGTH = 64;

/** Parses an EDTF string into its earliest and latest day; throws DateParseError with the reason. */
export function parseFuzzyDate(edtfText: string, text: string | null = null): FuzzyDate {
  let date = cachedDates.get(edtfText);
  if (!date) {
    if (edtfText.length > MAX_EDTF_LENGTH) {
      throw new DateParseError(`a date of ${edtfText.length} characters is too long; at most ${MAX_EDTF_LENGTH}`);
    }
    date = Object.freeze({ edtf: edtfText, ...parseDays(edtfText), text: null });
    if (cachedDates.size >= MAX_CACHED) cachedDates.clear();
    cachedDates.set(edtfText, date);
  }
  return text === null ? date : { ...date, text };
}

function readWithPackage(edtfText: string): Bounds {
  let value: EdtfValue;
  try {
    value = edtf(edtfText) as unknown as EdtfValue;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DateParseError(`"${edtfText}" is not a valid EDTF date (${reason})`);
  }
  return bounds(value);
}

function parseDays(edtfText: string): { earliest: string | null; latest: string | null } {
  const [min, max] = simpleEdtfBounds(edtfText) ?? readWithPackage(edtfText);
  if ((Number.isFinite(min) && min < FIRST_MS) || (Number.isFinite(max) && max > LAST_MS)) {
    throw new DateParseError(`"${edtfText}" reaches outside the years 0000 to 9999`);
  }
  const earliest = Number.isFinite(min) ? toIsoDay(min) : null;
  const latest = Number.isFinite(max) ? toIsoDay(max) : null;
  if (earliest === null && latest === null) {
    throw new DateParseError(`"${edtfText}" is open at both ends`);
  }
  if (earliest !== null && latest !== null && earliest > latest) {
    throw new DateParseError(`"${edtfText}" ends before it starts`);
  }
  return { earliest, latest };
}

/**
 * Reads a user-supplied date bound (ISO day or EDTF) for filtering.
 * `side` picks which end of a fuzzy value counts: "from" takes the earliest day, "to" the latest.
 */
export function parseDateBound(input: string, side: 'from' | 'to'): string {
  const parsed = parseFuzzyDate(input.trim());
  const day = side === 'from' ? parsed.earliest ?? parsed.latest : parsed.latest ?? parsed.earliest;
  // parseFuzzyDate guarantees at least one end.
  return day as string;
}
