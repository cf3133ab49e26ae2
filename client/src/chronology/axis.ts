import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { Span } from './span';

// The chronology's time axis: a UTC time scale over the data's years, and ticks whose unit
// follows the zoom (years; then months, named "Jan 2005" at each year's start).

export type TimeScale = ScaleTime<number, number>;

const YEAR_MS = 365.25 * 86_400_000;

/** Whole years from the first to the last year any span touches (open ends add nothing); `fallback` when none does. */
export function timeDomain(spans: Iterable<Span>, fallback: [number, number]): [Date, Date] {
  let first = Infinity;
  let last = -Infinity;
  for (const span of spans) {
    for (const ms of [span.start, span.end === null ? null : span.end - 1]) {
      if (ms === null) continue;
      const year = new Date(ms).getUTCFullYear();
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  if (!Number.isFinite(first)) [first, last] = fallback;
  return [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))];
}

/** A scale from the domain onto [0, width]. */
export function makeTimeScale(domain: [Date, Date], width: number): TimeScale {
  return scaleUtc().domain(domain).range([0, Math.max(1, width)]);
}

export interface Tick {
  x: number;
  label: string;
  /** A year boundary: drawn as a stronger grid line. */
  major: boolean;
}

const yearFormat = utcFormat('%Y');
const monthYearFormat = utcFormat('%b %Y');
const monthFormat = utcFormat('%b');
const dayFormat = utcFormat('%-d %b');

/** Ticks spaced at least `minSpacing` px apart, in years, months or days as the zoom allows. */
export function axisTicks(scale: TimeScale, minSpacing = 64): Tick[] {
  const [x0, x1] = scale.range() as [number, number];
  const [d0, d1] = scale.domain() as [Date, Date];
  const pxPerYear = ((x1 - x0) / Math.max(1, d1.getTime() - d0.getTime())) * YEAR_MS;
  const yearStep = [1, 2, 5, 10, 20, 50, 100].find((step) => step * pxPerYear >= minSpacing);
  if (yearStep !== undefined && (yearStep > 1 || pxPerYear < minSpacing * 3)) {
    return utcYear
      .every(yearStep)!
      .range(utcYear.floor(d0), d1)
      .filter((d) => d >= d0)
      .map((d) => ({ x: scale(d), label: yearFormat(d), major: true }));
  }
  const monthStep = [1, 2, 3, 6].find((step) => (step * pxPerYear) / 12 >= minSpacing);
  if (monthStep !== undefined && (monthStep > 1 || pxPerYear / 12 < minSpacing * 3)) {
    return utcMonth
      .every(monthStep)!
      .range(utcMonth.ceil(d0), d1)
      .map((d, i) => {
        const january = d.getUTCMonth() === 0;
        // Every tick says its year when no January is in sight.
        return { x: scale(d), label: january ? yearFormat(d) : i === 0 ? monthYearFormat(d) : monthFormat(d), major: january };
      });
  }
  const pxPerDay = pxPerYear / 365.25;
  const dayStep = [1, 2, 7, 14].find((step) => step * pxPerDay >= minSpacing) ?? 14;
  return utcDay
    .every(dayStep)!
    .range(utcDay.ceil(d0), d1)
    .map((d) => {
      const first = d.getUTCDate() === 1;
      return { x: scale(d), label: first ? monthYearFormat(d) : dayFormat(d), major: first };
    });
}
