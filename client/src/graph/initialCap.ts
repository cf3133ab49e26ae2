import type { EntityKind } from '../api/types';

// How much of a data set the page loads before anyone asks for more. A small data set (the seed)
// is loaded whole; a larger one is cut to INITIAL_ENTITY_CAP entities: the first of each kind in
// id order, each kind in proportion to its share, so the sample looks like the data set (the
// ids alone would give the first kind in the alphabet only). Search, expand and paths fetch the rest.

/** The most entities the page loads at start. */
export const INITIAL_ENTITY_CAP = 1500;

/** How many entities each kind has, in the data set's order of kinds. */
export type KindCounts = readonly { kind: EntityKind; count: number }[];

/**
 * How many entities of each kind to load so that they add up to `cap` (or to everything, when
 * there is less): proportional shares, rounded down, the leftover going to the largest
 * remainders (ties in the kinds' order). Never more of a kind than it has.
 */
export function kindQuotas(counts: KindCounts, cap: number): Map<EntityKind, number> {
  const sizes = counts.map(({ kind, count }) => ({ kind, count: Math.max(0, count) }));
  const total = sizes.reduce((sum, { count }) => sum + count, 0);
  if (total <= cap) return new Map(sizes.map(({ kind, count }) => [kind, count]));
  const exact = sizes.map(({ kind, count }) => ({ kind, count, share: (count * cap) / total }));
  const quotas = new Map(exact.map(({ kind, share }) => [kind, Math.floor(share)]));
  let left = cap - [...quotas.values()].reduce((sum, quota) => sum + quota, 0);
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)));
  for (const { kind, count } of byRemainder) {
    if (left === 0) break;
    const quota = quotas.get(kind) ?? 0;
    if (quota < count) {
      quotas.set(kind, quota + 1);
      left -= 1;
    }
  }
  return quotas;
}

/** 1500 → "1,500": the same on every machine, whatever its locale. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What the page says while it holds only part of the data set; null when it holds all of it. */
export function capNotice(loaded: number, total: number): string | null {
  if (loaded >= total) return null;
  return `Showing ${formatCount(loaded)} of ${formatCount(total)} entities — search or expand to see more.`;
}
