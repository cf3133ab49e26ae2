import { findDisputes, type Claim, type Dataset, type Dispute, type Entity, type Relation, type Source } from '../../dataset';
import type { SourceDocument } from '../../documents/model';
import type { RecordChange, RecordKind } from '../ChangeStore';
import { checkBefores } from '../recordSequence';

// The records of the current graph by id: the base data set with every applied change written
// over it. Commit checks a change against it (synchronously, so nothing can move between the
// check and the write) and replay rebuilds it from the change log before any index is built.

type StoredRecord = Entity | Relation | Source | SourceDocument | string;

/** Upper bound on redirect hops: a chain longer than any merge history means a loop. */
const MAX_REDIRECT_HOPS = 1_000;

const claimsOf = (record: Entity | Relation | null): Claim[] =>
  !record ? [] : 'figures' in record ? [...record.claims, ...record.figures.flatMap((figure) => figure.claims)] : record.claims;

export class CurrentRecords {
  private readonly entities: Map<string, Entity>;
  private readonly relations: Map<string, Relation>;
  private readonly sources: Map<string, Source>;
  /** Merged-away entity id -> the id it was merged into. */
  private readonly redirects = new Map<string, string>();
  private readonly documents: Map<string, SourceDocument>;
  /** Disputes by subject ("entity:<id>" / "relation:<id>"). */
  private readonly disputes = new Map<string, Dispute[]>();
  private readonly claimCounts: Map<string, number>;
  /** The data set as it was loaded, while no change has been applied (so start-up without changes copies nothing). */
  private base: Dataset | null;

  private readonly name: string;
  private readonly vocabulary: Dataset['vocabulary'];
  private readonly profile: Pick<Dataset, 'info' | 'kinds'>;

  constructor(dataset: Dataset) {
    this.base = dataset;
    this.name = dataset.name;
    this.vocabulary = dataset.vocabulary;
    this.profile = { info: dataset.info, kinds: dataset.kinds };
    this.entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
    this.relations = new Map(dataset.relations.map((relation) => [relation.id, relation]));
    this.sources = new Map(dataset.sources.map((source) => [source.id, source]));
    this.documents = new Map((dataset.documents ?? []).map((document) => [document.id, document]));
    this.claimCounts = new Map(dataset.sources.map((source) => [source.id, source.claimCount]));
    for (const dispute of dataset.disputes) {
      const key = `${dispute.subject.kind}:${dispute.subject.id}`;
      this.disputes.set(key, [...(this.disputes.get(key) ?? []), dispute]);
    }
  }

  entity(id: string): Entity | null {
    return this.entities.get(id) ?? null;
  }

  /** The entity id that `id` stands for now: itself, or where its merges lead. */
  resolve(id: string): string {
    let current = id;
    for (let hops = 0; hops < MAX_REDIRECT_HOPS && !this.entities.has(current); hops++) {
      const next = this.redirects.get(current);
      if (next === undefined) break;
      current = next;
    }
    return current;
  }

  /** Throws ConflictError for the first record whose `before` is not what it meets (see checkBefores). */
  check(records: readonly RecordChange[]): void {
    checkBefores(
      records,
      (record) => {
        const stored = this.stored(record.kind, record.id);
        return { present: stored !== null, version: stored !== null && typeof stored === 'object' && 'version' in stored ? stored.version : null };
      },
      (id) => this.redirects.has(id),
    );
  }

  /** Writes each record's `after` (null removes it), keeping disputes and claim counts in step. No checks. */
  apply(records: readonly RecordChange[]): void {
    this.base = null;
    for (const record of records) {
      switch (record.kind) {
        case 'entity':
        case 'relation': {
          const map: Map<string, Entity | Relation> = record.kind === 'entity' ? this.entities : this.relations;
          this.countClaims(claimsOf(map.get(record.id) ?? null), -1);
          this.countClaims(claimsOf(record.after), 1);
          if (record.after) map.set(record.id, record.after);
          else map.delete(record.id);
          const found: Dispute[] = [];
          if (record.after) findDisputes(record.kind, record.after, found);
          if (found.length > 0) this.disputes.set(`${record.kind}:${record.id}`, found);
          else this.disputes.delete(`${record.kind}:${record.id}`);
          break;
        }
        case 'source':
          if (record.after) this.sources.set(record.id, record.after);
          else this.sources.delete(record.id);
          break;
        case 'redirect':
          if (record.after) this.redirects.set(record.id, record.after.to);
          else this.redirects.delete(record.id);
          break;
        case 'document':
          if (record.after) this.documents.set(record.id, record.after);
          else this.documents.delete(record.id);
          break;
        default:
          throw new Error(`unknown record kind ${JSON.stringify((record as { kind: unknown }).kind)}`);
      }
    }
  }

  /** The current graph as a data set (the loaded one itself while nothing has been applied). */
  dataset(): Dataset {
    if (this.base) return this.base;
    return {
      name: this.name,
      ...this.profile,
      vocabulary: this.vocabulary,
      sources: [...this.sources.values()].map((source) => ({ ...source, claimCount: this.claimCounts.get(source.id) ?? 0 })),
      entities: [...this.entities.values()],
      relations: [...this.relations.values()],
      disputes: [...this.disputes.values()].flat(),
      documents: [...this.documents.values()],
    };
  }

  private stored(kind: RecordKind, id: string): StoredRecord | null {
    switch (kind) {
      case 'entity':
        return this.entities.get(id) ?? null;
      case 'relation':
        return this.relations.get(id) ?? null;
      case 'source':
        return this.sources.get(id) ?? null;
      case 'redirect':
        return this.redirects.get(id) ?? null;
      case 'document':
        return this.documents.get(id) ?? null;
    }
  }

  private countClaims(claims: readonly Claim[], delta: 1 | -1): void {
    for (const claim of claims) this.claimCounts.set(claim.sourceId, (this.claimCounts.get(claim.sourceId) ?? 0) + delta);
  }
}
