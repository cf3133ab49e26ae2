import type { Entity, Relation } from '../../dataset';
import { type KnowledgeKey, knowledgeCursor, readKnowledgeCursor } from '../cursor';
import type { Certainty, Knowledge, KnowledgeChannel } from '../GraphStore';
import { type DatedRelation, type KnowledgeItem, KnowledgeReach } from './knowledgeReach';
import { beganBy, compareDateSpans, compareEarliest, compareIds, endedBy, firstIndexAfter, insertSorted, removeSorted } from './order';

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

/** Above this many actors to refresh at once, re-sorting the lists beats one splice per actor. */
const RESORT_FROM = 256;

/**
 * Who knew what when (GraphStore.knowledge). Whatever asOf is, a row's certain via can only be
 * its item with the smallest latest day, and its possible via the one with the smallest earliest
 * day; so two items per (actor, channel), found once, answer every date. Candidates are kept
 * sorted by each via's key, which is the answer's order: a query merges the two lists from the
 * cursor on and stops after `first` rows. Evidence and chains are worked out for those rows only.
 * After an edit only the actors it can reach are worked out again (`refresh`).
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

  private add(actorId: string, channel: KnowledgeChannel): Candidate | null {
    const possible = this.entities.has(actorId) ? this.reach.firstReaching(actorId, channel, 'earliest') : null;
    if (!possible) return null;
    const candidate = { actorId, channel, possible, certain: this.reach.firstReaching(actorId, channel, 'latest') };
    this.candidates.set(`${channel} ${actorId}`, candidate);
    return candidate;
  }

  private sortAll(): void {
    this.withCertain = sortedBy([...this.candidates.values()].filter((candidate) => candidate.certain !== null), certainVia);
    this.byPossible = sortedBy([...this.candidates.values()], possibleVia);
  }

  /** Works the candidates of these actors out again (after the knowledge reaching them may have changed). */
  refresh(actorIds: ReadonlySet<string>): void {
    const resort = actorIds.size > RESORT_FROM;
    for (const actorId of actorIds) {
      for (const channel of CHANNELS) {
        const key = `${channel} ${actorId}`;
        const old = this.candidates.get(key);
        if (old) {
          this.candidates.delete(key);
          if (!resort) {
            removeSorted(this.byPossible, old, possibleOrder);
            if (old.certain !== null) removeSorted(this.withCertain, old, certainOrder);
          }
        }
        const fresh = this.add(actorId, channel);
        if (fresh && !resort) {
          insertSorted(this.byPossible, fresh, possibleOrder);
          if (fresh.certain !== null) insertSorted(this.withCertain, fresh, certainOrder);
        }
      }
    }
    if (resort) this.sortAll();
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
