import { compareText } from '../order';

// Geometry of the timeline strip, with no DOM in it: a day scale over whole years, bars placed
// in lanes so they do not overlap, and year ticks spaced to stay readable.

const DAY_MS = 86_400_000;

export interface TimelineSpan {
  key: string;
  earliest: string | null;
  latest: string | null;
}

export interface TimeScale {
  /** Day numbers (days since 1970-01-01) of the domain's first and last day. */
  startDay: number;
  endDay: number;
  width: number;
  toX(day: number): number;
  toDay(x: number): number;
}

export function isoToDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A scale from 1 January of the first year any span touches to 31 December of the last. */
export function makeScale(spans: readonly TimelineSpan[], width: number): TimeScale {
  let first = Infinity;
  let last = -Infinity;
  for (const span of spans) {
    for (const iso of [span.earliest, span.latest]) {
      if (!iso) continue;
      const year = Number(iso.slice(0, 4));
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  if (!Number.isFinite(first)) {
    first = 1997;
    last = 2014;
  }
  const startDay = isoToDay(`${first}-01-01`);
  const endDay = isoToDay(`${last}-12-31`) + 1;
  const span = endDay - startDay;
  return {
    startDay,
    endDay,
    width,
    toX: (day) => ((day - startDay) / span) * width,
    toDay: (x) => Math.round(startDay + (Math.min(Math.max(x, 0), width) / width) * span),
  };
}

export interface TimelineBar {
  key: string;
  x1: number;
  x2: number;
  lane: number;
}

/** Bars for spans (open ends reach the edge), in the first lane with room; overflow shares the last lane. */
export function layoutBars(spans: readonly TimelineSpan[], scale: TimeScale, lanes = 5, minWidth = 4, gap = 2): TimelineBar[] {
  const laneEnds: number[] = Array.from({ length: lanes }, () => -Infinity);
  const sorted = [...spans].sort(
    (a, b) => compareText(a.earliest ?? '', b.earliest ?? '') || compareText(a.latest ?? '', b.latest ?? '') || compareText(a.key, b.key),
  );
  return sorted.map((span) => {
    const x1 = span.earliest ? scale.toX(isoToDay(span.earliest)) : 0;
    const rawX2 = span.latest ? scale.toX(isoToDay(span.latest) + 1) : scale.width;
    const x2 = Math.max(rawX2, x1 + minWidth);
    let lane = laneEnds.findIndex((end) => end + gap <= x1);
    if (lane < 0) lane = lanes - 1;
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x2);
    return { key: span.key, x1, x2, lane };
  });
}

/** Year ticks at a step (1, 2, 5, 10 ... years) that keeps labels at least `minSpacing` px apart. */
export function yearTicks(scale: TimeScale, minSpacing = 48): { year: number; x: number }[] {
  const firstYear = new Date(scale.startDay * DAY_MS).getUTCFullYear();
  const lastYear = new Date((scale.endDay - 1) * DAY_MS).getUTCFullYear();
  const pxPerYear = scale.width / Math.max(1, lastYear - firstYear + 1);
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => s * pxPerYear >= minSpacing) ?? 100;
  const ticks: { year: number; x: number }[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    if ((year - firstYear) % step === 0) ticks.push({ year, x: scale.toX(isoToDay(`${year}-01-01`)) });
  }
  return ticks;
}
