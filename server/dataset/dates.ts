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

const DAY_MS = 86_400_000;

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

/** Parses an EDTF string into its earliest and latest day; throws DateParseError with the reason. */
export function parseFuzzyDate(edtfText: string, text: string | null = null): FuzzyDate {
  let date = cachedDates.get(edtfText);
  if (!date) {
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

/** Whole days between two ISO days, for callers that need distances on a time axis. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}
