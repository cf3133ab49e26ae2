import type { Entity, FuzzyDate, Relation } from '../../dataset';
import type { TimelineItem } from '../GraphStore';
import type { DeadlineCheck } from '../deadline';
import type { RelationGraph } from './buildGraph';
import { compareDateSpans, compareIds } from './order';

export interface DatedItem {
  id: string;
  date: FuzzyDate;
  entity: Entity | null;
  relation: Relation | null;
}

export interface TimelineQuery {
  /** ISO days; undefined is an open end. */
  fromDay?: string;
  toDay?: string;
  entity?: string;
  first: number;
}

/** Items are scanned in blocks; a block whose latest day is before `from` is skipped whole. */
const BLOCK = 64;
/** Sorts after every ISO day: the latest day of an open end. */
const OPEN_END = '\uffff';

export function compareItems(a: DatedItem, b: DatedItem): number {
  return compareDateSpans(a.date, b.date) || compareIds(a.id, b.id);
}

/**
 * Sorts in compareItems order. A large data set has a million dated items but only tens of
 * thousands of distinct date objects (the loader shares one per EDTF string), so the distinct
 * dates are sorted, the items dropped into one bucket per date span, and each small bucket
 * sorted by id: linear work instead of a million-item comparison sort.
 */
export function sortItems(items: DatedItem[]): void {
  const distinct = [...new Set(items.map((item) => item.date))].sort(compareDateSpans);
  const bucketOf = new Map<FuzzyDate, number>();
  let bucket = 0;
  distinct.forEach((date, index) => {
    // Equal spans (the same days written differently) share a bucket, so ids decide between them.
    if (index > 0 && compareDateSpans(distinct[index - 1] as FuzzyDate, date) !== 0) bucket++;
    bucketOf.set(date, bucket);
  });
  const buckets: DatedItem[][] = Array.from({ length: bucket + 1 }, () => []);
  for (const item of items) (buckets[bucketOf.get(item.date) as number] as DatedItem[]).push(item);
  let index = 0;
  for (const group of buckets) {
    group.sort((a, b) => compareIds(a.id, b.id));
    for (const item of group) items[index++] = item;
  }
}

function overlaps(date: FuzzyDate, fromDay: string | undefined, toDay: string | undefined): boolean {
  if (toDay !== undefined && date.earliest !== null && date.earliest > toDay) return false;
  if (fromDay !== undefined && date.latest !== null && date.latest < fromDay) return false;
  return true;
}

function toItem(item: DatedItem): TimelineItem {
  return { date: item.date, entity: item.entity, relation: item.relation };
}

/**
 * Every dated entity and relation sorted once by (earliest, latest, id), with the greatest
 * latest day of each block of items, so a query walks forward from the start, skips blocks that
 * ended before `from`, and stops at the first item starting after `to` or at `first` items.
 */
export function buildTimeline(graph: RelationGraph, entities: ReadonlyMap<string, Entity>, relations: readonly Relation[]) {
  const items: DatedItem[] = [];
  for (const entity of entities.values()) if (entity.date) items.push({ id: entity.id, date: entity.date, entity, relation: null });
  for (const relation of relations) if (relation.date) items.push({ id: relation.id, date: relation.date, entity: null, relation });
  sortItems(items);

  const blockLatest: string[] = [];
  for (let start = 0; start < items.length; start += BLOCK) {
    let latest = '';
    for (let index = start; index < Math.min(start + BLOCK, items.length); index++) {
      const day = (items[index] as DatedItem).date.latest ?? OPEN_END;
      if (day > latest) latest = day;
    }
    blockLatest.push(latest);
  }

  const forEntity = (id: string, query: TimelineQuery): TimelineItem[] => {
    const own: DatedItem[] = [];
    const entity = entities.get(id);
    if (entity?.date) own.push({ id, date: entity.date, entity, relation: null });
    if (entity) {
      graph.forEachRelation(id, (relation) => {
        if (relation.date) own.push({ id: relation.id, date: relation.date, entity: null, relation });
      });
    }
    return own
      .filter((item) => overlaps(item.date, query.fromDay, query.toDay))
      .sort(compareItems)
      .slice(0, query.first)
      .map(toItem);
  };

  return (query: TimelineQuery, deadline: DeadlineCheck): TimelineItem[] => {
    if (query.first <= 0) return [];
    if (query.entity !== undefined) return forEntity(query.entity, query);
    const { fromDay, toDay } = query;
    const found: TimelineItem[] = [];
    for (let block = 0; block < blockLatest.length; block++) {
      deadline.check();
      if (fromDay !== undefined && (blockLatest[block] as string) < fromDay) continue;
      for (let index = block * BLOCK; index < Math.min((block + 1) * BLOCK, items.length); index++) {
        const item = items[index] as DatedItem;
        if (toDay !== undefined && item.date.earliest !== null && item.date.earliest > toDay) return found;
        if (!overlaps(item.date, fromDay, toDay)) continue;
        found.push(toItem(item));
        if (found.length >= query.first) return found;
      }
    }
    return found;
  };
}
