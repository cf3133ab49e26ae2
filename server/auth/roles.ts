import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors';

/** Roles from least to most trusted; each may do everything the ones before it may. */
export const ROLES = ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'ADMIN'] as const;

export type Role = (typeof ROLES)[number];

/** Who sent a request: a signed-in account, or null when anonymous. */
export type Viewer = { readonly name: string; readonly role: Role } | null;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when the viewer is signed in with `role` or a higher one. */
export function roleAtLeast(viewer: Viewer, role: Role): boolean {
  return viewer !== null && ROLES.indexOf(viewer.role) >= ROLES.indexOf(role);
}

/**
 * Throws UNAUTHENTICATED when nobody is signed in and FORBIDDEN when the role is too low;
 * returns the viewer otherwise, so a resolver can go on with a non-null account.
 */
export function requireRole(viewer: Viewer, role: Role): NonNullable<Viewer> {
  if (viewer === null) {
    throw new GraphQLError('Sign in first: this needs an account.', { extensions: { code: ErrorCode.Unauthenticated } });
  }
  if (!roleAtLeast(viewer, role)) {
    throw new GraphQLError(`This needs the ${role} role or higher; ${viewer.name} is ${viewer.role}.`, {
      extensions: { code: ErrorCode.Forbidden, requiredRole: role },
    });
  }
  return viewer;
}
