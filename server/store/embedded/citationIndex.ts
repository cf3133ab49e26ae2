import type { Claim, Entity, Relation } from '../../dataset';
import { citationsIn, sortCitations, type Citation } from '../../documents';

// Which records cite each source, kept record by record as changes come, so the reader's
// margin (every claim citing a document) never scans the whole graph.

type Cited = { kind: 'entity'; record: Entity } | { kind: 'relation'; record: Relation };

const claimsOf = (record: Entity | Relation): Claim[] =>
  'figures' in record ? [...record.claims, ...record.figures.flatMap((figure) => figure.claims)] : record.claims;

export class CitationIndex {
  /** Source id -> record id -> the record. */
  private readonly bySource = new Map<string, Map<string, Cited>>();

  constructor(entities: readonly Entity[], relations: readonly Relation[]) {
    for (const entity of entities) this.add({ kind: 'entity', record: entity });
    for (const relation of relations) this.add({ kind: 'relation', record: relation });
  }

  add(cited: Cited): void {
    for (const claim of claimsOf(cited.record)) {
      let records = this.bySource.get(claim.sourceId);
      if (!records) this.bySource.set(claim.sourceId, (records = new Map()));
      records.set(cited.record.id, cited);
    }
  }

  remove(record: Entity | Relation): void {
    for (const claim of claimsOf(record)) {
      const records = this.bySource.get(claim.sourceId);
      records?.delete(record.id);
      if (records?.size === 0) this.bySource.delete(claim.sourceId);
    }
  }

  citations(sourceId: string): Citation[] {
    const out: Citation[] = [];
    for (const { kind, record } of this.bySource.get(sourceId)?.values() ?? []) citationsIn(kind, record, sourceId, out);
    return sortCitations(out);
  }
}
