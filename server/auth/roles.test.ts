import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROLES, requireRole, roleAtLeast, type Role } from './roles';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return 'no error';
}

describe('roles', () => {
  it('ranks VIEWER < CONTRIBUTOR < EDITOR < ADMIN', () => {
    for (const [held, heldRole] of ROLES.entries()) {
      for (const [needed, neededRole] of ROLES.entries()) {
        expect(roleAtLeast({ name: 'someone', role: heldRole }, neededRole)).toBe(held >= needed);
      }
    }
  });

  it('gives an anonymous viewer no role at all', () => {
    for (const role of ROLES) expect(roleAtLeast(null, role)).toBe(false);
  });

  it('requireRole: UNAUTHENTICATED without an account, FORBIDDEN below the role, the viewer otherwise', () => {
    expect(codeOf(() => requireRole(null, 'VIEWER'))).toBe('UNAUTHENTICATED');
    const contributor = { name: 'c', role: 'CONTRIBUTOR' as Role };
    expect(codeOf(() => requireRole(contributor, 'EDITOR'))).toBe('FORBIDDEN');
    expect(() => requireRole(contributor, 'EDITOR')).toThrow(/EDITOR role or higher; c is CONTRIBUTOR/);
    expect(requireRole(contributor, 'CONTRIBUTOR')).toBe(contributor);
    expect(requireRole({ name: 'a', role: 'ADMIN' }, 'EDITOR').name).toBe('a');
  });
});
