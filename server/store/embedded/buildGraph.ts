import type { Dataset, Relation } from '../../dataset';
import { NO_DEADLINE, type DeadlineCheck } from '../deadline';

const NONE: readonly Relation[] = Object.freeze([]);

/**
 * The structure of a data set: for each entity, the relations leaving it and the relations
 * arriving at it, and every relation by id. The lists hold the model's Relation objects
 * themselves, so a million relations cost two array slots each and no copies.
 *
 * Plain arrays rather than a general graph library: graphology's per-edge bookkeeping took
 * about 7.5 s of start-up and much of the memory at 100k entities and 1M relations, for the
 * five operations below; these arrays take well under a second.
 */
export class RelationGraph {
  private readonly outgoing = new Map<string, Relation[]>();
  private readonly incoming = new Map<string, Relation[]>();
  private readonly byId = new Map<string, Relation>();

  constructor(entityIds: Iterable<string>, relations: Iterable<Relation>) {
    for (const id of entityIds) this.addNode(id);
    for (const relation of relations) this.addRelation(relation);
  }

  /** Adds an entity without relations (nothing when it is already there). */
  addNode(id: string): void {
    if (this.outgoing.has(id)) return;
    this.outgoing.set(id, []);
    this.incoming.set(id, []);
  }

  /** Removes an entity; its relations must have been removed first. */
  removeNode(id: string): void {
    if (this.degree(id) > 0) throw new Error(`entity ${id} still has ${this.degree(id)} relations`);
    this.outgoing.delete(id);
    this.incoming.delete(id);
  }

  addRelation(relation: Relation): void {
    const out = this.outgoing.get(relation.from);
    const into = this.incoming.get(relation.to);
    // The data-set loader and curation have already refused relations with a missing end.
    if (!out || !into) throw new Error(`relation ${relation.id} joins an unknown entity`);
    if (this.byId.has(relation.id)) throw new Error(`relation ${relation.id} is already in the graph`);
    out.push(relation);
    into.push(relation);
    this.byId.set(relation.id, relation);
  }

  /** Removes the relation with this id (O(degree of its ends)); returns the removed one. */
  removeRelation(id: string): Relation | null {
    const relation = this.byId.get(id);
    if (relation === undefined) return null;
    this.byId.delete(id);
    withoutItem(this.outgoing.get(relation.from), relation);
    withoutItem(this.incoming.get(relation.to), relation);
    return relation;
  }

  get relationCount(): number {
    return this.byId.size;
  }

  hasNode(id: string): boolean {
    return this.outgoing.has(id);
  }

  /** Relations touching the entity, in either direction. */
  degree(id: string): number {
    return (this.outgoing.get(id)?.length ?? 0) + (this.incoming.get(id)?.length ?? 0);
  }

  relation(id: string): Relation | null {
    return this.byId.get(id) ?? null;
  }

  /** Relations leaving the entity, in data-set order (added ones last). */
  outOf(id: string): readonly Relation[] {
    return this.outgoing.get(id) ?? NONE;
  }

  /** Relations arriving at the entity, in data-set order (added ones last). */
  into(id: string): readonly Relation[] {
    return this.incoming.get(id) ?? NONE;
  }

  /** Calls `visit` for every relation touching the entity: arriving ones first, then leaving ones. */
  forEachRelation(id: string, visit: (relation: Relation) => void): void {
    for (const relation of this.into(id)) visit(relation);
    for (const relation of this.outOf(id)) visit(relation);
  }
}

function withoutItem(list: Relation[] | undefined, relation: Relation): void {
  const index = list === undefined ? -1 : list.indexOf(relation);
  if (index !== -1) (list as Relation[]).splice(index, 1);
}

/** Builds the relation graph of a data set in O(entities + relations). */
export function buildGraph(dataset: Dataset): RelationGraph {
  return new RelationGraph(
    dataset.entities.map((entity) => entity.id),
    dataset.relations,
  );
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
  graph.forEachRelation(node, (relation) => {
    if (accept(relation)) visit(relation.from === node ? relation.to : relation.from, relation);
  });
}

/**
 * The one breadth-first search of the embedded store: hop distances from `start` (ignoring
 * direction) over relations passing `accept`, grown one hop at a time on demand, so a caller
 * explores only as far as it needs (paths grow it to a radius, neighbourhoods hop by hop). A
 * library BFS walks every neighbour and cannot filter relations by type or date, hence this one.
 */
export class BreadthFirst {
  readonly distances = new Map<string, number>();
  private frontier: string[];
  private reached = 0;

  constructor(
    private readonly graph: RelationGraph,
    start: string,
    private readonly accept: RelationFilter,
    private readonly deadline: DeadlineCheck = NO_DEADLINE,
  ) {
    this.distances.set(start, 0);
    this.frontier = [start];
  }

  /** Whether every node reachable from the start is already known. */
  get complete(): boolean {
    return this.frontier.length === 0;
  }

  /** Reaches one hop further and returns the nodes first reached there (empty when none are left). */
  nextHop(): string[] {
    const depth = this.reached + 1;
    const next: string[] = [];
    for (const node of this.frontier) {
      this.deadline.check();
      forEachNeighbourVia(this.graph, node, this.accept, (neighbour) => {
        if (!this.distances.has(neighbour)) {
          this.distances.set(neighbour, depth);
          next.push(neighbour);
        }
      });
    }
    this.frontier = next;
    this.reached = depth;
    return next;
  }

  /** Grows the known region to `radius` hops (or until nothing more is reachable). */
  growTo(radius: number): void {
    while (this.reached < radius && this.frontier.length > 0) this.nextHop();
  }
}
