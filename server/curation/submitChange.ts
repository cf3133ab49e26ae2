import type { Role } from '../auth';
import type { Change, ChangeDraft, ChangeStore } from '../store/ChangeStore';

/**
 * Applies a change, or records it as a proposal when review is required and the author is a
 * contributor (editors and admins change directly).
 */
export function submitChange(changes: ChangeStore, draft: ChangeDraft, options: { role: Role; reviewRequired: boolean }): Promise<Change> {
  return options.reviewRequired && options.role === 'CONTRIBUTOR' ? changes.propose(draft) : changes.commit(draft);
}

/** An editor's decision on a proposal: accepting applies it (ConflictError when something moved since). */
export function reviewChange(changes: ChangeStore, args: { id: string; accept: boolean; comment: string }, reviewer: string): Promise<Change> {
  return changes.settle(args.id, { accept: args.accept, reviewer, comment: args.comment });
}
