import { compareText } from '../order';
import type { Claim, EntityKind, EntitySummary, KindInfo, RelationSummary, RelationTypeInfo } from '../api/types';
import { formatDateShort } from '../dates';
import { spanKey, spanOf, unionSpan, type Span } from './span';

// What the chronology shows, before any geometry: one lane per actor, the dated facts in each
// lane, and knowledge-carrying relations as arrows from the warner's lane to the receiver's.
// Which types carry knowledge and which credit an author comes from the vocabulary.

export type Channel = 'DIRECT' | 'INSTITUTIONAL';
export type LaneMode = 'knowledge' | 'view' | 'picked';

/** One actor's knowledge by one channel: the knowledge-carrying relations that reached it. */
export interface KnowledgeRow {
  actorId: string;
  channel: Channel;
  evidence: readonly RelationSummary[];
  /** For INSTITUTIONAL: the links followed from the receiver to the actor. */
  chain: readonly RelationSummary[];
}

export interface RaisedRow {
  actorId: string;
  relations: readonly RelationSummary[];
}

export interface LaneKnowledge {
  channel: Channel;
  /** When the actor possibly knew: null for an open start (before anything dated). */
  possibleFrom: number | null;
  /** When it certainly knew; null when no evidence has a known end. */
  certainFrom: number | null;
}

export interface Lane {
  id: string;
  name: string;
  kind: EntityKind | null;
  knew: LaneKnowledge[];
  /** When the actor first raised concerns; null when it did not. */
  raisedFrom: Span | null;
}

export interface ClaimedDate {
  span: Span;
  text: string;
  source: string;
  locator: string;
}

export interface ChronoItem {
  /** Unique among drawn items. */
  key: string;
  /** The entity or relation it stands for (what selecting it selects). */
  id: string;
  laneId: string;
  label: string;
  dateText: string;
  span: Span;
  /** When the sources disagree on the date: each claimed date. */
  claimed: ClaimedDate[];
  relationType: string | null;
  /** A knowledge-carrying relation: the warner's lane (null when the warner has none). */
  knowledge: { fromLane: string | null } | null;
}

export interface ChronologyModel {
  lanes: Lane[];
  items: ChronoItem[];
}

export interface ChronologyInput {
  entities: ReadonlyMap<string, EntitySummary>;
  relations: ReadonlyMap<string, RelationSummary>;
  vocabulary: readonly Pick<RelationTypeInfo, 'type' | 'carriesKnowledge' | 'creditsAuthor'>[];
  knowledge: readonly KnowledgeRow[];
  raised: readonly RaisedRow[];
  /** Claims by entity or relation id, where loaded (for disputed dates). */
  claims: ReadonlyMap<string, readonly Claim[]>;
  lanes: { mode: LaneMode; ids: ReadonlySet<string> };
  /** Kinds that can know things: lanes of "on view" are theirs. */
  actorKinds: ReadonlySet<EntityKind>;
  /** The data set's kinds, in its order: they name the lane of dated things no lane holds. */
  kinds: readonly Pick<KindInfo, 'kind' | 'plural'>[];
}

export const OTHER_LANE = 'lane:other';

/** "Reports and events": the plurals of `present`, in the order of `kinds`, as a lane's name. */
export function kindsLaneName(kinds: readonly Pick<KindInfo, 'kind' | 'plural'>[], present: ReadonlySet<EntityKind>): string {
  const known = kinds.filter((info) => present.has(info.kind)).map((info) => info.plural);
  const unknown = [...present].filter((kind) => !kinds.some((info) => info.kind === kind)).sort(compareText);
  const words = [...known, ...unknown].map((word, index) => (index === 0 ? word : word.toLowerCase()));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Authors of each written thing, by the vocabulary's creditsAuthor types. */
export function authorsByWork(relations: Iterable<RelationSummary>, authorTypes: ReadonlySet<string>): Map<string, string[]> {
  const authors = new Map<string, string[]>();
  for (const relation of relations) {
    if (!authorTypes.has(relation.type)) continue;
    const list = authors.get(relation.to.id) ?? [];
    list.push(relation.from.id);
    authors.set(relation.to.id, list);
  }
  for (const list of authors.values()) list.sort(compareText);
  return authors;
}

/** Who warned through this relation: the author of the warning thing when it has one, else its `from` end. */
export function warnerOf(relation: RelationSummary, authors: ReadonlyMap<string, readonly string[]>): string {
  return authors.get(relation.from.id)?.[0] ?? relation.from.id;
}

/** Possibly from the earliest start (open first), certainly from the earliest end. */
export function laneKnowledge(row: KnowledgeRow): LaneKnowledge {
  let possibleFrom: number | null | undefined;
  let certainFrom: number | null = null;
  for (const relation of row.evidence) {
    const span = spanOf(relation.date);
    if (!span) continue;
    possibleFrom = possibleFrom === null || span.start === null ? null : Math.min(possibleFrom ?? Infinity, span.start);
    if (span.end !== null) certainFrom = Math.min(certainFrom ?? Infinity, span.end);
  }
  return { channel: row.channel, possibleFrom: possibleFrom === undefined ? certainFrom : possibleFrom, certainFrom };
}

function claimedDates(disputed: boolean, fields: readonly string[], claims: readonly Claim[] | undefined): ClaimedDate[] {
  if (!disputed || !fields.includes('date') || !claims) return [];
  const seen = new Set<string>();
  const out: ClaimedDate[] = [];
  for (const claim of claims) {
    const span = spanOf(claim.date);
    if (!span || !claim.date) continue;
    const key = `${span.start}/${span.end}`;
    const text = formatDateShort(claim.date);
    if (!seen.has(key)) out.push({ span, text, source: claim.source.title, locator: claim.locator });
    seen.add(key);
  }
  return out.length > 1 ? out : [];
}

function relationText(relation: RelationSummary, laneId: string): string {
  const role = relation.role ? ` (${relation.role})` : '';
  return relation.to.id === laneId && relation.from.id !== laneId ? `${relation.from.name} ${relation.label}${role}` : `${relation.label} ${relation.to.name}${role}`;
}

/** Lanes, items and arrows for the chosen lanes. */
export function buildChronology(input: ChronologyInput): ChronologyModel {
  const knowledgeTypes = new Set(input.vocabulary.filter((v) => v.carriesKnowledge).map((v) => v.type));
  const authorTypes = new Set(input.vocabulary.filter((v) => v.creditsAuthor).map((v) => v.type));
  const authors = authorsByWork(input.relations.values(), authorTypes);
  const dated = [...input.relations.values()].filter((r) => spanOf(r.date) !== null).sort((a, b) => compareText(a.id, b.id));
  const knowledgeRelations = dated.filter((r) => knowledgeTypes.has(r.type));

  const laneIds = new Set<string>();
  if (input.lanes.mode === 'knowledge') {
    for (const r of knowledgeRelations) laneIds.add(warnerOf(r, authors)).add(r.to.id);
    for (const row of input.knowledge) laneIds.add(row.actorId);
    for (const row of input.raised) laneIds.add(row.actorId);
  } else {
    for (const id of input.lanes.ids) {
      const entity = input.entities.get(id);
      if (entity && (input.lanes.mode === 'picked' || input.actorKinds.has(entity.kind))) laneIds.add(id);
    }
  }
  for (const id of [...laneIds]) if (!input.entities.has(id)) laneIds.delete(id);

  const items: ChronoItem[] = [];
  const place = (id: string, laneId: string, label: string, date: RelationSummary['date'], claimed: ClaimedDate[], relationType: string | null, fromLane?: string | null) => {
    const span = spanOf(date);
    if (!span) return;
    items.push({
      key: `${id}@${laneId}`,
      id,
      laneId,
      label,
      dateText: formatDateShort(date),
      span,
      claimed,
      relationType,
      knowledge: fromLane === undefined ? null : { fromLane },
    });
  };

  for (const relation of dated) {
    const claimed = claimedDates(relation.disputed, relation.disputedFields, input.claims.get(relation.id));
    if (knowledgeTypes.has(relation.type)) {
      const warner = warnerOf(relation, authors);
      const warnerLane = laneIds.has(warner) ? warner : null;
      if (laneIds.has(relation.to.id)) place(relation.id, relation.to.id, relationText(relation, relation.to.id), relation.date, claimed, relation.type, warnerLane === relation.to.id ? null : warnerLane);
      else if (warnerLane) place(relation.id, warnerLane, relationText(relation, relation.from.id), relation.date, claimed, relation.type, null);
      continue;
    }
    const laneId = laneIds.has(relation.from.id) ? relation.from.id : laneIds.has(relation.to.id) ? relation.to.id : null;
    if (laneId) place(relation.id, laneId, relationText(relation, laneId), relation.date, claimed, relation.type);
  }

  for (const entity of [...input.entities.values()].sort((a, b) => compareText(a.id, b.id))) {
    if (!spanOf(entity.date)) continue;
    const claimed = claimedDates(entity.disputed, entity.disputedFields, input.claims.get(entity.id));
    const author = authors.get(entity.id)?.find((id) => laneIds.has(id));
    const laneId = laneIds.has(entity.id) ? entity.id : (author ?? OTHER_LANE);
    place(entity.id, laneId, entity.name, entity.date, claimed, null);
  }

  const knew = new Map<string, LaneKnowledge[]>();
  for (const row of input.knowledge) {
    const list = knew.get(row.actorId) ?? [];
    list.push(laneKnowledge(row));
    knew.set(row.actorId, list);
  }
  const raised = new Map<string, Span | null>();
  for (const row of input.raised) raised.set(row.actorId, unionSpan(row.relations.flatMap((r) => spanOf(r.date) ?? [])));

  const firstAt = new Map<string, number>();
  for (const item of items) firstAt.set(item.laneId, Math.min(firstAt.get(item.laneId) ?? Infinity, spanKey(item.span)));
  const lanes: Lane[] = [...laneIds].map((id) => {
    const entity = input.entities.get(id) as EntitySummary;
    return { id, name: entity.name, kind: entity.kind, knew: knew.get(id) ?? [], raisedFrom: raised.get(id) ?? null };
  });
  const otherKinds = new Set(items.flatMap((item) => (item.laneId === OTHER_LANE ? (input.entities.get(item.id)?.kind ?? []) : [])));
  if (otherKinds.size > 0) lanes.push({ id: OTHER_LANE, name: kindsLaneName(input.kinds, otherKinds), kind: null, knew: [], raisedFrom: null });
  // By first dated fact (arrows then mostly run down the page); the lane of the rest last.
  const rank = (lane: Lane) => (lane.id === OTHER_LANE ? Infinity : (firstAt.get(lane.id) ?? Number.MAX_VALUE));
  lanes.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  return { lanes, items };
}
