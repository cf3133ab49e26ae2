import type { Entity, Relation, Source } from '../dataset';
import type { SourceDocument } from '../documents/model';

// Curation writes through this interface on both stores. A change is decided (validated, its
// records worked out) once, store-independently, in server/curation/; a store only checks that
// nothing moved underneath it, applies the records and keeps the change for ever, atomically.

/** What a merged-away entity id now stands for. */
export interface Redirect {
  id: string;
  to: string;
}

/** `document`: the text of a source (its id is the source's). */
export type RecordKind = 'entity' | 'relation' | 'source' | 'redirect' | 'document';

/**
 * One record's state before and after a change: null before = created, null after = retracted.
 * `after` is the whole record as it will be stored (version, disputedFields and claim ids
 * already worked out); a store writes it as it is.
 */
export type RecordChange =
  | { kind: 'entity'; id: string; before: Entity | null; after: Entity | null }
  | { kind: 'relation'; id: string; before: Relation | null; after: Relation | null }
  | { kind: 'source'; id: string; before: Source | null; after: Source | null }
  | { kind: 'redirect'; id: string; before: Redirect | null; after: Redirect | null }
  | { kind: 'document'; id: string; before: SourceDocument | null; after: SourceDocument | null };

export type Operation =
  | 'createEntity'
  | 'updateEntity'
  | 'retractEntity'
  | 'createRelation'
  | 'updateRelation'
  | 'retractRelation'
  | 'addClaim'
  | 'retractClaim'
  | 'createSource'
  | 'mergeEntities'
  | 'revertChange'
  | 'attachDocument';

/** APPLIED: in the graph. PENDING: a proposal waiting for review. REJECTED: a refused proposal. */
export type ChangeStatus = 'APPLIED' | 'PENDING' | 'REJECTED';

export interface ChangeDraft {
  operation: Operation;
  /** The account that made the change (its name). */
  author: string;
  reason: string;
  /** In the order they are applied. Never empty. */
  records: RecordChange[];
  /** For revertChange: the change it undoes. */
  revertOf: string | null;
}

export interface Review {
  reviewer: string;
  comment: string;
  /** ISO instant. */
  at: string;
}

export interface Change extends ChangeDraft {
  /** "change:<seq>". */
  id: string;
  /** Increasing in the order changes were recorded (proposals included). */
  seq: number;
  /** When it was recorded, ISO instant (UTC, milliseconds). */
  at: string;
  status: ChangeStatus;
  /** For a proposal that was accepted or rejected. */
  review: Review | null;
}

export interface ChangePage {
  items: Change[];
  hasNextPage: boolean;
}

export interface ChangeQuery {
  first: number;
  /** A change id: continue with the changes recorded before it. */
  after?: string;
  author?: string;
  /** ISO instant: only changes recorded at or after it. */
  since?: string;
  status?: ChangeStatus;
}

/** A record moved since the change was decided: `record` now has `currentVersion` (null: gone; for a create: taken). */
export class ConflictError extends Error {
  constructor(
    readonly record: string,
    readonly currentVersion: number | null,
  ) {
    super(
      currentVersion === null
        ? `"${record}" was changed by someone else: it no longer exists, or its id is taken`
        : `"${record}" was changed by someone else: it is now at version ${currentVersion}`,
    );
    this.name = 'ConflictError';
  }
}

export interface ChangeStore {
  /**
   * Applies a change and records it, in one step that either happens whole or not at all
   * (embedded: the change log entry is durable (fsync) before the call returns; Neo4j: one
   * transaction). Before anything is written, every record's `before` is compared with the
   * stored record: same version (entities, relations), same presence (sources, redirects),
   * absent when `before` is null. Any difference is ConflictError and nothing is written.
   * Afterwards every read (search, timeline, knowledge, disputes, stats, claim counts) sees the
   * change. Returns the change with status APPLIED.
   */
  commit(draft: ChangeDraft): Promise<Change>;

  /** Records a proposal (status PENDING): nothing in the graph changes. */
  propose(draft: ChangeDraft): Promise<Change>;

  /**
   * Settles a PENDING proposal. Accepting applies its records exactly as commit does (the same
   * ConflictError when something moved since it was proposed; the proposal then stays PENDING).
   * BadInputError when the change is unknown or not pending.
   */
  settle(id: string, decision: { accept: boolean } & Omit<Review, 'at'>): Promise<Change>;

  /** One change by id, any status; null when unknown. */
  change(id: string): Promise<Change | null>;

  /** The changes that touched a record (any kind, any status), newest first (seq descending). */
  history(recordId: string, page: { first: number; after?: string }): Promise<ChangePage>;

  /** Every change, newest first (seq descending), filtered as asked. */
  changes(query: ChangeQuery): Promise<ChangePage>;
}
