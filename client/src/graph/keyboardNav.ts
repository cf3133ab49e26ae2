// Moving a keyboard focus between drawn nodes: which node an arrow key leads to, from positions
// alone, so the choice matches what the user sees.

export interface Point {
  x: number;
  y: number;
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** Screen directions (y grows downwards, as on screen and in Cytoscape's model). */
const DIRECTIONS: Record<ArrowKey, Point> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTIONS;
}

export interface Candidate {
  id: string;
  position: Point;
}

/**
 * The candidate the arrow points at from `origin`: only those within 90° of the arrow count,
 * and among them the one with the lowest cost, a distance that grows as the angle widens (a node
 * straight ahead beats a slightly nearer one off to the side). Null when none lies that way.
 */
export function nodeInDirection(origin: Point, candidates: readonly Candidate[], key: ArrowKey): string | null {
  const direction = DIRECTIONS[key];
  let best: { id: string; cost: number } | null = null;
  for (const candidate of candidates) {
    const dx = candidate.position.x - origin.x;
    const dy = candidate.position.y - origin.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const cosine = (dx * direction.x + dy * direction.y) / distance;
    if (cosine <= 0) continue;
    // cosine 1 (straight ahead) keeps the distance; towards 90° it weighs up to three times more.
    const cost = distance * (3 - 2 * cosine);
    if (!best || cost < best.cost || (cost === best.cost && candidate.id < best.id)) best = { id: candidate.id, cost };
  }
  return best?.id ?? null;
}
