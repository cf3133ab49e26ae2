import type { Entity, Relation } from '../../dataset';
import { type KnowledgeKey, knowledgeCursor, readKnowledgeCursor } from '../cursor';
import type { Certainty, Knowledge, KnowledgeChannel } from '../GraphStore';
import { compareKnowledgeItems, type DatedRelation, type KnowledgeItem, KnowledgeReach, type Reaching } from './knowledgeReach';
import { beganBy, compareDateSpans, compareEarliest, compareIds, endedBy, firstIndexAfter, insertSorted, removeSorted, replaceSorted } from './order';

/** For one actor and channel, the two items that can ever be its via, whatever asOf is. */
interface Candidate {
  /** Its entity is looked up when a row is made, so a renamed actor needs no new candidate. */
  actorId: string;
  channel: KnowledgeChannel;
  /** Smallest latest day (then id) among bounded-end items: the first it certainly knew from. */
  certain: KnowledgeItem | null;
  /** Smallest earliest day, open start first (then id): the first it possibly knew from. */
  possible: KnowledgeItem;
}

export interface KnowledgeQuery {
  /** An ISO day. */
  asOfDay: string;
  actor?: string;
  certainty: Certainty;
  channels: readonly KnowledgeChannel[];
  first: number;
  after?: string;
}

type RowKey = KnowledgeKey;

const CHANNELS: readonly KnowledgeChannel[] = ['DIRECT', 'INSTITUTIONAL'];

function compareKeys(a: RowKey, b: RowKey): number {
  return compareEarliest(a[0], b[0]) || compareIds(a[1], b[1]) || compareIds(a[2], b[2]);
}

/** The evidence order: earliest day (open first), latest day (open last), then id. */
export function compareEvidence(a: DatedRelation, b: DatedRelation): number {
  return compareDateSpans(a.date, b.date) || compareIds(a.id, b.id);
}

const keyOf = (candidate: Candidate, via: KnowledgeItem): RowKey => [via.relation.date.earliest, candidate.actorId, candidate.channel];
const certainVia = (candidate: Candidate) => candidate.certain as KnowledgeItem;
const possibleVia = (candidate: Candidate) => candidate.possible;
const byVia = (via: (candidate: Candidate) => KnowledgeItem) => (a: Candidate, b: Candidate) => compareKeys(keyOf(a, via(a)), keyOf(b, via(b)));
const certainOrder = byVia(certainVia);
const possibleOrder = byVia(possibleVia);

function sortedBy(list: Candidate[], via: (candidate: Candidate) => KnowledgeItem): Candidate[] {
  return list
    .map((candidate) => ({ candidate, key: keyOf(candidate, via(candidate)) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ candidate }) => candidate);
}

/**
 * Above this many candidates changing at once, one pass rebuilding each list (replaceSorted)
 * beats one splice per candidate: each splice shifts the whole list, which at 100k entities
 * holds about as many candidates.
 */
const REBUILD_FROM = 16;

/**
 * Who knew what when (GraphStore.knowledge). Whatever asOf is, a row's certain via can only be
 * its item with the smallest latest day, and its possible via the one with the smallest earliest
 * day; so two items per (actor, channel), found once, answer every date. Candidates are kept
 * sorted by each via's key, which is the answer's order: a query merges the two lists from the
 * cursor on and stops after `first` rows. Evidence and chains are worked out for those rows only.
 * An edit changes only the candidates of actors its relations reach (noteRemoval, noteAddition, apply).
 */
export class KnowledgeIndex {
  private readonly candidates = new Map<string, Candidate>();
  private withCertain: Candidate[];
  private byPossible: Candidate[];

  constructor(
    private readonly entities: ReadonlyMap<string, Entity>,
    private readonly reach: KnowledgeReach,
  ) {
    for (const actorId of reach.directCandidates()) this.add(actorId, 'DIRECT');
    for (const actorId of reach.institutionalCandidates()) this.add(actorId, 'INSTITUTIONAL');
    this.withCertain = [];
    this.byPossible = [];
    this.sortAll();
  }

  private add(actorId: string, channel: KnowledgeChannel): void {
    const candidate = this.candidateOf(actorId, channel);
    if (candidate) this.candidates.set(`${channel} ${actorId}`, candidate);
  }

  /** An actor's candidate for a channel, worked out whole; null when nothing reaches it (never an entity that cannot know). */
  private candidateOf(actorId: string, channel: KnowledgeChannel): Candidate | null {
    const possible = this.reach.firstReaching(actorId, channel, 'earliest');
    if (!possible) return null;
    return { actorId, channel, possible, certain: this.reach.firstReaching(actorId, channel, 'latest') };
  }

  private sortAll(): void {
    this.withCertain = sortedBy([...this.candidates.values()].filter((candidate) => candidate.certain !== null), certainVia);
    this.byPossible = sortedBy([...this.candidates.values()], possibleVia);
  }

  /** Before a relation is removed from the reach: the actors whose via it is must be worked out again. */
  noteRemoval(relation: Relation, edit: KnowledgeEdit): void {
    if (!this.reach.matters(relation)) return;
    const { reachings, recompute } = this.reach.affectedBy(relation);
    for (const actor of recompute) edit.recompute.add(actor);
    for (const { actor, channel } of reachings) {
      const candidate = this.candidates.get(`${channel} ${actor}`);
      if (candidate && (uses(candidate.possible, relation) || (candidate.certain !== null && uses(candidate.certain, relation)))) edit.recompute.add(actor);
    }
  }

  /** After a relation was added to the reach: what it makes reach whom may come first. */
  noteAddition(relation: Relation, edit: KnowledgeEdit): void {
    if (!this.reach.matters(relation)) return;
    const { reachings, recompute } = this.reach.affectedBy(relation);
    for (const actor of recompute) edit.recompute.add(actor);
    edit.reachings.push(...reachings);
  }

  /**
   * Brings the candidates up to date after the relations noted in `edit` changed. An actor
   * that lost its via or its feeders is worked out whole; any other can only have gained items,
   * so its via is the first of the old via and the new items.
   */
  apply(edit: KnowledgeEdit): void {
    const fresh = new Map<string, Candidate | null>();
    for (const actorId of edit.recompute) {
      for (const channel of CHANNELS) fresh.set(`${channel} ${actorId}`, this.candidateOf(actorId, channel));
    }
    for (const { actor, channel, item } of edit.reachings) {
      const key = `${channel} ${actor}`;
      if (edit.recompute.has(actor)) continue;
      const known = fresh.has(key) ? fresh.get(key) ?? null : this.candidates.get(key) ?? null;
      fresh.set(key, improved(known, actor, channel, item));
    }
    // Only the candidates that did change move in the sorted lists: an item reaching many
    // actors often comes first for none of them.
    const removed: Candidate[] = [];
    const added: Candidate[] = [];
    for (const [key, candidate] of fresh) {
      const old = this.candidates.get(key);
      if (old === candidate) continue;
      if (old) {
        this.candidates.delete(key);
        removed.push(old);
      }
      if (candidate) {
        this.candidates.set(key, candidate);
        added.push(candidate);
      }
    }
    const hasCertain = (candidate: Candidate) => candidate.certain !== null;
    if (removed.length + added.length >= REBUILD_FROM) {
      this.byPossible = replaceSorted(this.byPossible, new Set(removed), added, possibleOrder);
      this.withCertain = replaceSorted(this.withCertain, new Set(removed.filter(hasCertain)), added.filter(hasCertain), certainOrder);
      return;
    }
    for (const old of removed) {
      removeSorted(this.byPossible, old, possibleOrder);
      if (hasCertain(old)) removeSorted(this.withCertain, old, certainOrder);
    }
    for (const candidate of added) {
      insertSorted(this.byPossible, candidate, possibleOrder);
      if (hasCertain(candidate)) insertSorted(this.withCertain, candidate, certainOrder);
    }
  }

  query(query: KnowledgeQuery): Knowledge[] {
    const after = query.after === undefined ? null : readKnowledgeCursor(query.after);
    const channels = new Set(query.channels);
    const wanted = (candidate: Candidate) => channels.has(candidate.channel);
    const [certainList, possibleList] = query.actor === undefined ? [this.withCertain, this.byPossible] : this.listsOf(query.actor);
    const certain = rowsOf(certainList, 'CERTAIN', query, after, wanted);
    const possible = rowsOf(query.certainty === 'POSSIBLE' ? possibleList : [], 'POSSIBLE', query, after, wanted);
    const rows: Knowledge[] = [];
    let nextCertain = certain.next();
    let nextPossible = possible.next();
    while (rows.length < query.first && !(nextCertain.done && nextPossible.done)) {
      const takeCertain = nextPossible.done || (!nextCertain.done && compareKeys(nextCertain.value.key, nextPossible.value.key) <= 0);
      const row = takeCertain ? nextCertain.value : nextPossible.value;
      if (row === undefined) break;
      rows.push({
        actor: this.entities.get(row.candidate.actorId) as Entity,
        channel: row.candidate.channel,
        via: row.item.relation,
        certainty: row.certainty,
        chain: [...row.item.chain],
        evidence: this.evidenceOf(row.candidate, query.certainty, query.asOfDay),
        cursor: knowledgeCursor(row.key),
      });
      if (takeCertain) nextCertain = certain.next();
      else nextPossible = possible.next();
    }
    return rows;
  }

  private evidenceOf(candidate: Candidate, certainty: Certainty, asOfDay: string): Relation[] {
    const reached = (relation: DatedRelation) => (certainty === 'CERTAIN' ? endedBy(relation.date, asOfDay) : beganBy(relation.date, asOfDay));
    return this.reach
      .itemsReaching(candidate.actorId, candidate.channel)
      .map((item) => item.relation)
      .filter(reached)
      .sort(compareEvidence);
  }

  /** One actor's candidates, in the same two orders (at most one per channel). */
  private listsOf(actor: string): [Candidate[], Candidate[]] {
    const own = CHANNELS.flatMap((channel) => this.candidates.get(`${channel} ${actor}`) ?? []);
    return [sortedBy(own.filter((candidate) => candidate.certain !== null), certainVia), sortedBy([...own], possibleVia)];
  }
}

/** What the relations noted during one edit change: actors to work out whole, and new ways knowledge reached others. */
export class KnowledgeEdit {
  readonly recompute = new Set<string>();
  readonly reachings: Reaching[] = [];
}

function uses(item: KnowledgeItem, relation: Relation): boolean {
  return item.relation.id === relation.id || item.chain.some((link) => link.id === relation.id);
}

/** A candidate with one more item reaching it: the item becomes its via where it comes first. */
function improved(known: Candidate | null, actorId: string, channel: KnowledgeChannel, item: KnowledgeItem): Candidate {
  const bounded = item.relation.date.latest !== null;
  if (known === null) return { actorId, channel, possible: item, certain: bounded ? item : null };
  const possible = compareKnowledgeItems(item, known.possible, 'earliest') < 0 ? item : known.possible;
  const certain = bounded && (known.certain === null || compareKnowledgeItems(item, known.certain, 'latest') < 0) ? item : known.certain;
  return possible === known.possible && certain === known.certain ? known : { actorId, channel, possible, certain };
}

const certainlyKnew = (candidate: Candidate, asOfDay: string) => candidate.certain !== null && endedBy(candidate.certain.relation.date, asOfDay);

/** Rows of one list in answer order, from the first after `after`, while they can still qualify. */
function* rowsOf(list: readonly Candidate[], certainty: Certainty, query: KnowledgeQuery, after: RowKey | null, wanted: (candidate: Candidate) => boolean) {
  const via = certainty === 'CERTAIN' ? certainVia : possibleVia;
  for (let index = after === null ? 0 : firstIndexAfter(list, (candidate) => keyOf(candidate, via(candidate)), compareKeys, after); index < list.length; index++) {
    const candidate = list[index] as Candidate;
    const item = via(candidate);
    // Sorted by earliest day: once a via begins after asOf, no later one can qualify.
    if (!beganBy(item.relation.date, query.asOfDay)) return;
    const qualifies = certainty === 'CERTAIN' ? certainlyKnew(candidate, query.asOfDay) : !certainlyKnew(candidate, query.asOfDay);
    if (qualifies && wanted(candidate)) yield { candidate, item, certainty, key: keyOf(candidate, item) };
  }
}
