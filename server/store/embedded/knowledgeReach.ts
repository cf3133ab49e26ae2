import type { FuzzyDate, KnowledgeFlow, Relation, RelationType } from '../../dataset';
import type { KnowledgeChannel } from '../GraphStore';
import { type Arrival, Arrivals, compareRelations, type End, firstAtLeast, OPEN_END, OPEN_START } from './arrivals';
import type { FirstIndexTree } from './firstIndexTree';
import { compareIds } from './order';

/** A knowledge-carrying relation with its date (undated ones never count). */
export type DatedRelation = Relation & { date: FuzzyDate };

/** One way knowledge reached an actor: the relation that carried it, and the links it then travelled. */
export interface KnowledgeItem {
  relation: DatedRelation;
  /** From the relation's receiver to the actor; empty for direct knowledge. */
  chain: readonly Relation[];
}

/** An entity whose knowledge flows into another (or, in `feedsOf`, that another's flows into) over `link`. */
interface Feeder {
  entity: string;
  link: Relation;
}

/** Below this many arrivals a scan beats building and descending a tree. */
const TREE_FROM = 64;

/** Whether an entity can know things now: it exists and its kind is an actor kind (kinds.json `actor`). */
export type IsActor = (entity: string) => boolean;

export interface KnowledgeReachOptions {
  /** Arrivals from which a body's list gets search trees (tests set 0 to try the trees on small lists). */
  treeFrom?: number;
}

const NO_FEEDERS: readonly Feeder[] = [];
const NO_CARRIERS: readonly DatedRelation[] = [];

/** The predicate "a dated relation of a type that carries knowledge", from the vocabulary. */
export function knowledgeCarrier(vocabulary: readonly RelationType[]): (relation: Relation) => relation is DatedRelation {
  const carriers = new Set(vocabulary.filter((type) => type.carriesKnowledge).map((type) => type.type));
  return (relation): relation is DatedRelation => relation.date !== null && carriers.has(relation.type);
}

/** How knowledge crosses each type of relation that passes it on, from the vocabulary. */
export function knowledgeFlows(vocabulary: readonly RelationType[]): Map<string, KnowledgeFlow> {
  return new Map(vocabulary.flatMap((type) => (type.passesKnowledge === null ? [] : [[type.type, type.passesKnowledge] as const])));
}

/** Whether two spans can have overlapped; open ends are unbounded, an undated link is timeless. */
function inForceAt(link: Relation, date: FuzzyDate): boolean {
  if (link.date === null) return true;
  const { earliest, latest } = link.date;
  return (earliest === null || date.latest === null || earliest <= date.latest) && (latest === null || date.earliest === null || latest >= date.earliest);
}

/** A way knowledge reached an actor through a channel. */
export interface Reaching {
  actor: string;
  channel: KnowledgeChannel;
  item: KnowledgeItem;
}

/** Which of two items reaching one actor is its via by `end`: the first by that end, then relation id, then the better chain. */
export function compareKnowledgeItems(a: KnowledgeItem, b: KnowledgeItem, end: End): number {
  return compareRelations(a.relation, b.relation, end) || compareChains(a.chain, b.chain);
}

/** For one relation, the better chain: shorter, then the smaller sequence of relation ids. */
function compareChains(a: readonly Relation[], b: readonly Relation[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let index = 0; index < a.length; index++) {
    const order = compareIds((a[index] as Relation).id, (b[index] as Relation).id);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Which knowledge-carrying relations reach an entity, directly or through the bodies it belongs
 * to and their parts and office-holders (GraphStore.knowledge has the rules). The vocabulary
 * says which types carry knowledge and which pass it on; nothing here knows a type by name.
 *
 * Two links make members of one body hear what every other member heard, so walking them per
 * actor costs a body's size for each of its members. Instead each body's arrivals (what it hears
 * within one link) are listed once, sorted; an actor's institutional knowledge is its bodies'
 * arrivals, less what the actor itself sent or received, over a link in force at the time.
 *
 * Only actors know: a relation carried to an entity of another kind (a report, a contract)
 * reaches no one, and knowledge never crosses a link through such an entity. The lists below
 * hold every relation whatever its ends' kinds; `isActor` is asked only when an answer is read
 * (firstReaching, itemsReaching, affectedBy), so an entity whose kind changes needs no rebuild,
 * only its actors worked out again (EmbeddedStore notes its relations again).
 */
export class KnowledgeReach {
  /** Dated knowledge-carrying relations by receiver. */
  private readonly carriersInto = new Map<string, DatedRelation[]>();
  /** For each entity, the entities whose knowledge flows into it, and over which link. */
  private readonly feedersOf = new Map<string, Feeder[]>();
  /** The other way round: for each entity, the entities its knowledge flows into. */
  private readonly feedsOf = new Map<string, Feeder[]>();
  /** Built when first asked for, then kept up to date arrival by arrival. */
  private readonly arrivalsAt = new Map<string, Arrivals>();

  private readonly treeFrom: number;
  private readonly isCarrier: (relation: Relation) => relation is DatedRelation;
  private readonly flows: Map<string, KnowledgeFlow>;

  constructor(
    relations: Iterable<Relation>,
    vocabulary: readonly RelationType[],
    private readonly isActor: IsActor,
    options: KnowledgeReachOptions = {},
  ) {
    this.treeFrom = options.treeFrom ?? TREE_FROM;
    this.isCarrier = knowledgeCarrier(vocabulary);
    this.flows = knowledgeFlows(vocabulary);
    for (const relation of relations) this.addRelation(relation);
  }

  /** Whether a relation carries or passes knowledge (no other relation changes anyone's). */
  matters(relation: Relation): boolean {
    return this.isCarrier(relation) || this.flowsOver(relation).length > 0;
  }

  /** The ways knowledge crosses a relation, as [from, to] pairs of entities. */
  private flowsOver(relation: Relation): [string, string][] {
    const flow = this.flows.get(relation.type);
    if (flow === undefined || relation.from === relation.to) return [];
    const pairs: [string, string][] = [];
    if (flow !== 'backward') pairs.push([relation.from, relation.to]);
    if (flow !== 'forward') pairs.push([relation.to, relation.from]);
    return pairs;
  }

  /** Takes a relation into account, in the lists and in every arrivals list already built. */
  addRelation(relation: Relation): void {
    if (this.isCarrier(relation)) {
      append(this.carriersInto, relation.to, relation);
      this.forEachArrivalOf(relation, (body, arrival) => this.arrivalsAt.get(body)?.add(arrival));
    }
    for (const [source, target] of this.flowsOver(relation)) {
      append(this.feedersOf, target, { entity: source, link: relation });
      append(this.feedsOf, source, { entity: target, link: relation });
      const arrivals = this.arrivalsAt.get(target);
      if (arrivals) for (const carried of this.carriers(source)) if (inForceAt(relation, carried.date)) arrivals.add({ relation: carried, receiver: source, link: relation });
    }
  }

  /** Stops taking into account a relation added before (the very object). */
  removeRelation(relation: Relation): void {
    if (this.isCarrier(relation)) {
      this.forEachArrivalOf(relation, (body, arrival) => this.arrivalsAt.get(body)?.remove(arrival));
      detach(this.carriersInto, relation.to, (carrier) => carrier === relation);
    }
    for (const [source, target] of this.flowsOver(relation)) {
      const arrivals = this.arrivalsAt.get(target);
      if (arrivals) for (const carried of this.carriers(source)) if (inForceAt(relation, carried.date)) arrivals.remove({ relation: carried, receiver: source, link: relation });
      detach(this.feedersOf, target, (feeder) => feeder.link === relation);
      detach(this.feedsOf, source, (fed) => fed.link === relation);
    }
  }

  /** The arrivals a carried relation makes: at its receiver, and at each body the receiver feeds over a link in force. */
  private forEachArrivalOf(carried: DatedRelation, visit: (body: string, arrival: Arrival) => void): void {
    visit(carried.to, { relation: carried, receiver: carried.to, link: null });
    for (const { entity: body, link } of this.feeds(carried.to)) {
      if (inForceAt(link, carried.date)) visit(body, { relation: carried, receiver: carried.to, link });
    }
  }

  /**
   * What a relation makes reach whom, in the present state (so call it after adding a relation,
   * or before removing one). `reachings`: every item with the relation in it, apart from those
   * of `recompute`: the actors the relation feeds (every item of the feeding body reaches them,
   * so their knowledge is best worked out whole).
   */
  affectedBy(relation: Relation): { reachings: Reaching[]; recompute: string[] } {
    const reachings: Reaching[] = [];
    const recompute: string[] = [];
    const reachFrom = (body: string, arrival: Arrival) => {
      if (!this.isActor(body)) return;
      for (const { entity: actor, link } of this.feeds(body)) {
        if (this.isActor(actor) && this.reaches(arrival, actor, link)) reachings.push({ actor, channel: 'INSTITUTIONAL', item: itemOf(arrival, link) });
      }
    };
    if (this.isCarrier(relation)) {
      if (this.isActor(relation.to)) reachings.push({ actor: relation.to, channel: 'DIRECT', item: { relation, chain: [] } });
      this.forEachArrivalOf(relation, reachFrom);
    }
    for (const [source, target] of this.flowsOver(relation)) {
      recompute.push(target);
      for (const carried of this.carriers(source)) {
        if (inForceAt(relation, carried.date)) reachFrom(target, { relation: carried, receiver: source, link: relation });
      }
    }
    return { reachings, recompute };
  }

  /** Entities that receive knowledge directly. */
  directCandidates(): IterableIterator<string> {
    return this.carriersInto.keys();
  }

  /** Entities that can receive institutional knowledge (they have at least one feeder). */
  institutionalCandidates(): IterableIterator<string> {
    return this.feedersOf.keys();
  }

  /** Every way knowledge reached `actor` through `channel`, one item per relation (its best chain), in no order. */
  itemsReaching(actor: string, channel: KnowledgeChannel): KnowledgeItem[] {
    if (!this.isActor(actor)) return [];
    if (channel === 'DIRECT') return this.carriers(actor).map((relation) => ({ relation, chain: [] }));
    const best = new Map<string, KnowledgeItem>();
    for (const { entity: body, link } of this.actorFeeders(actor)) {
      for (const arrival of this.arrivals(body).byEarliest) {
        if (!this.reaches(arrival, actor, link)) continue;
        const item = itemOf(arrival, link);
        const known = best.get(item.relation.id);
        if (known === undefined || compareChains(item.chain, known.chain) < 0) best.set(item.relation.id, item);
      }
    }
    return [...best.values()];
  }

  /**
   * The first relation by `end` (then id) to reach `actor` through `channel`, with its best
   * chain; for 'latest', bounded-end relations only. Null when none.
   */
  firstReaching(actor: string, channel: KnowledgeChannel, end: End): KnowledgeItem | null {
    if (!this.isActor(actor)) return null;
    if (channel === 'DIRECT') {
      let first: DatedRelation | null = null;
      for (const relation of this.carriers(actor)) {
        if (end === 'latest' && relation.date.latest === null) continue;
        if (first === null || compareRelations(relation, first, end) < 0) first = relation;
      }
      return first && { relation: first, chain: [] };
    }
    let first: KnowledgeItem | null = null;
    for (const { entity: body, link } of this.actorFeeders(actor)) {
      const arrival = this.firstInForce(this.arrivals(body), actor, link, end);
      if (arrival === null) continue;
      const item = itemOf(arrival, link);
      const order = first === null ? -1 : compareKnowledgeItems(item, first, end);
      if (order < 0) first = item;
    }
    return first;
  }

  /** A body's first arrival (in `end` order) that reaches `actor` over `link`; null when none. */
  private firstInForce(arrivals: Arrivals, actor: string, link: Relation, end: End): Arrival | null {
    const start = link.date?.earliest ?? OPEN_START;
    const stop = link.date?.latest ?? OPEN_END;
    if (end === 'latest') {
      let index = firstAtLeast(arrivals.latestKeys, start);
      const begun = (arrival: Arrival) => (arrival.relation.date.earliest ?? OPEN_START) <= stop;
      while ((index = nextIndex(arrivals.byLatest, arrivals.earliestFrom, index, arrivals.boundedCount, stop, begun)) !== -1) {
        const arrival = arrivals.byLatest[index] as Arrival;
        if (this.reaches(arrival, actor, link)) return arrival;
        index++;
      }
      return null;
    }
    const begunByStop = firstAtLeast(arrivals.earliestKeys, stop + '\u0000');
    let index = 0;
    const notEnded = (arrival: Arrival) => (arrival.relation.date.latest ?? OPEN_END) >= start;
    while ((index = nextIndex(arrivals.byEarliest, arrivals.latestFrom, index, begunByStop, start, notEnded)) !== -1) {
      const arrival = arrivals.byEarliest[index] as Arrival;
      if (this.reaches(arrival, actor, link)) return arrival;
      index++;
    }
    return null;
  }

  private arrivals(body: string): Arrivals {
    let arrivals = this.arrivalsAt.get(body);
    if (arrivals === undefined) {
      const list: Arrival[] = this.carriers(body).map((relation) => ({ relation, receiver: body, link: null }));
      for (const { entity: receiver, link } of this.feeders(body)) {
        for (const relation of this.carriers(receiver)) if (inForceAt(link, relation.date)) list.push({ relation, receiver, link });
      }
      arrivals = new Arrivals(list, this.treeFrom);
      this.arrivalsAt.set(body, arrivals);
    }
    return arrivals;
  }

  private feeders(entity: string): readonly Feeder[] {
    return this.feedersOf.get(entity) ?? NO_FEEDERS;
  }

  /** The feeders of an actor that are actors themselves: knowledge never crosses a non-actor. */
  private actorFeeders(actor: string): Feeder[] {
    return this.feeders(actor).filter((feeder) => this.isActor(feeder.entity));
  }

  /**
   * Whether a body's arrival reaches a member over `link`: received by an actor (a body's
   * arrivals may hold what an entity of another kind received), in force at its date, not
   * received by the member itself (that is direct), and not the member's own warning coming back to it.
   */
  private reaches(arrival: Arrival, actor: string, link: Relation): boolean {
    return arrival.receiver !== actor && arrival.relation.from !== actor && this.isActor(arrival.receiver) && inForceAt(link, arrival.relation.date);
  }

  private feeds(entity: string): readonly Feeder[] {
    return this.feedsOf.get(entity) ?? NO_FEEDERS;
  }

  private carriers(entity: string): readonly DatedRelation[] {
    return this.carriersInto.get(entity) ?? NO_CARRIERS;
  }
}

function itemOf(arrival: Arrival, link: Relation): KnowledgeItem {
  return { relation: arrival.relation, chain: arrival.link === null ? [link] : [arrival.link, link] };
}

/** The first index in [from, to) passing the tree's bound, by the tree or, for a short list, by a scan. */
function nextIndex(list: readonly Arrival[], tree: FirstIndexTree | null, from: number, to: number, bound: string, passes: (arrival: Arrival) => boolean): number {
  if (tree !== null) return tree.first(from, to, bound);
  for (let index = from; index < to; index++) if (passes(list[index] as Arrival)) return index;
  return -1;
}

function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Removes the values passing `match` from a key's list, and the key when its list empties. */
function detach<V>(map: Map<string, V[]>, key: string, match: (value: V) => boolean): void {
  const list = map.get(key);
  if (list === undefined) return;
  const kept = list.filter((value) => !match(value));
  if (kept.length === 0) map.delete(key);
  else if (kept.length !== list.length) map.set(key, kept);
}
