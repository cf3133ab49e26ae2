import { findDisputes, type Dispute, type Entity, type Relation } from '../../dataset';
import { compareIds, insertSorted, lowerBound } from './order';

const compareDisputes = (a: Dispute, b: Dispute) => compareIds(a.subject.id, b.subject.id) || compareIds(a.field, b.field);

/** Every dispute sorted by subject id, then field; a record's disputes are worked out again when it changes. */
export class DisputeList {
  readonly sorted: Dispute[];

  constructor(disputes: readonly Dispute[]) {
    this.sorted = [...disputes].sort(compareDisputes);
  }

  /** Replaces the disputes about record `id` with those of its new state (none when it is gone). */
  put(id: string, record: { kind: 'entity'; after: Entity | null } | { kind: 'relation'; after: Relation | null }): void {
    // Ids are unique across entities and relations, so a subject's disputes are one run of the
    // list, starting where a dispute with the smallest field ("") would go.
    const start = lowerBound(this.sorted, { subject: { kind: record.kind, id }, field: '', claims: [] }, compareDisputes);
    let end = start;
    while (end < this.sorted.length && (this.sorted[end] as Dispute).subject.id === id) end++;
    this.sorted.splice(start, end - start);
    if (record.after === null) return;
    const found: Dispute[] = [];
    findDisputes(record.kind, record.after, found);
    for (const dispute of found) insertSorted(this.sorted, dispute, compareDisputes);
  }
}
