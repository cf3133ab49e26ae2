import type { Entity, FuzzyDate, Relation } from '../../dataset';
import type { TimelineItem } from '../GraphStore';
import type { DeadlineCheck } from '../deadline';
import type { RelationGraph } from './buildGraph';
import { compareDateSpans, compareIds, firstIndexAfter, insertSorted, removeSorted } from './order';

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

/** The latest day of a block of items, open ends last. */
function latestOf(block: readonly DatedItem[]): string {
  let latest = '';
  for (const item of block) {
    const day = item.date.latest ?? OPEN_END;
    if (day > latest) latest = day;
  }
  return latest;
}

/**
 * Every dated entity and relation in (earliest, latest, id) order, cut into blocks that each
 * know their greatest latest day, so a query walks forward from the start, skips blocks that
 * ended before `from`, and stops at the first item starting after `to` or at `first` items.
 * An edit puts one item into or takes one out of its block (binary search); a block that grows
 * to twice its size is split, an empty one dropped, so nothing is re-sorted or shifted whole.
 */
export class Timeline {
  private readonly blocks: DatedItem[][] = [];
  private readonly blockLatest: string[] = [];

  constructor(
    private readonly graph: RelationGraph,
    private readonly entities: ReadonlyMap<string, Entity>,
    relations: Iterable<Relation>,
  ) {
    const items: DatedItem[] = [];
    for (const entity of entities.values()) if (entity.date) items.push(entityItem(entity, entity.date));
    for (const relation of relations) if (relation.date) items.push(relationItem(relation, relation.date));
    sortItems(items);
    for (let start = 0; start < items.length; start += BLOCK) {
      const block = items.slice(start, start + BLOCK);
      this.blocks.push(block);
      this.blockLatest.push(latestOf(block));
    }
  }

  /** Adds an entity's or relation's item; nothing when it is undated. */
  add(record: { entity: Entity } | { relation: Relation }): void {
    const item = itemOf(record);
    if (item === null) return;
    if (this.blocks.length === 0) {
      this.blocks.push([item]);
      this.blockLatest.push(latestOf([item]));
      return;
    }
    const index = this.blockOf(item);
    const block = this.blocks[index] as DatedItem[];
    insertSorted(block, item, compareItems);
    if (block.length >= 2 * BLOCK) {
      const second = block.splice(BLOCK);
      this.blocks.splice(index + 1, 0, second);
      this.blockLatest.splice(index + 1, 0, latestOf(second));
    }
    this.blockLatest[index] = latestOf(block);
  }

  /** Removes the item of an entity or relation as it was added (same date); nothing when undated. */
  remove(record: { entity: Entity } | { relation: Relation }): void {
    const item = itemOf(record);
    if (item === null || this.blocks.length === 0) return;
    const index = this.blockOf(item);
    const block = this.blocks[index] as DatedItem[];
    if (!removeSorted(block, item, compareItems)) return;
    if (block.length > 0) {
      this.blockLatest[index] = latestOf(block);
    } else {
      this.blocks.splice(index, 1);
      this.blockLatest.splice(index, 1);
    }
  }

  /** The block an item belongs in: the last whose first item does not come after it (the first block when none). */
  private blockOf(item: DatedItem): number {
    const after = firstIndexAfter(this.blocks, (block) => block[0] as DatedItem, compareItems, item);
    return Math.max(0, after - 1);
  }

  query(query: TimelineQuery, deadline: DeadlineCheck): TimelineItem[] {
    if (query.first <= 0) return [];
    if (query.entity !== undefined) return this.forEntity(query.entity, query);
    const { fromDay, toDay } = query;
    const found: TimelineItem[] = [];
    for (let index = 0; index < this.blocks.length; index++) {
      deadline.check();
      if (fromDay !== undefined && (this.blockLatest[index] as string) < fromDay) continue;
      for (const item of this.blocks[index] as DatedItem[]) {
        if (toDay !== undefined && item.date.earliest !== null && item.date.earliest > toDay) return found;
        if (!overlaps(item.date, fromDay, toDay)) continue;
        found.push(toItem(item));
        if (found.length >= query.first) return found;
      }
    }
    return found;
  }

  private forEntity(id: string, query: TimelineQuery): TimelineItem[] {
    const own: DatedItem[] = [];
    const entity = this.entities.get(id);
    if (entity?.date) own.push(entityItem(entity, entity.date));
    if (entity) {
      this.graph.forEachRelation(id, (relation) => {
        if (relation.date) own.push(relationItem(relation, relation.date));
      });
    }
    return own
      .filter((item) => overlaps(item.date, query.fromDay, query.toDay))
      .sort(compareItems)
      .slice(0, query.first)
      .map(toItem);
  }
}

function entityItem(entity: Entity, date: FuzzyDate): DatedItem {
  return { id: entity.id, date, entity, relation: null };
}

function relationItem(relation: Relation, date: FuzzyDate): DatedItem {
  return { id: relation.id, date, entity: null, relation };
}

function itemOf(record: { entity: Entity } | { relation: Relation }): DatedItem | null {
  if ('entity' in record) return record.entity.date ? entityItem(record.entity, record.entity.date) : null;
  return record.relation.date ? relationItem(record.relation, record.relation.date) : null;
}
