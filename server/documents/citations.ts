import type { Entity, Relation } from '../dataset';
import { parseLocator } from './locator';
import type { Citation } from './model';

/** The claims of records that cite `sourceId`, with their place in the record (figures' claims too). */
export function citationsIn(kind: 'entity' | 'relation', record: Entity | Relation, sourceId: string, out: Citation[]): void {
  const subject = { kind, id: record.id };
  record.claims.forEach((claim, index) => {
    if (claim.sourceId === sourceId) out.push({ subject, field: `claims.${index}`, claim });
  });
  if ('figures' in record) {
    record.figures.forEach((figure, figureIndex) =>
      figure.claims.forEach((claim, index) => {
        if (claim.sourceId === sourceId) out.push({ subject, field: `figures.${figureIndex}.claims.${index}`, claim });
      }),
    );
  }
}

const firstParagraph = (citation: Citation) => parseLocator(citation.claim.locator)?.from ?? 0;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The contract's order of citations: by first paragraph, then record id, then claim id. */
export function sortCitations(citations: Citation[]): Citation[] {
  return citations.sort((a, b) => firstParagraph(a) - firstParagraph(b) || compare(a.subject.id, b.subject.id) || compare(a.claim.id, b.claim.id));
}
