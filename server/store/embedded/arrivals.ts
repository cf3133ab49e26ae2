import type { Relation } from '../../dataset';
import { FirstIndexTree } from './firstIndexTree';
import type { DatedRelation } from './knowledgeReach';
import { compareEarliest, compareIds, compareLatest, lowerBound } from './order';

/**
 * A relation a body hears of within one link: sent to the body itself (`link` null), or to
 * `receiver`, whose knowledge flows into the body over `link` (in force at the relation's date).
 */
export interface Arrival {
  relation: DatedRelation;
  receiver: string;
  link: Relation | null;
}

export type End = 'earliest' | 'latest';

/** Sort keys for open ends: before and after every ISO day. */
export const OPEN_START = '';
export const OPEN_END = '\uffff';

/** By the chosen end of the relation's date, then relation id: which relation is the via. */
export function compareRelations(a: DatedRelation, b: DatedRelation, end: End): number {
  const order = end === 'earliest' ? compareEarliest(a.date.earliest, b.date.earliest) : compareLatest(a.date.latest, b.date.latest);
  return order || compareIds(a.id, b.id);
}

function compareArrivals(a: Arrival, b: Arrival, end: End): number {
  return compareRelations(a.relation, b.relation, end) || (a.link === null ? 0 : 1) - (b.link === null ? 0 : 1) || compareIds(a.link?.id ?? '', b.link?.id ?? '');
}

const byLatest = (a: Arrival, b: Arrival) => compareArrivals(a, b, 'latest');
const byEarliest = (a: Arrival, b: Arrival) => compareArrivals(a, b, 'earliest');
const latestKey = (arrival: Arrival) => arrival.relation.date.latest ?? OPEN_END;
const earliestKey = (arrival: Arrival) => arrival.relation.date.earliest ?? OPEN_START;

/** The first index of sorted `keys` holding a key >= `bound` (keys.length when none). */
export function firstAtLeast(keys: readonly string[], bound: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as string) < bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * What a body hears of within one link, in the two orders a via is chosen by, with what finds
 * the first one in force at a link's dates: in latest-day order, the first at or after the
 * link's start (binary search) that began by its end (`earliestFrom`); in earliest-day order,
 * the first that began by the link's end and ended at or after its start (`latestFrom`).
 * An edit adds or removes single arrivals in place; the search trees, which cannot shift, are
 * built again when next used.
 */
export class Arrivals {
  readonly byLatest: Arrival[];
  /** Latest days in byLatest order (open: OPEN_END); bounded ones first. */
  readonly latestKeys: string[];
  readonly byEarliest: Arrival[];
  /** Earliest days in byEarliest order (open: OPEN_START). */
  readonly earliestKeys: string[];
  private earliestTree: FirstIndexTree | null = null;
  private latestTree: FirstIndexTree | null = null;

  constructor(
    list: readonly Arrival[],
    /** Below this many arrivals a scan beats building and descending a tree. */
    private readonly treeFrom: number,
  ) {
    this.byLatest = [...list].sort(byLatest);
    this.byEarliest = [...list].sort(byEarliest);
    this.latestKeys = this.byLatest.map(latestKey);
    this.earliestKeys = this.byEarliest.map(earliestKey);
  }

  /** How many arrivals have a bounded latest day (they come first in byLatest). */
  get boundedCount(): number {
    return firstAtLeast(this.latestKeys, OPEN_END);
  }

  /** Over byLatest, the earliest days (min tree); null for a short list, which is scanned instead. */
  get earliestFrom(): FirstIndexTree | null {
    if (this.byLatest.length < this.treeFrom) return null;
    this.earliestTree ??= new FirstIndexTree(this.byLatest.map(earliestKey), 'min');
    return this.earliestTree;
  }

  /** Over byEarliest, the latest days (max tree); null for a short list. */
  get latestFrom(): FirstIndexTree | null {
    if (this.byEarliest.length < this.treeFrom) return null;
    this.latestTree ??= new FirstIndexTree(this.byEarliest.map(latestKey), 'max');
    return this.latestTree;
  }

  add(arrival: Arrival): void {
    const atLatest = lowerBound(this.byLatest, arrival, byLatest);
    this.byLatest.splice(atLatest, 0, arrival);
    this.latestKeys.splice(atLatest, 0, latestKey(arrival));
    const atEarliest = lowerBound(this.byEarliest, arrival, byEarliest);
    this.byEarliest.splice(atEarliest, 0, arrival);
    this.earliestKeys.splice(atEarliest, 0, earliestKey(arrival));
    this.earliestTree = this.latestTree = null;
  }

  /** Removes the arrival equal to this one (same relation and link); nothing when absent. */
  remove(arrival: Arrival): void {
    const atLatest = lowerBound(this.byLatest, arrival, byLatest);
    if (atLatest >= this.byLatest.length || byLatest(this.byLatest[atLatest] as Arrival, arrival) !== 0) return;
    this.byLatest.splice(atLatest, 1);
    this.latestKeys.splice(atLatest, 1);
    const atEarliest = lowerBound(this.byEarliest, arrival, byEarliest);
    this.byEarliest.splice(atEarliest, 1);
    this.earliestKeys.splice(atEarliest, 1);
    this.earliestTree = this.latestTree = null;
  }
}
