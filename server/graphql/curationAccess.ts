import { GraphQLError } from 'graphql';
import type { Change, ChangeStore } from '../store/ChangeStore';
import type { GraphQLContext } from './context';
import { ErrorCode } from './errors';
import { requireRole, roleAtLeast, type Role, type Viewer } from '../auth';

// Who may change what (CURATION_SPEC "Roles"), in one place for every curation resolver.

export const READ_ONLY_MESSAGE = 'this deployment is read-only';

/**
 * The account allowed to make a change needing `role`, and where changes go. A read-only
 * deployment refuses every mutation alike (FORBIDDEN), before anything else is looked at.
 */
export function allowChange(context: GraphQLContext, role: Role): { viewer: NonNullable<Viewer>; changes: ChangeStore } {
  const { changes, readOnly } = context.curation;
  if (readOnly || changes === null) throw new GraphQLError(READ_ONLY_MESSAGE, { extensions: { code: ErrorCode.Forbidden } });
  return { viewer: requireRole(context.viewer, role), changes };
}

/** Applied changes are public; a proposal (pending or rejected) is seen by editors and its author. */
export function canSee(viewer: Viewer, change: Change): boolean {
  return change.status === 'APPLIED' || roleAtLeast(viewer, 'EDITOR') || (viewer !== null && viewer.name === change.author);
}
