import { compareText } from '../order';
import type { Claim, EntitySummary, FuzzyDate, RelationSummary } from '../api/types';
import { describeDate, formatDate } from '../dates';
import { spanKey, spanOf } from './span';

// The chronology as a document: every dated fact in order, grouped by year, with its citations
// and, where the sources disagree, each side stated.

export interface Fact {
  id: string;
  /** "Heal report (2003) warned South Yorkshire Police" */
  text: string;
  date: FuzzyDate;
  /** Sort position (ms): the start, or the end when the start is open. */
  at: number;
  /** Entities the fact is about (filter by actor). */
  about: string[];
  relationType: string | null;
  claims: readonly Claim[];
  disputes: string[];
}

export interface YearGroup {
  year: number;
  facts: Fact[];
}

export interface FactFilter {
  actor: string | null;
  relationType: string | null;
}

function cite(claim: Claim): string {
  return `${claim.source.title} ${claim.locator}`;
}

/** Each disagreement in words: the dates the sources give, and every claim that contradicts. */
export function disputeStatements(disputedFields: readonly string[], claims: readonly Claim[]): string[] {
  const out: string[] = [];
  if (disputedFields.includes('date')) {
    const sides = claims.filter((c) => c.date).map((c) => `${cite(c)} gives ${formatDate(c.date)}`);
    if (sides.length > 0) out.push(`The sources disagree on the date: ${sides.join('; ')}.`);
  }
  for (const field of disputedFields.filter((f) => f !== 'date')) {
    out.push(`The sources disagree on the ${field}.`);
  }
  for (const claim of claims.filter((c) => c.stance === 'CONTRADICTS')) {
    out.push(`${cite(claim)} contradicts this${claim.note ? `: ${claim.note}` : '.'}`);
  }
  return out;
}

/** Every dated entity and relation as a fact, earliest first (ties by text). */
export function collectFacts(
  entities: Iterable<EntitySummary>,
  relations: Iterable<RelationSummary>,
  claims: ReadonlyMap<string, readonly Claim[]>,
): Fact[] {
  const facts: Fact[] = [];
  for (const entity of entities) {
    const span = spanOf(entity.date);
    if (!span || !entity.date) continue;
    const own = claims.get(entity.id) ?? [];
    facts.push({ id: entity.id, text: entity.name, date: entity.date, at: spanKey(span), about: [entity.id], relationType: null, claims: own, disputes: disputeStatements(entity.disputed ? entity.disputedFields : [], own) });
  }
  for (const relation of relations) {
    const span = spanOf(relation.date);
    if (!span || !relation.date) continue;
    const own = claims.get(relation.id) ?? [];
    const role = relation.role ? ` (${relation.role})` : '';
    facts.push({
      id: relation.id,
      text: `${relation.from.name} ${relation.label} ${relation.to.name}${role}`,
      date: relation.date,
      at: spanKey(span),
      about: [relation.from.id, relation.to.id],
      relationType: relation.type,
      claims: own,
      disputes: disputeStatements(relation.disputed ? relation.disputedFields : [], own),
    });
  }
  return facts.sort((a, b) => a.at - b.at || a.text.localeCompare(b.text) || compareText(a.id, b.id));
}

export function filterFacts(facts: readonly Fact[], filter: FactFilter): Fact[] {
  return facts.filter((f) => (!filter.actor || f.about.includes(filter.actor)) && (!filter.relationType || f.relationType === filter.relationType));
}

/** Facts by the year they sit at, in order. */
export function groupByYear(facts: readonly Fact[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const fact of facts) {
    const year = new Date(fact.at).getUTCFullYear();
    const last = groups[groups.length - 1];
    if (last && last.year === year) last.facts.push(fact);
    else groups.push({ year, facts: [fact] });
  }
  return groups;
}

/** The date of a fact in words ("autumn 2009", "before June 2005"). */
export function factDate(fact: Fact): string {
  return describeDate(fact.date).words;
}
