import type { Entity, Relation, RelationType } from '../../dataset';
import { type RaisedConcernKey, raisedConcernCursor, readRaisedConcernCursor } from '../cursor';
import type { RaisedConcern } from '../GraphStore';
import { compareEvidence } from './knowledge';
import { append, type DatedRelation, knowledgeCarrier } from './knowledgeReach';
import { beganBy, compareEarliest, compareIds, firstIndexAfter } from './order';

export interface RaisedConcernsQuery {
  /** An ISO day. */
  asOfDay: string;
  actor?: string;
  first: number;
  after?: string;
}

interface Raiser {
  actor: Entity;
  /** Everything it sent, in evidence order; the first is the earliest. */
  sent: DatedRelation[];
}

type RaiserKey = RaisedConcernKey;

const keyOf = (raiser: Raiser): RaiserKey => [(raiser.sent[0] as DatedRelation).date.earliest, raiser.actor.id];

function compareKeys(a: RaiserKey, b: RaiserKey): number {
  return compareEarliest(a[0], b[0]) || compareIds(a[1], b[1]);
}

/**
 * Who raised the alarm (GraphStore.raisedConcerns): the senders of knowledge-carrying relations,
 * and the authors (by a `creditsAuthor` type) of senders. Raisers are sorted once by their first
 * concern, so a query starts at the cursor and stops at the first raiser that began after asOf.
 */
export function buildRaisedConcerns(entities: ReadonlyMap<string, Entity>, relations: readonly Relation[], vocabulary: readonly RelationType[]) {
  const isCarrier = knowledgeCarrier(vocabulary);
  const credits = new Set(vocabulary.filter((type) => type.creditsAuthor).map((type) => type.type));
  const sentBy = new Map<string, DatedRelation[]>();
  for (const relation of relations) if (isCarrier(relation)) append(sentBy, relation.from, relation);
  const creditedTo = new Map<string, DatedRelation[]>();
  for (const relation of relations) {
    if (!credits.has(relation.type)) continue;
    for (const sent of sentBy.get(relation.to) ?? []) append(creditedTo, relation.from, sent);
  }

  const raisers = new Map<string, Raiser>();
  for (const actorId of new Set([...sentBy.keys(), ...creditedTo.keys()])) {
    const actor = entities.get(actorId);
    if (!actor) continue;
    const distinct = new Map([...(sentBy.get(actorId) ?? []), ...(creditedTo.get(actorId) ?? [])].map((relation) => [relation.id, relation]));
    raisers.set(actorId, { actor, sent: [...distinct.values()].sort(compareEvidence) });
  }
  const sorted = [...raisers.values()].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));

  return (query: RaisedConcernsQuery): RaisedConcern[] => {
    const list = query.actor === undefined ? sorted : [raisers.get(query.actor) ?? []].flat();
    const after = query.after === undefined ? null : readRaisedConcernCursor(query.after);
    const rows: RaisedConcern[] = [];
    for (let index = after === null ? 0 : firstIndexAfter(list, keyOf, compareKeys, after); index < list.length && rows.length < query.first; index++) {
      const raiser = list[index] as Raiser;
      if (!beganBy((raiser.sent[0] as DatedRelation).date, query.asOfDay)) break;
      const sent = raiser.sent.filter((relation) => beganBy(relation.date, query.asOfDay));
      rows.push({ actor: raiser.actor, relations: sent, cursor: raisedConcernCursor(keyOf(raiser)) });
    }
    return rows;
  };
}
