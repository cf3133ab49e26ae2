import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountStore, type Viewer } from '../auth';
import { openStateDatabase, type StateDatabase } from '../state';
import { accountResolvers } from './accountResolvers';
import type { GraphQLContext } from './context';

describe('account resolvers', () => {
  let stateDir: string;
  let database: StateDatabase;
  let accounts: AccountStore;

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'account-resolvers-'));
    database = openStateDatabase(stateDir);
    accounts = new AccountStore(database);
    await accounts.addAccount('root', 'ADMIN', 'root passphrase 1');
    await accounts.addAccount('ed', 'EDITOR', 'editor passphrase');
  });
  afterAll(() => {
    database.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  // Only what these resolvers read; the rest of the context is not theirs.
  const context = (viewer: Viewer) => ({ viewer, accounts }) as Pick<GraphQLContext, 'viewer' | 'accounts'> as GraphQLContext;

  it('me: the viewer, or null when anonymous', () => {
    expect(accountResolvers.Query.me(null, {}, context({ name: 'ed', role: 'EDITOR' }))).toEqual({ name: 'ed', role: 'EDITOR' });
    expect(accountResolvers.Query.me(null, {}, context(null))).toBeNull();
  });

  it('accounts: every account to an admin, FORBIDDEN to an editor, UNAUTHENTICATED anonymously', () => {
    expect(accountResolvers.Query.accounts(null, {}, context({ name: 'root', role: 'ADMIN' }))).toEqual([
      { name: 'ed', role: 'EDITOR' },
      { name: 'root', role: 'ADMIN' },
    ]);
    expect(() => accountResolvers.Query.accounts(null, {}, context({ name: 'ed', role: 'EDITOR' }))).toThrow(expect.objectContaining({ extensions: { code: 'FORBIDDEN', requiredRole: 'ADMIN' } }));
    expect(() => accountResolvers.Query.accounts(null, {}, context(null))).toThrow(expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } }));
  });
});
