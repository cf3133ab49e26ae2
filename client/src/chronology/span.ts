import type { FuzzyDate } from '../api/types';

// A fuzzy date as a stretch of time in milliseconds (UTC): from the start of its earliest day to
// the end of its latest day. An open or unknown end is null, never a made-up bound.

const DAY_MS = 86_400_000;

export interface Span {
  /** Start of the earliest day; null when the start is open or unknown. */
  start: number | null;
  /** End of the latest day (exclusive); null when the end is open or unknown. */
  end: number | null;
}

/** Milliseconds of the start of an ISO day (UTC). */
export function dayStart(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!Number.isFinite(ms)) throw new Error(`not an ISO day: "${iso}"`);
  return ms;
}

/** The ISO day a moment falls on (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The span of a fuzzy date; null when it is undated or open at both ends. */
export function spanOf(date: FuzzyDate | null | undefined): Span | null {
  if (!date) return null;
  const start = date.earliest ? dayStart(date.earliest) : null;
  const end = date.latest ? dayStart(date.latest) + DAY_MS : null;
  return start === null && end === null ? null : { start, end };
}

/** Where a span sits for ordering: its start, or its end when the start is open. */
export function spanKey(span: Span): number {
  return span.start ?? (span.end as number) - 1;
}

/** The smallest span holding all of these (an open end wins). */
export function unionSpan(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  let start: number | null = Infinity;
  let end: number | null = -Infinity;
  for (const span of spans) {
    start = start === null || span.start === null ? null : Math.min(start, span.start);
    end = end === null || span.end === null ? null : Math.max(end, span.end);
  }
  return { start, end };
}
