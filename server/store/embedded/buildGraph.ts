import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { Dataset, Relation } from '../../dataset';

/**
 * The structure of a data set: entity ids as nodes, relations as directed edges keyed by
 * relation id, each edge's attributes being the Relation itself (graphology keeps the object
 * it is given, so a million edges cost no extra copies).
 */
export type RelationGraph = Graph<Attributes, Relation & Attributes>;

/** Builds the directed multigraph of a data set in O(entities + relations). */
export function buildGraph(dataset: Dataset): RelationGraph {
  const graph: RelationGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const entity of dataset.entities) graph.addNode(entity.id);
  for (const relation of dataset.relations) {
    // The model's Relation is a plain object; only its interface type lacks an index signature.
    graph.addDirectedEdgeWithKey(relation.id, relation.from, relation.to, relation as Relation & Attributes);
  }
  return graph;
}

/** Whether a relation may be walked: of an allowed type (all when `types` is undefined), and passing `also`. */
export type RelationFilter = (relation: Relation) => boolean;

export function relationFilter(types: readonly string[] | undefined, also?: RelationFilter): RelationFilter {
  const allowed = types === undefined ? null : new Set(types);
  return (relation) => (allowed === null || allowed.has(relation.type)) && (also === undefined || also(relation));
}

/** Calls `visit` for every relation touching `node` that passes `accept`, with the entity at its other end. */
export function forEachNeighbourVia(
  graph: RelationGraph,
  node: string,
  accept: RelationFilter,
  visit: (neighbour: string, relation: Relation) => void,
): void {
  graph.forEachEdge(node, (_edge, relation, source, target) => {
    if (accept(relation)) visit(source === node ? target : source, relation);
  });
}

/**
 * Hop distances from `start` (ignoring direction) over relations passing `accept`, grown one
 * hop at a time on demand, so a caller explores only as far as it needs. graphology-traversal's
 * bfsFromNode walks every neighbour and cannot filter edges by type or date, hence this BFS.
 */
export class GrowingDistances {
  readonly distances = new Map<string, number>();
  private frontier: string[];
  private reached = 0;

  constructor(
    private readonly graph: RelationGraph,
    start: string,
    private readonly accept: RelationFilter,
  ) {
    this.distances.set(start, 0);
    this.frontier = [start];
  }

  /** Whether every node reachable from the start is already known. */
  get complete(): boolean {
    return this.frontier.length === 0;
  }

  /** Grows the known region to `radius` hops (or until nothing more is reachable). */
  growTo(radius: number): void {
    while (this.reached < radius && this.frontier.length > 0) {
      const depth = this.reached + 1;
      const next: string[] = [];
      for (const node of this.frontier) {
        forEachNeighbourVia(this.graph, node, this.accept, (neighbour) => {
          if (!this.distances.has(neighbour)) {
            this.distances.set(neighbour, depth);
            next.push(neighbour);
          }
        });
      }
      this.frontier = next;
      this.reached = depth;
    }
  }
}
