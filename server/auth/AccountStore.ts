import type { StateDatabase } from '../state';
import { dummyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './passwords';
import { isRole, type Role, type Viewer } from './roles';
import { hashSecret, newSecret } from './secrets';

const ACCOUNT_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_LABEL_LENGTH = 100;

/** A session ends after this long without a request... */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** ...and this long after sign-in, whatever happens. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * "Last used" of a token and "last seen" of a session are written at most this often: each
 * write is an fsync (synchronous FULL), and a client may send many requests a second.
 */
const TOUCH_EVERY_MS = 60 * 1000;

/** Bad input to an account operation; `argument` names what is wrong (name, role, password, token, label). */
export class AccountError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

export interface TokenInfo {
  id: number;
  label: string | null;
  created: string;
  lastUsed: string | null;
  revoked: string | null;
}

export interface NewSession {
  /** The cookie value: shown to the browser once, stored only as a hash. */
  sessionId: string;
  csrfToken: string;
  /** Epoch ms at which the session ends at the latest. */
  expires: number;
}

export interface SessionViewer {
  viewer: NonNullable<Viewer>;
  csrfToken: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('VIEWER', 'CONTRIBUTOR', 'EDITOR', 'ADMIN')),
  password_hash TEXT NOT NULL,
  created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  label TEXT,
  created TEXT NOT NULL,
  last_used TEXT,
  revoked TEXT
);
CREATE INDEX IF NOT EXISTS tokens_by_account ON tokens (account_id);
CREATE TABLE IF NOT EXISTS sessions (
  id_hash TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_ms INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account_id);
`;

interface AccountRow {
  id: number;
  name: string;
  role: Role;
  password_hash: string;
}

interface TokenRow {
  id: number;
  name: string;
  role: Role;
  last_used: string | null;
  revoked: string | null;
}

interface SessionRow {
  name: string;
  role: Role;
  csrf_token: string;
  created_ms: number;
  last_seen_ms: number;
}

/**
 * Accounts, API tokens and sign-in sessions in the state database. Passwords are kept as
 * argon2id hashes, tokens and session ids as SHA-256 hashes: the file holds nothing that
 * signs anyone in.
 */
export class AccountStore {
  private readonly statements;

  constructor(
    private readonly database: StateDatabase,
    private readonly now: () => number = Date.now,
  ) {
    database.exec(SCHEMA);
    this.statements = {
      insertAccount: database.prepare<[string, Role, string, string]>('INSERT INTO accounts (name, role, password_hash, created) VALUES (?, ?, ?, ?)'),
      accountByName: database.prepare<[string], AccountRow>('SELECT id, name, role, password_hash FROM accounts WHERE name = ?'),
      setRole: database.prepare<[Role, string]>('UPDATE accounts SET role = ? WHERE name = ?'),
      listAccounts: database.prepare<[], { name: string; role: Role }>('SELECT name, role FROM accounts ORDER BY name'),
      insertToken: database.prepare<[number, string, string | null, string]>('INSERT INTO tokens (account_id, token_hash, label, created) VALUES (?, ?, ?, ?)'),
      tokensOf: database.prepare<[number], { id: number; label: string | null; created: string; last_used: string | null; revoked: string | null }>(
        'SELECT id, label, created, last_used, revoked FROM tokens WHERE account_id = ? ORDER BY id',
      ),
      revokeToken: database.prepare<[string, number]>('UPDATE tokens SET revoked = coalesce(revoked, ?) WHERE id = ?'),
      tokenByHash: database.prepare<[string], TokenRow>(
        'SELECT tokens.id, accounts.name, accounts.role, tokens.last_used, tokens.revoked FROM tokens JOIN accounts ON accounts.id = tokens.account_id WHERE token_hash = ?',
      ),
      touchToken: database.prepare<[string, number]>('UPDATE tokens SET last_used = ? WHERE id = ?'),
      insertSession: database.prepare<[string, number, string, number, number]>(
        'INSERT INTO sessions (id_hash, account_id, csrf_token, created_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?)',
      ),
      sessionByHash: database.prepare<[string], SessionRow>(
        'SELECT accounts.name, accounts.role, csrf_token, created_ms, last_seen_ms FROM sessions JOIN accounts ON accounts.id = sessions.account_id WHERE id_hash = ?',
      ),
      touchSession: database.prepare<[number, string]>('UPDATE sessions SET last_seen_ms = ? WHERE id_hash = ?'),
      deleteSession: database.prepare<[string]>('DELETE FROM sessions WHERE id_hash = ?'),
      deleteExpiredSessions: database.prepare<[number, number]>('DELETE FROM sessions WHERE last_seen_ms < ? OR created_ms < ?'),
    };
  }

  /** Throws AccountError unless `name` is free (in any letter case) and `role` is a role; returns the role. */
  checkNewAccount(name: string, role: string): Role {
    checkName(name);
    const checkedRole = checkRole(role);
    const taken = this.statements.accountByName.get(name);
    if (taken) throw new AccountError('name', `an account named "${taken.name}" already exists`);
    return checkedRole;
  }

  /** Creates an account; refuses a taken name (in any letter case), an unknown role or a short password. */
  async addAccount(name: string, role: string, password: string): Promise<void> {
    const checkedRole = this.checkNewAccount(name, role);
    const problem = passwordProblem(password);
    if (problem) throw new AccountError('password', problem);
    const passwordHash = await hashPassword(password);
    try {
      this.statements.insertAccount.run(name, checkedRole, passwordHash, this.isoNow());
    } catch (error) {
      // Another process may have taken the name while the password was being hashed.
      if (error instanceof Error && /UNIQUE/.test(error.message)) throw new AccountError('name', `an account named "${name}" already exists`);
      throw error;
    }
  }

  setRole(name: string, role: string): void {
    const checkedRole = checkRole(role);
    if (this.statements.setRole.run(checkedRole, name).changes === 0) throw unknownAccount(name);
  }

  listAccounts(): NonNullable<Viewer>[] {
    return this.statements.listAccounts.all();
  }

  /**
   * The account when `password` is its password, else null. An unknown name is checked
   * against a dummy hash, so both failures take the same time.
   */
  async checkPassword(name: string, password: string): Promise<NonNullable<Viewer> | null> {
    const account = ACCOUNT_NAME.test(name) ? this.statements.accountByName.get(name) : undefined;
    if (!account) {
      await verifyPassword(await dummyPasswordHash(), password);
      return null;
    }
    return (await verifyPassword(account.password_hash, password)) ? { name: account.name, role: account.role } : null;
  }

  /** A new API token for the account: the text is returned here once and never stored. */
  createToken(name: string, label?: string | null): { id: number; token: string } {
    const account = this.accountNamed(name);
    const cleanLabel = label?.trim() || null;
    if (cleanLabel !== null && cleanLabel.length > MAX_LABEL_LENGTH) throw new AccountError('label', `the label must have at most ${MAX_LABEL_LENGTH} characters`);
    const token = newSecret();
    const { lastInsertRowid } = this.statements.insertToken.run(account.id, hashSecret(token), cleanLabel, this.isoNow());
    return { id: Number(lastInsertRowid), token };
  }

  listTokens(name: string): TokenInfo[] {
    const account = this.accountNamed(name);
    return this.statements.tokensOf.all(account.id).map((row) => ({ id: row.id, label: row.label, created: row.created, lastUsed: row.last_used, revoked: row.revoked }));
  }

  /** Revokes a token by id (revoking twice keeps the first time). */
  revokeToken(id: number): void {
    if (!Number.isSafeInteger(id) || id < 1) throw new AccountError('token', `"${id}" is not a token id (a whole number from user:tokens)`);
    if (this.statements.revokeToken.run(this.isoNow(), id).changes === 0) throw new AccountError('token', `no token has the id ${id}`);
  }

  /** The account a bearer token signs in, or null when the token is unknown or revoked. */
  viewerForToken(token: string): NonNullable<Viewer> | null {
    const row = this.statements.tokenByHash.get(hashSecret(token));
    if (!row || row.revoked !== null) return null;
    const now = this.now();
    if (row.last_used === null || now - Date.parse(row.last_used) >= TOUCH_EVERY_MS) this.statements.touchToken.run(new Date(now).toISOString(), row.id);
    return { name: row.name, role: row.role };
  }

  /** Starts a session for an account that has just proved its password. */
  createSession(name: string): NewSession {
    const account = this.accountNamed(name);
    const now = this.now();
    this.statements.deleteExpiredSessions.run(now - SESSION_IDLE_MS, now - SESSION_MAX_MS);
    const sessionId = newSecret();
    const csrfToken = newSecret();
    this.statements.insertSession.run(hashSecret(sessionId), account.id, csrfToken, now, now);
    return { sessionId, csrfToken, expires: now + SESSION_MAX_MS };
  }

  /** The session's account and CSRF token, or null when it is unknown, idle too long or too old. */
  session(sessionId: string): SessionViewer | null {
    const idHash = hashSecret(sessionId);
    const row = this.statements.sessionByHash.get(idHash);
    if (!row) return null;
    const now = this.now();
    if (now - row.last_seen_ms >= SESSION_IDLE_MS || now - row.created_ms >= SESSION_MAX_MS) {
      this.statements.deleteSession.run(idHash);
      return null;
    }
    if (now - row.last_seen_ms >= TOUCH_EVERY_MS) this.statements.touchSession.run(now, idHash);
    return { viewer: { name: row.name, role: row.role }, csrfToken: row.csrf_token };
  }

  endSession(sessionId: string): void {
    this.statements.deleteSession.run(hashSecret(sessionId));
  }

  private accountNamed(name: string): AccountRow {
    checkName(name);
    const account = this.statements.accountByName.get(name);
    if (!account) throw unknownAccount(name);
    return account;
  }

  private isoNow(): string {
    return new Date(this.now()).toISOString();
  }
}

function checkName(name: string): void {
  if (!ACCOUNT_NAME.test(name)) throw new AccountError('name', `"${name}" is not an account name: 1-64 letters, digits, ".", "_" or "-"`);
}

function checkRole(role: string): Role {
  const upper = role.toUpperCase();
  if (!isRole(upper)) throw new AccountError('role', `"${role}" is not a role: VIEWER, CONTRIBUTOR, EDITOR or ADMIN`);
  return upper;
}

function unknownAccount(name: string): AccountError {
  return new AccountError('name', `no account is named "${name}"`);
}
