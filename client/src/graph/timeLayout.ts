// Places dated entities left to right by their earliest day; entities on (nearly) the same
// day stack in lanes so they do not overlap; undated ones wait in a column on the right.

export interface TimeLayoutNode {
  id: string;
  /** ISO day, or empty/null when undated or open at the start. */
  earliest: string | null;
}

export interface TimeLayoutOptions {
  /** Horizontal pixels per year. */
  pxPerYear?: number;
  /** Minimum horizontal gap before a node may share a lane. */
  minGap?: number;
  laneHeight?: number;
}

export interface Position {
  x: number;
  y: number;
}

const DEFAULTS = { pxPerYear: 160, minGap: 110, laneHeight: 70 };
const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? Math.round(ms / DAY_MS) : null;
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
  dated.sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));
  undated.sort((a, b) => a.localeCompare(b));

  const positions = new Map<string, Position>();
  const first = dated[0]?.day ?? 0;
  const laneEnds: number[] = [];
  let maxX = 0;
  for (const { id, day } of dated) {
    const x = ((day - first) / 365.25) * pxPerYear;
    let lane = laneEnds.findIndex((end) => x - end >= minGap);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(x);
    } else {
      laneEnds[lane] = x;
    }
    // Alternate lanes above and below the axis: 0, +1, -1, +2, -2 ...
    const offset = lane === 0 ? 0 : (lane % 2 === 1 ? 1 : -1) * Math.ceil(lane / 2);
    positions.set(id, { x, y: offset * laneHeight });
    maxX = Math.max(maxX, x);
  }
  const column = dated.length > 0 ? maxX + minGap * 1.5 : 0;
  const top = -((undated.length - 1) * laneHeight) / 2;
  undated.forEach((id, index) => positions.set(id, { x: column, y: top + index * laneHeight }));
  return positions;
}
