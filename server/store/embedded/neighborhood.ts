import type { Entity, Relation } from '../../dataset';
import type { Subgraph } from '../GraphStore';
import type { DeadlineCheck } from '../deadline';
import { BreadthFirst, relationFilter, type RelationGraph } from './buildGraph';
import { beganBy, compareIds } from './order';

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  types?: string[];
  /** An ISO day; relations that began after it are left out. */
  asOfDay?: string;
  limit: number;
}

/**
 * Entities within `depth` hops of the centre, level by level so the cut at `limit` keeps the
 * nearest ones (hop distance, then id); edges are the qualifying relations among kept nodes.
 */
export function findNeighborhood(
  graph: RelationGraph,
  entities: ReadonlyMap<string, Entity>,
  query: NeighborhoodQuery,
  deadline: DeadlineCheck,
): Subgraph {
  const centre = entities.get(query.id);
  if (!centre || !graph.hasNode(query.id)) return { nodes: [], edges: [], truncated: false };
  const { asOfDay } = query;
  const accept = relationFilter(query.types, (relation) => relation.date === null || asOfDay === undefined || beganBy(relation.date, asOfDay));

  const kept = [query.id];
  const reach = new BreadthFirst(graph, query.id, accept, deadline);
  let truncated = false;
  for (let hop = 1; hop <= query.depth && !reach.complete; hop++) {
    const next = reach.nextHop().sort(compareIds);
    const room = query.limit - kept.length;
    if (next.length > room) {
      for (const node of next.slice(0, Math.max(0, room))) kept.push(node);
      truncated = true;
      break;
    }
    for (const node of next) kept.push(node);
  }

  const keptSet = new Set(kept);
  const edges: Relation[] = [];
  for (const node of kept) {
    deadline.check();
    // Out-edges only, so each relation between two kept nodes is met once.
    for (const relation of graph.outOf(node)) {
      if (keptSet.has(relation.to) && accept(relation)) edges.push(relation);
    }
  }
  edges.sort((a, b) => compareIds(a.id, b.id));
  return { nodes: kept.map((id) => entities.get(id) as Entity), edges, truncated };
}
