import type { FuzzyDate, Relation, RelationType } from '../../dataset';
import type { KnowledgeChannel } from '../GraphStore';
import { compareIdSequences } from './order';

/** A knowledge-carrying relation with its date (undated ones never count). */
export type DatedRelation = Relation & { date: FuzzyDate };

/** One way knowledge reached an actor: the relation that carried it, and the links it then travelled. */
export interface KnowledgeItem {
  relation: DatedRelation;
  /** From the relation's receiver to the actor; empty for direct knowledge. */
  chain: readonly Relation[];
}

/** An entity whose knowledge flows into another over `link`. */
interface Feeder {
  entity: string;
  link: Relation;
}

const NO_FEEDERS: readonly Feeder[] = [];
const NO_CARRIERS: readonly DatedRelation[] = [];

/** The predicate "a dated relation of a type that carries knowledge", from the vocabulary. */
export function knowledgeCarrier(vocabulary: readonly RelationType[]): (relation: Relation) => relation is DatedRelation {
  const carriers = new Set(vocabulary.filter((type) => type.carriesKnowledge).map((type) => type.type));
  return (relation): relation is DatedRelation => relation.date !== null && carriers.has(relation.type);
}

/** Whether two spans can have overlapped; open ends are unbounded, an undated link is timeless. */
function inForceAt(link: Relation, date: FuzzyDate): boolean {
  if (link.date === null) return true;
  const { earliest, latest } = link.date;
  return (earliest === null || date.latest === null || earliest <= date.latest) && (latest === null || date.earliest === null || latest >= date.earliest);
}

/** The shorter chain, then the smaller sequence of relation ids. */
function isBetterChain(a: readonly Relation[], b: readonly Relation[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  return compareIdSequences(a.map((link) => link.id), b.map((link) => link.id)) < 0;
}

/**
 * Which knowledge-carrying relations reach an entity, directly or through the bodies it belongs
 * to and their parts and office-holders (GraphStore.knowledge has the rules). The vocabulary
 * says which types carry knowledge and which pass it on; nothing here knows a type by name.
 */
export class KnowledgeReach {
  /** Dated knowledge-carrying relations by receiver. */
  private readonly carriersInto = new Map<string, DatedRelation[]>();
  /** For each entity, the entities whose knowledge flows into it, and over which link. */
  private readonly feedersOf = new Map<string, Feeder[]>();

  constructor(relations: Iterable<Relation>, vocabulary: readonly RelationType[]) {
    const isCarrier = knowledgeCarrier(vocabulary);
    const flows = new Map(vocabulary.flatMap((type) => (type.passesKnowledge === null ? [] : [[type.type, type.passesKnowledge] as const])));
    for (const relation of relations) {
      if (isCarrier(relation)) append(this.carriersInto, relation.to, relation);
      const flow = flows.get(relation.type);
      if (flow === undefined || relation.from === relation.to) continue;
      if (flow !== 'backward') append(this.feedersOf, relation.to, { entity: relation.from, link: relation });
      if (flow !== 'forward') append(this.feedersOf, relation.from, { entity: relation.to, link: relation });
    }
  }

  /** Entities that can receive institutional knowledge (they have at least one feeder). */
  institutionalCandidates(): IterableIterator<string> {
    return this.feedersOf.keys();
  }

  /** Every way knowledge reached `actor` through `channel`, one item per relation, in no order. */
  itemsReaching(actor: string, channel: KnowledgeChannel): KnowledgeItem[] {
    if (channel === 'DIRECT') return (this.carriersInto.get(actor) ?? NO_CARRIERS).map((relation) => ({ relation, chain: [] }));
    const best = new Map<string, KnowledgeItem>();
    const consider = (relation: DatedRelation, chain: Relation[]) => {
      // An actor does not learn of the abuse from its own warning coming back to it.
      if (relation.from === actor) return;
      const known = best.get(relation.id);
      if (known === undefined || isBetterChain(chain, known.chain)) best.set(relation.id, { relation, chain });
    };
    for (const first of this.feeders(actor)) {
      for (const relation of this.carriers(first.entity)) {
        if (inForceAt(first.link, relation.date)) consider(relation, [first.link]);
      }
      for (const second of this.feeders(first.entity)) {
        if (second.entity === actor) continue;
        for (const relation of this.carriers(second.entity)) {
          if (inForceAt(first.link, relation.date) && inForceAt(second.link, relation.date)) consider(relation, [second.link, first.link]);
        }
      }
    }
    return [...best.values()];
  }

  private feeders(entity: string): readonly Feeder[] {
    return this.feedersOf.get(entity) ?? NO_FEEDERS;
  }

  private carriers(entity: string): readonly DatedRelation[] {
    return this.carriersInto.get(entity) ?? NO_CARRIERS;
  }
}

export function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
