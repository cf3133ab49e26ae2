import type { TimeScale } from './axis';
import { fitLabel, type Measure } from './labels';
import type { ChronoItem, ChronologyModel, Lane } from './model';
import { stackRows } from './stackRows';

// Geometry of the chronology at the base zoom: rows are stacked once, at the widest view, so
// that zooming in (which only moves items apart) never makes labels collide and lanes keep
// their heights. Positions along x are recomputed per zoom by `placeX`.

export const GEOMETRY = {
  rowHeight: 30,
  barHeight: 8,
  fontSize: 12,
  lanePadding: 6,
  minLaneHeight: 46,
  /** How far an open end is drawn past the known end, fading out. */
  openStub: 36,
  /** Smallest drawn width: a day-precise fact is still a visible mark. */
  minBar: 8,
  maxLabel: 180,
  gap: 10,
} as const;

export interface ItemX {
  /** Drawn extent of the bar, open stubs included. */
  x1: number;
  x2: number;
  openStart: boolean;
  openEnd: boolean;
  /** Where a knowledge arrow meets the bar. */
  anchor: number;
  claimed: { x1: number; x2: number }[];
}

export interface PlacedItem {
  item: ChronoItem;
  row: number;
  /** Top of the item's row. */
  y: number;
  label: string;
  labelWidth: number;
}

export interface PlacedLane {
  lane: Lane;
  y: number;
  height: number;
}

export interface ChronologyLayout {
  lanes: PlacedLane[];
  items: PlacedItem[];
  height: number;
}

function barX(span: { start: number | null; end: number | null }, scale: TimeScale): { x1: number; x2: number; openStart: boolean; openEnd: boolean } {
  const { openStub, minBar } = GEOMETRY;
  const openStart = span.start === null;
  const openEnd = span.end === null;
  let x1 = openStart ? scale(span.end as number) - openStub : scale(span.start as number);
  let x2 = openEnd ? scale(span.start as number) + openStub : scale(span.end as number);
  if (x2 - x1 < minBar) {
    const mid = (x1 + x2) / 2;
    x1 = mid - minBar / 2;
    x2 = mid + minBar / 2;
  }
  return { x1, x2, openStart, openEnd };
}

/** Where an item is drawn along x under a (zoomed) scale. */
export function placeX(item: ChronoItem, scale: TimeScale): ItemX {
  const bar = barX(item.span, scale);
  const { span } = item;
  const anchor = span.start === null ? scale(span.end as number) : span.end === null ? scale(span.start) : (bar.x1 + bar.x2) / 2;
  return { ...bar, anchor, claimed: item.claimed.map((c) => barX(c.span, scale)) };
}

/** Rows and heights for every lane, with labels fitted to the base zoom. */
export function layoutChronology(model: ChronologyModel, scale: TimeScale, measure: Measure): ChronologyLayout {
  const { rowHeight, lanePadding, minLaneHeight, maxLabel, gap } = GEOMETRY;
  const byLane = new Map<string, ChronoItem[]>();
  for (const item of model.items) {
    const list = byLane.get(item.laneId) ?? [];
    list.push(item);
    byLane.set(item.laneId, list);
  }
  const lanes: PlacedLane[] = [];
  const items: PlacedItem[] = [];
  let y = 0;
  for (const lane of model.lanes) {
    const laneItems = byLane.get(lane.id) ?? [];
    const labels = new Map<string, string>();
    const extents = laneItems.map((item) => {
      const x = placeX(item, scale);
      const left = Math.min(x.x1, ...x.claimed.map((c) => c.x1));
      const right = Math.max(x.x2, ...x.claimed.map((c) => c.x2));
      const label = fitLabel(item.label, maxLabel, measure);
      labels.set(item.key, label);
      return { key: item.key, left, right: Math.max(right, left + measure(label)) };
    });
    const { rows, count } = stackRows(extents, gap);
    const height = Math.max(minLaneHeight, count * rowHeight + 2 * lanePadding);
    for (const item of laneItems) {
      const row = rows.get(item.key) ?? 0;
      const label = labels.get(item.key) ?? item.label;
      items.push({ item, row, y: y + lanePadding + row * rowHeight, label, labelWidth: measure(label) });
    }
    lanes.push({ lane, y, height });
    y += height;
  }
  return { lanes, items, height: y };
}
