import type { Entity, Relation, RelationType } from '../../dataset';
import { type RaisedConcernKey, raisedConcernCursor, readRaisedConcernCursor } from '../cursor';
import type { RaisedConcern } from '../GraphStore';
import { compareEvidence } from './knowledge';
import type { RelationGraph } from './buildGraph';
import { type DatedRelation, knowledgeCarrier } from './knowledgeReach';
import { beganBy, compareEarliest, compareIds, firstIndexAfter, insertSorted, removeSorted } from './order';

export interface RaisedConcernsQuery {
  /** An ISO day. */
  asOfDay: string;
  actor?: string;
  first: number;
  after?: string;
}

interface Raiser {
  /** Its entity is looked up when a row is made, so a renamed actor needs no new raiser. */
  actorId: string;
  /** Everything it sent, in evidence order; the first is the earliest. */
  sent: DatedRelation[];
}

type RaiserKey = RaisedConcernKey;

const keyOf = (raiser: Raiser): RaiserKey => [(raiser.sent[0] as DatedRelation).date.earliest, raiser.actorId];

function compareKeys(a: RaiserKey, b: RaiserKey): number {
  return compareEarliest(a[0], b[0]) || compareIds(a[1], b[1]);
}

const compareRaisers = (a: Raiser, b: Raiser) => compareKeys(keyOf(a), keyOf(b));

/**
 * Who raised the alarm (GraphStore.raisedConcerns): the senders of knowledge-carrying relations,
 * and the authors (by a `creditsAuthor` type) of senders. Raisers are kept sorted by their first
 * concern, so a query starts at the cursor and stops at the first raiser that began after asOf.
 * An actor's concerns are read off the graph (what it sent, what what it authored sent), so an
 * edit works out again only the raisers it touches (`refresh`).
 */
export class RaisedConcernsIndex {
  private readonly raisers = new Map<string, Raiser>();
  private readonly sorted: Raiser[];
  private readonly isCarrier: (relation: Relation) => relation is DatedRelation;
  private readonly credits: ReadonlySet<string>;

  constructor(
    private readonly graph: RelationGraph,
    private readonly entities: ReadonlyMap<string, Entity>,
    relations: Iterable<Relation>,
    vocabulary: readonly RelationType[],
  ) {
    this.isCarrier = knowledgeCarrier(vocabulary);
    this.credits = new Set(vocabulary.filter((type) => type.creditsAuthor).map((type) => type.type));
    const actors = new Set<string>();
    for (const relation of relations) if (this.isCarrier(relation) || this.credits.has(relation.type)) actors.add(relation.from);
    for (const actorId of actors) this.add(actorId);
    this.sorted = [...this.raisers.values()].sort(compareRaisers);
  }

  /** The actors whose concerns a relation bears on: its sender and the sender's authors, or a credited author. */
  affectedBy(relation: Relation, into: Set<string>): void {
    if (this.credits.has(relation.type)) into.add(relation.from);
    if (!this.isCarrier(relation)) return;
    into.add(relation.from);
    for (const credit of this.graph.into(relation.from)) if (this.credits.has(credit.type)) into.add(credit.from);
  }

  /** Works the concerns of these actors out again from the graph. */
  refresh(actorIds: Iterable<string>): void {
    for (const actorId of actorIds) {
      const old = this.raisers.get(actorId);
      if (old) {
        this.raisers.delete(actorId);
        removeSorted(this.sorted, old, compareRaisers);
      }
      const fresh = this.add(actorId);
      if (fresh) insertSorted(this.sorted, fresh, compareRaisers);
    }
  }

  private add(actorId: string): Raiser | null {
    if (!this.entities.has(actorId)) return null;
    const sent = new Map<string, DatedRelation>();
    const sentBy = (sender: string) => {
      for (const relation of this.graph.outOf(sender)) if (this.isCarrier(relation)) sent.set(relation.id, relation);
    };
    sentBy(actorId);
    for (const credit of this.graph.outOf(actorId)) if (this.credits.has(credit.type)) sentBy(credit.to);
    if (sent.size === 0) return null;
    const raiser = { actorId, sent: [...sent.values()].sort(compareEvidence) };
    this.raisers.set(actorId, raiser);
    return raiser;
  }

  query(query: RaisedConcernsQuery): RaisedConcern[] {
    const list = query.actor === undefined ? this.sorted : [this.raisers.get(query.actor) ?? []].flat();
    const after = query.after === undefined ? null : readRaisedConcernCursor(query.after);
    const rows: RaisedConcern[] = [];
    for (let index = after === null ? 0 : firstIndexAfter(list, keyOf, compareKeys, after); index < list.length && rows.length < query.first; index++) {
      const raiser = list[index] as Raiser;
      if (!beganBy((raiser.sent[0] as DatedRelation).date, query.asOfDay)) break;
      const sent = raiser.sent.filter((relation) => beganBy(relation.date, query.asOfDay));
      rows.push({ actor: this.entities.get(raiser.actorId) as Entity, relations: sent, cursor: raisedConcernCursor(keyOf(raiser)) });
    }
    return rows;
  }
}
