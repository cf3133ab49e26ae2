// The as-of slider moves in whole months; its value is the month's index from January of the
// first year, and the date it stands for is the month's last day (so "as of March 2005" counts
// everything that happened by 31 March).

/** ISO last day of the month `index` months after January of `firstYear`. */
export function monthIndexToDay(firstYear: number, index: number): string {
  const year = firstYear + Math.floor(index / 12);
  const month = index % 12; // 0-based
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.toISOString().slice(0, 10);
}

/** Month index of an ISO day relative to January of `firstYear`. */
export function dayToMonthIndex(firstYear: number, day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7)) - 1;
  return (year - firstYear) * 12 + month;
}

/** First and last year worth offering, from the earliest and latest days of the data; `fallback` when there are none. */
export function yearSpan(days: Iterable<string | null | undefined>, fallback: [number, number]): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  for (const day of days) {
    if (!day) continue;
    const year = Number(day.slice(0, 4));
    if (!Number.isFinite(year)) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return Number.isFinite(first) && Number.isFinite(last) ? [first, last] : fallback;
}
