import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';

// Stands in for server/auth (accounts, roles) until it lands on main: the same names and rules.

export const ROLES = ['VIEWER', 'CONTRIBUTOR', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export type Viewer = { readonly name: string; readonly role: Role } | null;

export function roleAtLeast(viewer: Viewer, role: Role): boolean {
  return viewer !== null && ROLES.indexOf(viewer.role) >= ROLES.indexOf(role);
}

export function requireRole(viewer: Viewer, role: Role): NonNullable<Viewer> {
  if (viewer === null) throw new GraphQLError('Sign in first: this needs an account.', { extensions: { code: ErrorCode.Unauthenticated } });
  if (!roleAtLeast(viewer, role)) {
    throw new GraphQLError(`This needs the ${role} role or higher; ${viewer.name} is ${viewer.role}.`, { extensions: { code: ErrorCode.Forbidden, requiredRole: role } });
  }
  return viewer;
}
