import { findDisputes, type Entity, type Relation } from '../dataset';
import type { ChangeDraft, Operation, RecordChange } from '../store/ChangeStore';
import { BadInputError } from '../store/errors';
import type { GraphStore } from '../store/GraphStore';
import { subjectOf } from './subjectOf';

/** Who decides a change, and what it reads the current graph from. */
export interface Curator {
  store: GraphStore;
  /** The account's name. */
  author: string;
}

/** A change worked out, and the record it is about (what a mutation answers with). */
export interface Decision {
  draft: ChangeDraft;
  subject: ReturnType<typeof subjectOf>;
}

export const MAX_REASON_LENGTH = 2_000;

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw new BadInputError('reason', '"reason" must say why (it is kept with the change for ever)');
  if (trimmed.length > MAX_REASON_LENGTH) throw new BadInputError('reason', `"reason" has ${trimmed.length} characters; at most ${MAX_REASON_LENGTH}`);
  return trimmed;
}

export function decide(
  curator: Curator,
  operation: Operation,
  reason: string,
  records: RecordChange[],
  revertOf: string | null = null,
): Decision {
  const draft = { operation, author: curator.author, reason: checkReason(reason), records, revertOf };
  return { draft, subject: subjectOf(draft) };
}

/** The record with its disputed fields worked out again from its claims. */
export function withDisputes<R extends Entity | Relation>(kind: 'entity' | 'relation', record: R): R {
  const copy = { ...record, disputedFields: [] };
  findDisputes(kind, copy, []);
  return copy;
}

/** The next version of a changed record. */
export const nextVersion = <R extends { version: number }>(record: R): number => record.version + 1;
