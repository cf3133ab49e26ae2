import type { Role } from '../api';

const RANK: Record<Role, number> = { VIEWER: 0, CONTRIBUTOR: 1, EDITOR: 2, ADMIN: 3 };

/** Whether `role` is `least` or above (VIEWER < CONTRIBUTOR < EDITOR < ADMIN). */
export function hasRole(role: Role | null | undefined, least: Role): boolean {
  return role !== null && role !== undefined && RANK[role] >= RANK[least];
}

/** Contributors and above may change the data (as proposals when the server requires review). */
export const canChange = (role: Role | null | undefined) => hasRole(role, 'CONTRIBUTOR');

/** Editors and above revert changes and review proposals. */
export const canReview = (role: Role | null | undefined) => hasRole(role, 'EDITOR');
