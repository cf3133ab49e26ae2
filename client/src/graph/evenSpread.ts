import type { Position } from 'cytoscape';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/**
 * A layout made even: each node keeps its direction from the centre of mass and its rank by
 * distance (the hubs a spectral layout puts in the middle stay there), but the k-th nearest
 * moves to the radius at which a disc holds k nodes at `spacing` x `spacing` each. A dense core
 * and sparse rim become one even disc. Ties in distance go by id, so the result is the same
 * whatever order the nodes come in.
 */
export function spreadEvenly(nodes: readonly Placed[], spacing: number): Map<string, Position> {
  const result = new Map<string, Position>();
  if (nodes.length === 0) return result;
  const cx = nodes.reduce((sum, n) => sum + n.x, 0) / nodes.length;
  const cy = nodes.reduce((sum, n) => sum + n.y, 0) / nodes.length;
  const polar = nodes.map((n) => ({ id: n.id, distance: Math.hypot(n.x - cx, n.y - cy), angle: Math.atan2(n.y - cy, n.x - cx) }));
  polar.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  polar.forEach(({ id, angle }, rank) => {
    const radius = spacing * Math.sqrt((rank + 0.5) / Math.PI);
    result.set(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
  return result;
}
