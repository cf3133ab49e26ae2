import { ENTITY_KINDS, type EntityKind } from '../api/types';

// How much of a data set the page loads before anyone asks for more. A small data set (the seed)
// is loaded whole; a larger one is cut to INITIAL_ENTITY_CAP entities: the first of each kind in
// id order, each kind in proportion to its share, so the sample looks like the data set (the
// ids alone would give the first kind in the alphabet only). Search, expand and paths fetch the rest.

/** The most entities the page loads at start. */
export const INITIAL_ENTITY_CAP = 1500;

export type KindCounts = Readonly<Record<EntityKind, number>>;

/**
 * How many entities of each kind to load so that they add up to `cap` (or to everything, when
 * there is less): proportional shares, rounded down, the leftover going to the largest
 * remainders (ties in ENTITY_KINDS order). Never more of a kind than it has.
 */
export function kindQuotas(counts: KindCounts, cap: number): Record<EntityKind, number> {
  const total = ENTITY_KINDS.reduce((sum, kind) => sum + Math.max(0, counts[kind]), 0);
  const quotas = { PERSON: 0, AGENCY: 0, REPORT: 0, EVENT: 0 };
  if (total <= cap) {
    for (const kind of ENTITY_KINDS) quotas[kind] = Math.max(0, counts[kind]);
    return quotas;
  }
  const exact = ENTITY_KINDS.map((kind) => ({ kind, share: (Math.max(0, counts[kind]) * cap) / total }));
  for (const { kind, share } of exact) quotas[kind] = Math.floor(share);
  let left = cap - ENTITY_KINDS.reduce((sum, kind) => sum + quotas[kind], 0);
  const byRemainder = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)));
  for (const { kind } of byRemainder) {
    if (left === 0) break;
    if (quotas[kind] < counts[kind]) {
      quotas[kind] += 1;
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
