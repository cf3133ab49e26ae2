import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStateDatabase, type StateDatabase } from '../state';
import { AccountError, AccountStore, SESSION_IDLE_MS, SESSION_MAX_MS } from './AccountStore';

const PASSWORD = 'a long enough passphrase';

describe('AccountStore (a real state database in a temp folder)', () => {
  let stateDir: string;
  let database: StateDatabase;
  let now: number;
  let accounts: AccountStore;

  beforeEach(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'accounts-'));
    database = openStateDatabase(stateDir);
    now = Date.parse('2026-01-01T00:00:00Z');
    accounts = new AccountStore(database, () => now);
  });
  afterEach(() => {
    database.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  function argumentOf(run: () => unknown): string {
    try {
      run();
    } catch (error) {
      if (error instanceof AccountError) return `${error.argument}: ${error.message}`;
      throw error;
    }
    return 'no error';
  }

  it('hashes passwords with argon2id and signs in with the right one only', async () => {
    await accounts.addAccount('alice', 'editor', PASSWORD);
    const { password_hash: stored } = database.prepare('SELECT password_hash FROM accounts').get() as { password_hash: string };
    expect(stored).toMatch(/^\$argon2id\$v=19\$/);
    expect(stored).not.toContain(PASSWORD);
    expect(await accounts.checkPassword('alice', PASSWORD)).toEqual({ name: 'alice', role: 'EDITOR' });
    expect(await accounts.checkPassword('alice', `${PASSWORD}!`)).toBeNull();
    expect(await accounts.checkPassword('nobody', PASSWORD)).toBeNull();
    expect(await accounts.checkPassword('not a name', PASSWORD)).toBeNull();
  });

  it('refuses bad names, unknown roles, short passwords and taken names, naming the argument', async () => {
    await expect(accounts.addAccount('has space', 'VIEWER', PASSWORD)).rejects.toThrow(/not an account name/);
    await expect(accounts.addAccount('x'.repeat(65), 'VIEWER', PASSWORD)).rejects.toMatchObject({ argument: 'name' });
    await expect(accounts.addAccount('bob', 'OWNER', PASSWORD)).rejects.toMatchObject({ argument: 'role' });
    await expect(accounts.addAccount('bob', 'VIEWER', 'elevenchars')).rejects.toMatchObject({ argument: 'password', message: expect.stringMatching(/at least 12/) });
    await accounts.addAccount('bob', 'VIEWER', PASSWORD);
    await expect(accounts.addAccount('BOB', 'ADMIN', PASSWORD)).rejects.toMatchObject({ argument: 'name', message: 'an account named "bob" already exists' });
    expect(argumentOf(() => accounts.setRole('carol', 'ADMIN'))).toBe('name: no account is named "carol"');
    accounts.setRole('bob', 'admin');
    expect(accounts.listAccounts()).toEqual([{ name: 'bob', role: 'ADMIN' }]);
  });

  it('signs in with a token until it is revoked, and lists its label and use', async () => {
    await accounts.addAccount('alice', 'CONTRIBUTOR', PASSWORD);
    const { id, token } = accounts.createToken('alice', 'ci');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(accounts.listTokens('alice')).toEqual([{ id, label: 'ci', created: '2026-01-01T00:00:00.000Z', lastUsed: null, revoked: null }]);
    expect(accounts.viewerForToken(token)).toEqual({ name: 'alice', role: 'CONTRIBUTOR' });
    expect(accounts.listTokens('alice')[0]?.lastUsed).toBe('2026-01-01T00:00:00.000Z');
    expect(accounts.viewerForToken(`${token}x`)).toBeNull();
    now += 1000;
    accounts.revokeToken(id);
    expect(accounts.viewerForToken(token)).toBeNull();
    expect(accounts.listTokens('alice')[0]?.revoked).toBe('2026-01-01T00:00:01.000Z');
    expect(argumentOf(() => accounts.revokeToken(id + 1))).toBe(`token: no token has the id ${id + 1}`);
  });

  it('keeps only hashes of tokens and session ids: their text is nowhere in the database files', async () => {
    await accounts.addAccount('alice', 'ADMIN', PASSWORD);
    const { token } = accounts.createToken('alice');
    const { sessionId } = accounts.createSession('alice');
    database.pragma('wal_checkpoint(FULL)');
    for (const file of readdirSync(stateDir)) {
      const bytes = readFileSync(join(stateDir, file));
      expect(bytes.includes(token), `${file} holds the token`).toBe(false);
      expect(bytes.includes(sessionId), `${file} holds the session id`).toBe(false);
      expect(bytes.includes(PASSWORD), `${file} holds the password`).toBe(false);
    }
  });

  it('ends a session after 12 idle hours or 7 days, whichever comes first, and on sign-out', async () => {
    await accounts.addAccount('alice', 'VIEWER', PASSWORD);
    const idle = accounts.createSession('alice');
    expect(accounts.session(idle.sessionId)).toEqual({ viewer: { name: 'alice', role: 'VIEWER' }, csrfToken: idle.csrfToken });
    now += SESSION_IDLE_MS;
    expect(accounts.session(idle.sessionId)).toBeNull();

    const busy = accounts.createSession('alice');
    expect(busy.expires).toBe(now + SESSION_MAX_MS);
    const started = now;
    while (now - started < SESSION_MAX_MS - SESSION_IDLE_MS / 2) {
      now += SESSION_IDLE_MS / 2;
      expect(accounts.session(busy.sessionId)).not.toBeNull();
    }
    now = started + SESSION_MAX_MS;
    expect(accounts.session(busy.sessionId)).toBeNull();

    const ended = accounts.createSession('alice');
    accounts.endSession(ended.sessionId);
    expect(accounts.session(ended.sessionId)).toBeNull();
  });

  it('reports the current role of a signed-in account, not the one it signed in with', async () => {
    await accounts.addAccount('alice', 'VIEWER', PASSWORD);
    const { sessionId } = accounts.createSession('alice');
    const { token } = accounts.createToken('alice');
    accounts.setRole('alice', 'EDITOR');
    expect(accounts.session(sessionId)?.viewer.role).toBe('EDITOR');
    expect(accounts.viewerForToken(token)?.role).toBe('EDITOR');
  });
});
