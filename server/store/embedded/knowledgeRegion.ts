import type { Relation, RelationType } from '../../dataset';
import { BreadthFirst, relationFilter, type RelationFilter, type RelationGraph } from './buildGraph';
import { knowledgeCarrier, knowledgeFlows } from './knowledgeReach';

/**
 * Where an edit to relations can change who knew what. Institutional knowledge goes at most two
 * links (KnowledgeReach): a relation carrying knowledge to X changes what X and the bodies one
 * link from X hear (their arrivals), and so the knowledge of actors within two links of X; a
 * link passing knowledge between X and Y changes the feeders of X and Y, so the arrivals of X and
 * Y and the knowledge of actors one link from them. Both are found by walking the links that
 * pass knowledge, on the graph as it is: note a removed relation before it goes and an added one
 * after it came, so links that an edit cuts or makes are both walked.
 */
export class KnowledgeRegion {
  /** Bodies whose arrivals may have changed. */
  readonly bodies = new Set<string>();
  /** Actors whose knowledge may have changed. */
  readonly actors = new Set<string>();
  private readonly isCarrier: (relation: Relation) => boolean;
  private readonly passes: RelationFilter;
  private readonly flows: ReadonlyMap<string, unknown>;

  constructor(
    private readonly graph: RelationGraph,
    vocabulary: readonly RelationType[],
  ) {
    this.isCarrier = knowledgeCarrier(vocabulary);
    this.flows = knowledgeFlows(vocabulary);
    this.passes = relationFilter([...this.flows.keys()]);
  }

  /** Whether a relation carries or passes knowledge (any other relation changes nobody's). */
  matters(relation: Relation): boolean {
    return this.isCarrier(relation) || this.flows.has(relation.type);
  }

  /** Adds the region of one relation in the graph's present state. */
  note(relation: Relation): void {
    if (this.flows.has(relation.type)) {
      this.around(relation.from);
      this.around(relation.to);
    } else if (this.isCarrier(relation)) {
      this.around(relation.to);
    }
  }

  /** The bodies within one link of `entity` and the actors within two. */
  private around(entity: string): void {
    const walk = new BreadthFirst(this.graph, entity, this.passes);
    walk.growTo(2);
    for (const [reached, distance] of walk.distances) {
      this.actors.add(reached);
      if (distance <= 1) this.bodies.add(reached);
    }
  }
}
