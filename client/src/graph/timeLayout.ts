import { compareText } from '../order';

// Places dated entities left to right by their earliest day, stacking those that would overlap
// in lanes above and below the axis. Undated entities are drawn in a band under the dated ones,
// each at the mean position of its dated neighbours (a person appears where the things they
// were part of happened); undated entities with no dated neighbour wait in a column on the right.

export interface TimeLayoutNode {
  id: string;
  /** ISO day, or empty/null when undated or open at the start. */
  earliest: string | null;
}

export interface TimeLayoutOptions {
  /** Horizontal pixels per year. */
  pxPerYear?: number;
  /** Minimum horizontal gap before a node may share a lane (about a label's width). */
  minGap?: number;
  laneHeight?: number;
  /** Neighbour ids of each node, to place undated nodes near what they touch. */
  neighbours?: ReadonlyMap<string, readonly string[]>;
}

export interface Position {
  x: number;
  y: number;
}

const DEFAULTS = { pxPerYear: 60, minGap: 130, laneHeight: 50 };
const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
}

/** Greedy lanes: each item takes the first lane whose last item is at least `minGap` to the left. */
function assignLanes(xs: readonly number[], minGap: number): number[] {
  const laneEnds: number[] = [];
  return xs.map((x) => {
    let lane = laneEnds.findIndex((end) => x - end >= minGap);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(x);
    } else {
      laneEnds[lane] = x;
    }
    return lane;
  });
}

/** Positions for a preset layout, keyed by node id. Deterministic: ties break by id. */
export function timePositions(nodes: readonly TimeLayoutNode[], options: TimeLayoutOptions = {}): Map<string, Position> {
  const { pxPerYear, minGap, laneHeight } = { ...DEFAULTS, ...options };
  const dated: { id: string; day: number }[] = [];
  const undated: string[] = [];
  for (const node of nodes) {
    const day = node.earliest ? dayNumber(node.earliest) : null;
    if (day === null) undated.push(node.id);
    else dated.push({ id: node.id, day });
  }
  dated.sort((a, b) => a.day - b.day || compareText(a.id, b.id));
  undated.sort(compareText);

  const positions = new Map<string, Position>();
  const first = dated[0]?.day ?? 0;
  const datedX = dated.map(({ day }) => ((day - first) / 365.25) * pxPerYear);
  let lowest = 0;
  let maxX = 0;
  assignLanes(datedX, minGap).forEach((lane, index) => {
    // Alternate lanes below and above the axis: 0, +1, -1, +2, -2 ...
    const offset = lane === 0 ? 0 : (lane % 2 === 1 ? 1 : -1) * Math.ceil(lane / 2);
    const x = datedX[index] ?? 0;
    positions.set(dated[index]!.id, { x, y: offset * laneHeight });
    lowest = Math.max(lowest, offset);
    maxX = Math.max(maxX, x);
  });

  const anchored: { id: string; x: number }[] = [];
  const loose: string[] = [];
  for (const id of undated) {
    const xs = (options.neighbours?.get(id) ?? []).flatMap((n) => {
      const p = positions.get(n);
      return p ? [p.x] : [];
    });
    if (xs.length > 0) anchored.push({ id, x: xs.reduce((a, b) => a + b, 0) / xs.length });
    else loose.push(id);
  }
  anchored.sort((a, b) => a.x - b.x || compareText(a.id, b.id));
  const bandTop = dated.length > 0 ? (lowest + 1.5) * laneHeight : 0;
  assignLanes(anchored.map((a) => a.x), minGap).forEach((lane, index) => {
    const { id, x } = anchored[index]!;
    positions.set(id, { x, y: bandTop + lane * laneHeight });
    maxX = Math.max(maxX, x);
  });

  const column = dated.length + anchored.length > 0 ? maxX + minGap * 1.5 : 0;
  const top = -((loose.length - 1) * laneHeight) / 2;
  loose.forEach((id, index) => positions.set(id, { x: column, y: top + index * laneHeight }));
  return positions;
}
