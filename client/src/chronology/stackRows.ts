import { compareText } from '../order';

// Rows within a lane so that nothing overlaps: each item claims [left, right] (its drawing and its
// label); items go, in order of their left edge, into the first row whose last right edge is
// `gap` px before them, or into a new row.

export interface Extent {
  key: string;
  left: number;
  right: number;
}

/** Row of each key, and how many rows were used. */
export function stackRows(extents: readonly Extent[], gap = 6): { rows: Map<string, number>; count: number } {
  const sorted = [...extents].sort((a, b) => a.left - b.left || a.right - b.right || compareText(a.key, b.key));
  const rowEnds: number[] = [];
  const rows = new Map<string, number>();
  for (const extent of sorted) {
    let row = rowEnds.findIndex((end) => end + gap <= extent.left);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(extent.right);
    } else {
      rowEnds[row] = extent.right;
    }
    rows.set(extent.key, row);
  }
  return { rows, count: rowEnds.length };
}
