import type { Claim, Dataset, FuzzyDate, Relation } from '../server/dataset';
import { compareDateSpans, compareIds } from '../server/store/embedded/order';

// The knowledge layer of a data set as a curator reads it: for each actor, the
// knowledge-carrying relations that reached it directly, and for each actor that raised
// concerns, to whom and when. Only the data set's own records are used (no institutional
// chains): this is a check of what was curated, not the knowledge answer of the API.

/** One knowledge-carrying relation as seen from one actor. */
export interface KnowledgeLink {
  relationId: string;
  type: string;
  date: FuzzyDate | null;
  from: string;
  to: string;
  /** For a concern credited to an author: the work it wrote, which is the relation's `from` end. */
  through: string | null;
  /** "<source id> ¶N", one per claim. */
  citations: string[];
}

export interface ActorLinks {
  actor: string;
  links: KnowledgeLink[];
}

export interface KnowledgeLinks {
  /** Per receiving actor (`to` end), the relations that reached it directly. */
  received: ActorLinks[];
  /** Per actor that raised concerns (`from` end, or author of the `from` end), the relations it raised them by. */
  raised: ActorLinks[];
}

const citations = (claims: Claim[]): string[] => claims.map((claim) => `${claim.sourceId} ${claim.locator}`);

/** Date order: open start first, then by latest day, undated last. */
function compareDates(a: FuzzyDate | null, b: FuzzyDate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareDateSpans(a, b);
}

/** An actor's links: date order, then relation id (an author's own before those through its works). */
function compareLinks(a: KnowledgeLink, b: KnowledgeLink): number {
  return compareDates(a.date, b.date) || compareIds(a.relationId, b.relationId) || compareIds(a.through ?? '', b.through ?? '');
}

/** Actors ordered by the date of their first link, then id; each actor's links in date order. */
function byActor(pairs: [actor: string, link: KnowledgeLink][]): ActorLinks[] {
  const grouped = new Map<string, KnowledgeLink[]>();
  for (const [actor, link] of pairs) grouped.set(actor, [...(grouped.get(actor) ?? []), link]);
  const actors = [...grouped].map(([actor, links]) => ({ actor, links: links.sort(compareLinks) }));
  const firstDate = (entry: ActorLinks) => (entry.links[0] as KnowledgeLink).date;
  return actors.sort((a, b) => compareDates(firstDate(a), firstDate(b)) || compareIds(a.actor, b.actor));
}

/** Groups the data set's knowledge-carrying relations by receiver and by who raised them. */
export function knowledgeLinks(dataset: Dataset): KnowledgeLinks {
  const types = new Map(dataset.vocabulary.map((type) => [type.type, type]));
  const carrying = dataset.relations.filter((relation) => types.get(relation.type)?.carriesKnowledge);
  const link = (relation: Relation, through: string | null = null): KnowledgeLink => ({
    relationId: relation.id,
    type: relation.type,
    date: relation.date,
    from: relation.from,
    to: relation.to,
    through,
    citations: citations(relation.claims),
  });

  const authorsOf = new Map<string, string[]>();
  for (const relation of dataset.relations) {
    if (!types.get(relation.type)?.creditsAuthor) continue;
    authorsOf.set(relation.to, [...(authorsOf.get(relation.to) ?? []), relation.from]);
  }

  const raised: [string, KnowledgeLink][] = [];
  for (const relation of carrying) {
    raised.push([relation.from, link(relation)]);
    for (const author of authorsOf.get(relation.from) ?? []) raised.push([author, link(relation, relation.from)]);
  }
  return {
    received: byActor(carrying.map((relation) => [relation.to, link(relation)])),
    raised: byActor(raised),
  };
}
