import type { Entity, Relation } from '../../dataset';
import type { Subgraph } from '../GraphStore';
import { forEachNeighbourVia, relationFilter, type RelationGraph } from './buildGraph';
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
export function findNeighborhood(graph: RelationGraph, entities: ReadonlyMap<string, Entity>, query: NeighborhoodQuery): Subgraph {
  const centre = entities.get(query.id);
  if (!centre || !graph.hasNode(query.id)) return { nodes: [], edges: [], truncated: false };
  const { asOfDay } = query;
  const accept = relationFilter(query.types, (relation) => relation.date === null || asOfDay === undefined || beganBy(relation.date, asOfDay));

  const kept = [query.id];
  const seen = new Set([query.id]);
  let truncated = false;
  let frontier = [query.id];
  for (let hop = 1; hop <= query.depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachNeighbourVia(graph, node, accept, (neighbour) => {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    next.sort(compareIds);
    const room = query.limit - kept.length;
    if (next.length > room) {
      for (const node of next.slice(0, Math.max(0, room))) kept.push(node);
      truncated = true;
      break;
    }
    for (const node of next) kept.push(node);
    frontier = next;
  }

  const keptSet = new Set(kept);
  const edges: Relation[] = [];
  for (const node of kept) {
    // Out-edges only, so each relation between two kept nodes is met once.
    for (const relation of graph.outOf(node)) {
      if (keptSet.has(relation.to) && accept(relation)) edges.push(relation);
    }
  }
  edges.sort((a, b) => compareIds(a.id, b.id));
  return { nodes: kept.map((id) => entities.get(id) as Entity), edges, truncated };
}
