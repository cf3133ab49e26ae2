import type { FuzzyDate } from '../../dataset';

// Orderings shared by the embedded store's indexes. Ids compare by UTF-16 code unit (plain `<`),
// never with localeCompare: Neo4j orders strings by code point, and for the ids of a data set
// (ASCII, see seed/README.md) the two agree; a locale collation would not.

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Element by element; used for paths' entity and relation id sequences of equal length. */
export function compareIdSequences(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const order = compareIds(a[index] as string, b[index] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** Earliest days ascending, an open start (null) before every day. */
export function compareEarliest(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Latest days ascending, an open end (null) after every day. */
export function compareLatest(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Dates by earliest day (open start first), undated (null) after every dated value.
 * The order of relationsOf.
 */
export function compareDateEarliestUndatedLast(a: FuzzyDate | null, b: FuzzyDate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareEarliest(a.earliest, b.earliest);
}

/** Timeline order of two dates: earliest day (open start first), then latest (open end last). */
export function compareDateSpans(a: FuzzyDate, b: FuzzyDate): number {
  return compareEarliest(a.earliest, b.earliest) || compareLatest(a.latest, b.latest);
}

/** Whether a date had begun by `day`: open at the start, or starting on or before `day`. */
export function beganBy(date: FuzzyDate, day: string): boolean {
  return date.earliest === null || date.earliest <= day;
}

/** The span ended by `day` (its latest possible day is on or before it); an open end never has. */
export function endedBy(date: FuzzyDate, day: string): boolean {
  return date.latest !== null && date.latest <= day;
}

/** Index of the first item of a list sorted by `compare` on `keyOf` whose key comes after `after`. */
export function firstIndexAfter<T, K>(list: readonly T[], keyOf: (item: T) => K, compare: (a: K, b: K) => number, after: K): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(keyOf(list[middle] as T), after) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first item of a list sorted by `compare` that does not come before `item`. */
export function lowerBound<T>(list: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle] as T, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Puts `item` into a list sorted by `compare`, keeping it sorted (binary search, one splice). */
export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
  list.splice(lowerBound(list, item, compare), 0, item);
}

/**
 * Takes out of a list sorted by `compare` the element that compares equal to `item` (the order
 * must be total on the list's elements); returns whether there was one.
 */
export function removeSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): boolean {
  const index = lowerBound(list, item, compare);
  if (index >= list.length || compare(list[index] as T, item) !== 0) return false;
  list.splice(index, 1);
  return true;
}

/**
 * `list` (sorted by `compare`) without the elements in `removed` and with `added` put in, as a
 * new list: one pass copying the list, a binary search per added element, a sort of `added`
 * only. For many changes at once, where a splice each would shift the whole list every time.
 */
export function replaceSorted<T>(list: readonly T[], removed: ReadonlySet<T>, added: readonly T[], compare: (a: T, b: T) => number): T[] {
  const result: T[] = [];
  let from = 0;
  const keep = (to: number) => {
    for (; from < to; from++) {
      const item = list[from] as T;
      if (!removed.has(item)) result.push(item);
    }
  };
  for (const item of [...added].sort(compare)) {
    keep(lowerBound(list, item, compare));
    result.push(item);
  }
  keep(list.length);
  return result;
}
