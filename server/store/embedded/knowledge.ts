import type { Entity, FuzzyDate, Relation, RelationType } from '../../dataset';
import type { Certainty, Knowledge } from '../GraphStore';
import { beganBy, compareEarliest, compareIds, compareLatest, endedBy } from './order';

/** A knowledge-carrying relation with its date (undated ones never count). */
type DatedRelation = Relation & { date: FuzzyDate };

/** For one actor, the two relations that can ever be its "via". */
interface ActorKnowledge {
  actor: Entity;
  /** Smallest latest day (then id) among its bounded-end relations: the first it certainly knew from. */
  certain: DatedRelation | null;
  /** Smallest earliest day, open start first (then id): the first it possibly knew from. */
  possible: DatedRelation;
}

export interface KnowledgeQuery {
  /** An ISO day. */
  asOfDay: string;
  actor?: string;
  certainty: Certainty;
}

/** Whether `a` comes before `b` by the given end of its date, ties to the smaller id. */
function isFirst(a: DatedRelation, b: DatedRelation, end: 'earliest' | 'latest'): boolean {
  const order = end === 'earliest' ? compareEarliest(a.date.earliest, b.date.earliest) : compareLatest(a.date.latest, b.date.latest);
  return order < 0 || (order === 0 && compareIds(a.id, b.id) < 0);
}

/** The answer's order: the via relation's earliest day (open start first), then actor id. */
function compareRows(a: Knowledge, b: Knowledge): number {
  return compareEarliest(a.via.date?.earliest ?? null, b.via.date?.earliest ?? null) || compareIds(a.actor.id, b.actor.id);
}

/** Merges two lists already in answer order. */
function mergeRows(a: Knowledge[], b: Knowledge[]): Knowledge[] {
  const merged: Knowledge[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compareRows(a[i] as Knowledge, b[j] as Knowledge) <= 0 ? (a[i++] as Knowledge) : (b[j++] as Knowledge));
  for (; i < a.length; i++) merged.push(a[i] as Knowledge);
  for (; j < b.length; j++) merged.push(b[j] as Knowledge);
  return merged;
}

/**
 * Who knew what when. Whatever `asOf` is, an actor's certain via can only be its relation with
 * the smallest latest day (it certainly knew by asOf iff that one ended by then), and its
 * possible via the one with the smallest earliest day; so two relations per actor, found in one
 * pass, answer every date. Actors are kept sorted by each via's earliest day, which is the
 * answer's order and lets a query stop at the first via that begins after `asOf`.
 */
export function buildKnowledge(entities: ReadonlyMap<string, Entity>, relations: readonly Relation[], vocabulary: readonly RelationType[]) {
  const carriers = new Set(vocabulary.filter((type) => type.carriesKnowledge).map((type) => type.type));
  const actors = new Map<string, ActorKnowledge>();
  for (const relation of relations) {
    if (!carriers.has(relation.type) || relation.date === null) continue;
    const dated = relation as DatedRelation;
    const known = actors.get(dated.to);
    if (!known) {
      const actor = entities.get(dated.to);
      if (actor) actors.set(dated.to, { actor, certain: dated.date.latest === null ? null : dated, possible: dated });
      continue;
    }
    if (dated.date.latest !== null && (known.certain === null || isFirst(dated, known.certain, 'latest'))) known.certain = dated;
    if (isFirst(dated, known.possible, 'earliest')) known.possible = dated;
  }

  const byEarliest = (via: (known: ActorKnowledge) => DatedRelation) => (a: ActorKnowledge, b: ActorKnowledge) =>
    compareEarliest(via(a).date.earliest, via(b).date.earliest) || compareIds(a.actor.id, b.actor.id);
  const certainVia = (known: ActorKnowledge) => known.certain as DatedRelation;
  const withCertain = [...actors.values()].filter((known) => known.certain !== null).sort(byEarliest(certainVia));
  const byPossible = [...actors.values()].sort(byEarliest((known) => known.possible));

  const certainlyKnew = (known: ActorKnowledge, asOfDay: string) => known.certain !== null && endedBy(known.certain.date, asOfDay);

  return ({ asOfDay, actor, certainty }: KnowledgeQuery): Knowledge[] => {
    const candidates = actor === undefined ? null : [actors.get(actor)].filter((known) => known !== undefined);
    const certain: Knowledge[] = [];
    for (const known of candidates ?? withCertain) {
      // Sorted by earliest day: once a via begins after asOf, no later one can have ended by then.
      if (known.certain !== null && !beganBy(known.certain.date, asOfDay)) break;
      if (certainlyKnew(known, asOfDay)) certain.push({ actor: known.actor, via: certainVia(known), certainty: 'CERTAIN' });
    }
    if (certainty === 'CERTAIN') return certain;

    const possible: Knowledge[] = [];
    for (const known of candidates ?? byPossible) {
      if (!beganBy(known.possible.date, asOfDay)) break;
      if (!certainlyKnew(known, asOfDay)) possible.push({ actor: known.actor, via: known.possible, certainty: 'POSSIBLE' });
    }
    return mergeRows(certain, possible);
  };
}
