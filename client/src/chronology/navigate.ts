import { compareText } from '../order';

// Moving between chronology items with the arrow keys: left and right along a lane (on into the
// next or previous lane at its ends), up and down to the nearest item in time of the lane above or
// below. Pure: it sees lanes of keys with their x, not the DOM.

export interface NavItem {
  key: string;
  x: number;
}

export type Move = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/** Lanes of items sorted by x, empty lanes dropped. */
export function navigationLanes(lanes: readonly (readonly NavItem[])[]): NavItem[][] {
  return lanes.filter((l) => l.length > 0).map((l) => [...l].sort((a, b) => a.x - b.x || compareText(a.key, b.key)));
}

/** The key to focus after `move` from `key` (the same key at an edge). */
export function moveFocus(lanes: readonly (readonly NavItem[])[], key: string, move: Move): string {
  const flat = lanes.flat();
  if (flat.length === 0) return key;
  if (move === 'first') return (flat[0] as NavItem).key;
  if (move === 'last') return (flat[flat.length - 1] as NavItem).key;
  const laneIndex = lanes.findIndex((lane) => lane.some((item) => item.key === key));
  if (laneIndex < 0) return (flat[0] as NavItem).key;
  const lane = lanes[laneIndex] as readonly NavItem[];
  const index = lane.findIndex((item) => item.key === key);
  const current = lane[index] as NavItem;
  if (move === 'left' || move === 'right') {
    const at = flat.indexOf(current) + (move === 'right' ? 1 : -1);
    return (flat[Math.max(0, Math.min(flat.length - 1, at))] as NavItem).key;
  }
  const target = lanes[laneIndex + (move === 'down' ? 1 : -1)];
  if (!target) return key;
  let best = target[0] as NavItem;
  for (const item of target) if (Math.abs(item.x - current.x) < Math.abs(best.x - current.x)) best = item;
  return best.key;
}
