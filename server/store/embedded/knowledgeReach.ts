import type { FuzzyDate, KnowledgeFlow, Relation, RelationType } from '../../dataset';
import type { KnowledgeChannel } from '../GraphStore';
import { FirstIndexTree } from './firstIndexTree';
import { compareEarliest, compareIds, compareLatest } from './order';

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

/**
 * A relation a body hears of within one link: sent to the body itself (`link` null), or to
 * `receiver`, whose knowledge flows into the body over `link` (in force at the relation's date).
 */
interface Arrival {
  relation: DatedRelation;
  receiver: string;
  link: Relation | null;
}

/**
 * What a body hears of within one link, in the two orders a via is chosen by, with what finds
 * the first one in force at a link's dates: in latest-day order, the first at or after the
 * link's start (binary search) that began by its end (`earliestFrom`); in earliest-day order,
 * the first that began by the link's end and ended at or after its start (`latestFrom`).
 */
interface Arrivals {
  byLatest: Arrival[];
  /** Latest days in byLatest order (open: OPEN_END); bounded ones first. */
  latestKeys: string[];
  boundedCount: number;
  /** Null for a short list, which is scanned instead. */
  earliestFrom: FirstIndexTree | null;
  byEarliest: Arrival[];
  /** Earliest days in byEarliest order (open: OPEN_START). */
  earliestKeys: string[];
  latestFrom: FirstIndexTree | null;
}

/** Below this many arrivals a scan beats building and descending a tree. */
const TREE_FROM = 64;

export interface KnowledgeReachOptions {
  /** Arrivals from which a body's list gets search trees (tests set 0 to try the trees on small lists). */
  treeFrom?: number;
}

/** Sort keys for open ends: before and after every ISO day. */
const OPEN_START = '';
const OPEN_END = '\uffff';

type End = 'earliest' | 'latest';

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

/** By the chosen end of the relation's date, then relation id: which relation is the via. */
function compareRelations(a: DatedRelation, b: DatedRelation, end: End): number {
  const order = end === 'earliest' ? compareEarliest(a.date.earliest, b.date.earliest) : compareLatest(a.date.latest, b.date.latest);
  return order || compareIds(a.id, b.id);
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

function compareArrivals(a: Arrival, b: Arrival, end: End): number {
  return compareRelations(a.relation, b.relation, end) || (a.link === null ? 0 : 1) - (b.link === null ? 0 : 1) || compareIds(a.link?.id ?? '', b.link?.id ?? '');
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
 */
export class KnowledgeReach {
  /** Dated knowledge-carrying relations by receiver. */
  private readonly carriersInto = new Map<string, DatedRelation[]>();
  /** For each entity, the entities whose knowledge flows into it, and over which link. */
  private readonly feedersOf = new Map<string, Feeder[]>();
  private readonly arrivalsAt = new Map<string, Arrivals>();

  private readonly treeFrom: number;
  private readonly isCarrier: (relation: Relation) => relation is DatedRelation;
  private readonly flows: Map<string, KnowledgeFlow>;

  constructor(relations: Iterable<Relation>, vocabulary: readonly RelationType[], options: KnowledgeReachOptions = {}) {
    this.treeFrom = options.treeFrom ?? TREE_FROM;
    this.isCarrier = knowledgeCarrier(vocabulary);
    this.flows = knowledgeFlows(vocabulary);
    for (const relation of relations) this.addRelation(relation);
  }

  /** Takes a relation into account. The caller forgets the arrivals it changes (see `forgetArrivals`). */
  addRelation(relation: Relation): void {
    if (this.isCarrier(relation)) append(this.carriersInto, relation.to, relation);
    const flow = this.flows.get(relation.type);
    if (flow === undefined || relation.from === relation.to) return;
    if (flow !== 'backward') append(this.feedersOf, relation.to, { entity: relation.from, link: relation });
    if (flow !== 'forward') append(this.feedersOf, relation.from, { entity: relation.to, link: relation });
  }

  /** Stops taking into account a relation added before (the very object). */
  removeRelation(relation: Relation): void {
    detach(this.carriersInto, relation.to, (carrier) => carrier === relation);
    detach(this.feedersOf, relation.to, (feeder) => feeder.link === relation);
    detach(this.feedersOf, relation.from, (feeder) => feeder.link === relation);
  }

  /**
   * Drops what bodies hear of within one link, to be listed again when next asked for. A body's
   * arrivals change when a relation carrying knowledge to it or to one of its feeders, or a link
   * passing knowledge into it, changes: so the bodies within one link of such a change.
   */
  forgetArrivals(bodies: Iterable<string>): void {
    for (const body of bodies) this.arrivalsAt.delete(body);
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
    if (channel === 'DIRECT') return this.carriers(actor).map((relation) => ({ relation, chain: [] }));
    const best = new Map<string, KnowledgeItem>();
    for (const { entity: body, link } of this.feeders(actor)) {
      for (const arrival of this.arrivals(body).byEarliest) {
        if (!reaches(arrival, actor, link)) continue;
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
    if (channel === 'DIRECT') {
      let first: DatedRelation | null = null;
      for (const relation of this.carriers(actor)) {
        if (end === 'latest' && relation.date.latest === null) continue;
        if (first === null || compareRelations(relation, first, end) < 0) first = relation;
      }
      return first && { relation: first, chain: [] };
    }
    let first: KnowledgeItem | null = null;
    for (const { entity: body, link } of this.feeders(actor)) {
      const arrival = this.firstInForce(this.arrivals(body), actor, link, end);
      if (arrival === null) continue;
      const item = itemOf(arrival, link);
      const order = first === null ? -1 : compareRelations(item.relation, first.relation, end) || compareChains(item.chain, first.chain);
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
        if (reaches(arrival, actor, link)) return arrival;
        index++;
      }
      return null;
    }
    const begunByStop = firstAtLeast(arrivals.earliestKeys, stop + '\u0000');
    let index = 0;
    const notEnded = (arrival: Arrival) => (arrival.relation.date.latest ?? OPEN_END) >= start;
    while ((index = nextIndex(arrivals.byEarliest, arrivals.latestFrom, index, begunByStop, start, notEnded)) !== -1) {
      const arrival = arrivals.byEarliest[index] as Arrival;
      if (reaches(arrival, actor, link)) return arrival;
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
      const byLatest = [...list].sort((a, b) => compareArrivals(a, b, 'latest'));
      const byEarliest = list.sort((a, b) => compareArrivals(a, b, 'earliest'));
      const latestKeys = byLatest.map((arrival) => arrival.relation.date.latest ?? OPEN_END);
      const earliestKeys = byEarliest.map((arrival) => arrival.relation.date.earliest ?? OPEN_START);
      arrivals = {
        byLatest,
        latestKeys,
        boundedCount: firstAtLeast(latestKeys, OPEN_END),
        earliestFrom: list.length < this.treeFrom ? null : new FirstIndexTree(byLatest.map((arrival) => arrival.relation.date.earliest ?? OPEN_START), 'min'),
        byEarliest,
        earliestKeys,
        latestFrom: list.length < this.treeFrom ? null : new FirstIndexTree(byEarliest.map((arrival) => arrival.relation.date.latest ?? OPEN_END), 'max'),
      };
      this.arrivalsAt.set(body, arrivals);
    }
    return arrivals;
  }

  private feeders(entity: string): readonly Feeder[] {
    return this.feedersOf.get(entity) ?? NO_FEEDERS;
  }

  private carriers(entity: string): readonly DatedRelation[] {
    return this.carriersInto.get(entity) ?? NO_CARRIERS;
  }
}

/**
 * Whether a body's arrival reaches a member over `link`: in force at its date, not received by
 * the member itself (that is direct), and not the member's own warning coming back to it.
 */
function reaches(arrival: Arrival, actor: string, link: Relation): boolean {
  return arrival.receiver !== actor && arrival.relation.from !== actor && inForceAt(link, arrival.relation.date);
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

/** The first index of sorted `keys` holding a key >= `bound` (keys.length when none). */
function firstAtLeast(keys: readonly string[], bound: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as string) < bound) low = middle + 1;
    else high = middle;
  }
  return low;
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
