import type { Entity, Relation } from '../../dataset';
import type { Path, PathsQuery } from '../GraphStore';
import type { DeadlineCheck } from '../deadline';
import { BreadthFirst, forEachNeighbourVia, relationFilter, type RelationFilter, type RelationGraph } from './buildGraph';
import { compareIds } from './order';

/** A neighbour and every qualifying relation to it (parallel relations), ids ascending. */
interface Step {
  entity: string;
  relations: Relation[];
}

/**
 * Simple paths in contract order: by length, then entity ids, then relation ids. For each
 * length in turn, a depth-first walk over neighbours in id order yields the entity sequences
 * already sorted; each sequence then expands into its combinations of parallel relations, also
 * in order. Distances to the target prune every branch that cannot arrive in time. They are
 * grown from the target to only half the length: the second half of a path lies inside that
 * radius, and in a graph with hubs a full-length ball would be most of the graph. The walk
 * stops as soon as `limit` paths are found.
 */
export function findPaths(graph: RelationGraph, entities: ReadonlyMap<string, Entity>, query: PathsQuery, deadline: DeadlineCheck): Path[] {
  const { from, to, maxHops, limit } = query;
  if (from === to || limit <= 0 || !graph.hasNode(from) || !graph.hasNode(to)) return [];
  const accept = pathRelationFilter(query);
  const toTarget = new BreadthFirst(graph, to, accept, deadline);

  const stepsCache = new Map<string, Step[]>();
  const stepsFrom = (node: string): Step[] => {
    let steps = stepsCache.get(node);
    if (steps === undefined) {
      const byNeighbour = new Map<string, Relation[]>();
      forEachNeighbourVia(graph, node, accept, (neighbour, relation) => {
        const list = byNeighbour.get(neighbour);
        if (list) list.push(relation);
        else byNeighbour.set(neighbour, [relation]);
      });
      steps = [...byNeighbour]
        .map(([entity, relations]) => ({ entity, relations: relations.sort((a, b) => compareIds(a.id, b.id)) }))
        .sort((a, b) => compareIds(a.entity, b.entity));
      stepsCache.set(node, steps);
    }
    return steps;
  };

  const paths: Path[] = [];
  const toPath = (route: readonly Step[], relations: readonly Relation[]): Path => ({
    nodes: [from, ...route.map((step) => step.entity)].map((id) => entities.get(id) as Entity),
    edges: [...relations],
  });

  /** Adds the paths of one entity sequence, relation-id sequences in order (an odometer). */
  const expand = (route: readonly Step[]) => {
    const choice = route.map(() => 0);
    for (;;) {
      if (paths.length >= limit) return;
      deadline.check();
      paths.push(toPath(route, route.map((step, index) => step.relations[choice[index] as number] as Relation)));
      let position = route.length - 1;
      while (position >= 0 && (choice[position] as number) + 1 >= (route[position] as Step).relations.length) {
        choice[position] = 0;
        position--;
      }
      if (position < 0) return;
      choice[position] = (choice[position] as number) + 1;
    }
  };

  const onRoute = new Set<string>([from]);
  const route: Step[] = [];
  const walk = (node: string, length: number, radius: number) => {
    const hops = route.length;
    for (const step of stepsFrom(node)) {
      if (paths.length >= limit) return;
      deadline.check();
      if (onRoute.has(step.entity)) continue;
      // An unknown distance is beyond the grown radius: too far once the hops left fit inside
      // it, and always once the target's whole component is known.
      const left = length - hops - 1;
      const distance = toTarget.distances.get(step.entity);
      if (distance === undefined ? left <= radius || toTarget.complete : distance > left) continue;
      route.push(step);
      if (step.entity === to) {
        // The target ends a path; a shorter arrival was already counted at its own length.
        if (hops + 1 === length) expand(route);
      } else {
        onRoute.add(step.entity);
        walk(step.entity, length, radius);
        onRoute.delete(step.entity);
      }
      route.pop();
    }
  };

  for (let length = 1; length <= maxHops && paths.length < limit; length++) {
    const radius = Math.ceil(length / 2);
    toTarget.growTo(radius);
    // The target's whole component is known and the start is not in it: nothing connects them.
    if (toTarget.complete && !toTarget.distances.has(from)) return [];
    walk(from, length, radius);
  }
  return paths;
}

/** The relations a path may take: of `types`, of no excluded type, touching no excluded entity. */
function pathRelationFilter(query: PathsQuery): RelationFilter {
  const excludedTypes = new Set(query.excludeTypes ?? []);
  const excludedEntities = new Set(query.excludeEntities ?? []);
  if (excludedTypes.size === 0 && excludedEntities.size === 0) return relationFilter(query.types);
  return relationFilter(query.types, (relation) => !excludedTypes.has(relation.type) && !excludedEntities.has(relation.from) && !excludedEntities.has(relation.to));
}
