import type { FuzzyDate } from './dates';
import type { Dispute, Entity, Figure, Relation } from './model';

/**
 * Two dates disagree only when they cannot mean the same day: "December 2009" and "by
 * December 2009" are compatible (different precision), 21 and 26 August are not.
 */
function hasIncompatibleDates(dates: FuzzyDate[]): boolean {
  const starts = (date: FuzzyDate) => date.earliest ?? '0000-01-01';
  const ends = (date: FuzzyDate) => date.latest ?? '9999-12-31';
  for (let i = 0; i < dates.length; i++) {
    for (let j = i + 1; j < dates.length; j++) {
      const a = dates[i] as FuzzyDate;
      const b = dates[j] as FuzzyDate;
      if (starts(a) > ends(b) || starts(b) > ends(a)) return true;
    }
  }
  return false;
}

/**
 * Finds where sources disagree about one record, sets its `disputedFields` and adds the
 * disputes to `into`: different dates for it, a source saying it did not happen, or different
 * values of a figure. A claim flagged with an erratum is a slip of its own source, not a
 * disagreement between sources, so it is shown with its note but does not make a dispute.
 */
export function findDisputes(kind: 'entity' | 'relation', record: Entity | Relation, into: Dispute[]): void {
  const disputes: Dispute[] = [];
  const subject = { kind, id: record.id };
  // Most records have one claim: nothing to compare, and nothing to allocate for a million of them.
  const dated = record.claims.length < 2 ? [] : record.claims.filter((claim) => claim.date && !claim.erratum);
  if (dated.length > 1 && hasIncompatibleDates(dated.map((claim) => claim.date as FuzzyDate))) {
    disputes.push({ subject, field: 'date', claims: dated });
  }
  if (record.claims.some((claim) => claim.stance === 'contradicts')) {
    disputes.push({ subject, field: 'occurred', claims: record.claims });
  }
  if ('figures' in record) {
    // Map.groupBy needs Node 21; this project runs on Node 20.
    const byName = new Map<string, Figure[]>();
    for (const figure of record.figures) byName.set(figure.name, [...(byName.get(figure.name) ?? []), figure]);
    for (const [name, figures] of byName) {
      if (new Set(figures.map((figure) => `${figure.qualifier} ${figure.value}`)).size > 1) {
        disputes.push({ subject, field: `figure:${name}`, claims: figures.flatMap((figure) => figure.claims) });
      }
    }
  }
  // Checked first: a million undisputed records need no new empty array each.
  if (disputes.length > 0 || record.disputedFields.length > 0) record.disputedFields = disputes.map((dispute) => dispute.field);
  into.push(...disputes);
}
