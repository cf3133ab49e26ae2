/**
 * The page's one breadth-first search: hop distance from `start` to every id reachable through
 * `neighbours` in at most `maxHops` steps. The catalog walks its relations with it, the canvas
 * its drawn edges.
 */
export function hopsFrom(start: string, neighbours: (id: string) => Iterable<string>, maxHops = Infinity): Map<string, number> {
  const distance = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let hop = 1; frontier.length > 0 && hop <= maxHops; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighbours(id)) {
        if (distance.has(other)) continue;
        distance.set(other, hop);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}
