import type { Claim, Entity, Relation, Source } from '../../dataset';
import { compareIds, insertSorted, removeSorted } from './order';

const bySourceId = (a: Source, b: Source) => compareIds(a.id, b.id);

/** Every claim of a record: its own and its figures'. */
function claimsOf(record: Entity | Relation): Claim[] {
  return 'figures' in record ? [...record.claims, ...record.figures.flatMap((figure) => figure.claims)] : record.claims;
}

/**
 * Sources sorted by id and found by id, with each one's claim count kept right as records' claims
 * come and go, and the number of claims in all. A source whose count changes is replaced by a
 * copy (the data set's objects are never written to).
 */
export class SourceList {
  readonly sorted: Source[];
  readonly byId: Map<string, Source>;
  private claims = 0;

  constructor(sources: readonly Source[], records: Iterable<Entity | Relation>) {
    this.sorted = [...sources].sort(bySourceId);
    this.byId = new Map(sources.map((source) => [source.id, source]));
    for (const record of records) this.claims += claimsOf(record).length;
  }

  get claimCount(): number {
    return this.claims;
  }

  /** Adds, replaces (keeping the claim count this list keeps) or, with null, removes a source. */
  put(id: string, source: Source | null): void {
    const known = this.byId.get(id);
    this.replace(id, source && { ...source, claimCount: known?.claimCount ?? source.claimCount });
  }

  private replace(id: string, source: Source | null): void {
    const known = this.byId.get(id);
    if (known) {
      removeSorted(this.sorted, known, bySourceId);
      this.byId.delete(id);
    }
    if (source === null) return;
    insertSorted(this.sorted, source, bySourceId);
    this.byId.set(id, source);
  }

  /** Counts a record's claims in (`sign` 1) or out (-1). */
  countClaims(record: Entity | Relation, sign: 1 | -1): void {
    const claims = claimsOf(record);
    this.claims += sign * claims.length;
    const perSource = new Map<string, number>();
    for (const claim of claims) perSource.set(claim.sourceId, (perSource.get(claim.sourceId) ?? 0) + sign);
    for (const [id, change] of perSource) {
      const source = this.byId.get(id);
      if (source) this.replace(id, { ...source, claimCount: source.claimCount + change });
    }
  }
}
