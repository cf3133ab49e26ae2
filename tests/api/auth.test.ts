import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountStore } from '../../server/auth';
import { type ServerOptions, startServer, type RunningServer } from '../../server/startServer';
import { openStateDatabase } from '../../server/state';
import { TINY_FIXTURE } from '../contract/storeContract';
import { postGraphQL } from './graphqlClient';

// Sign-in, sessions, CSRF and API tokens over real HTTP, against a real state database.

const PASSWORDS = { alice: 'alice passphrase long', bob: 'bob passphrase long!' };
const STATS = '{ stats { entities } }';

/** A temp STATE_DIR with alice (EDITOR) and bob (VIEWER), and a token for bob. */
async function prepareState(): Promise<{ stateDir: string; bobToken: string; bobTokenId: number }> {
  const stateDir = mkdtempSync(join(tmpdir(), 'auth-api-'));
  const database = openStateDatabase(stateDir);
  try {
    const accounts = new AccountStore(database);
    await accounts.addAccount('alice', 'EDITOR', PASSWORDS.alice);
    await accounts.addAccount('bob', 'VIEWER', PASSWORDS.bob);
    const { id, token } = accounts.createToken('bob', 'tests');
    return { stateDir, bobToken: token, bobTokenId: id };
  } finally {
    database.close();
  }
}

/** Revokes a token through a second connection, as `npm run user:revoke` would while the server runs. */
function revoke(stateDir: string, id: number): void {
  const database = openStateDatabase(stateDir);
  try {
    new AccountStore(database).revokeToken(id);
  } finally {
    database.close();
  }
}

function login(url: string, name: string, password: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ name, password }) });
}

/** "name=value" of the session cookie a response sets. */
function sessionCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('ig_session='));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(response.headers.getSetCookie())}`);
  return cookie.split(';')[0]!;
}

describe('accounts over HTTP (embedded store, real port, real state database)', () => {
  let server: RunningServer;
  let stateDir: string;
  let bobToken: string;
  let bobTokenId: number;

  beforeAll(async () => {
    ({ stateDir, bobToken, bobTokenId } = await prepareState());
    server = await startServer({ port: 0, dataDir: TINY_FIXTURE, stateDir });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('signs in with name and password: an HttpOnly, SameSite=Strict cookie for / and a CSRF token', async () => {
    const response = await login(server.url, 'alice', PASSWORDS.alice);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { name: string; role: string; csrfToken: string };
    expect(body).toEqual({ name: 'alice', role: 'EDITOR', csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^ig_session=[A-Za-z0-9_-]{43};/);
    const attributes = cookie!.split(/;\s*/).slice(1).map((attribute) => attribute.toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    // Plain http here: a Secure cookie would never come back.
    expect(attributes).not.toContain('secure');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a wrong password and an unknown name alike', async () => {
    const wrong = await login(server.url, 'alice', 'not the passphrase');
    const unknown = await login(server.url, 'nobody-here', 'not the passphrase');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [wrongBody, unknownBody] = [await wrong.text(), await unknown.text()];
    expect(wrongBody).toBe(unknownBody);
    expect(JSON.parse(wrongBody)).toEqual({ errors: [{ message: 'Wrong name or password.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a malformed sign-in body, naming the field', async () => {
    const response = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'alice' }) });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/password is missing/);
  });

  it('reports the session, and needs the CSRF header for GraphQL POSTs made with the cookie', async () => {
    const signedIn = await login(server.url, 'alice', PASSWORDS.alice);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const cookie = sessionCookieOf(signedIn);

    const session = await fetch(`${server.url}/auth/session`, { headers: { cookie } });
    expect(await session.json()).toEqual({ name: 'alice', role: 'EDITOR', csrfToken });
    expect((await fetch(`${server.url}/auth/session`)).status).toBe(401);

    const without = await postGraphQL(server.url, STATS, undefined, { cookie });
    expect(without.status).toBe(403);
    expect(without.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(without.body.errors?.[0]?.message).toMatch(/X-CSRF-Token/);
    const wrong = await postGraphQL(server.url, STATS, undefined, { cookie, 'x-csrf-token': csrfToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(wrong.status).toBe(403);
    const right = await postGraphQL(server.url, STATS, undefined, { cookie, 'x-csrf-token': csrfToken });
    expect(right.status).toBe(200);
    expect(right.body.errors).toBeUndefined();
  });

  it('signs out with the CSRF header only; the cookie then signs nobody in', async () => {
    const signedIn = await login(server.url, 'alice', PASSWORDS.alice);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const cookie = sessionCookieOf(signedIn);

    expect((await fetch(`${server.url}/auth/logout`, { method: 'POST', headers: { cookie } })).status).toBe(403);
    const out = await fetch(`${server.url}/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/^ig_session=;.*Expires=Thu, 01 Jan 1970/);

    expect((await fetch(`${server.url}/auth/session`, { headers: { cookie } })).status).toBe(401);
    // An ended session is refused, not served as anonymous: the page learns it was signed out.
    const after = await postGraphQL(server.url, STATS, undefined, { cookie, 'x-csrf-token': csrfToken });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('takes a bearer token without any CSRF header, and refuses it once revoked', async () => {
    const authorization = `Bearer ${bobToken}`;
    const ok = await postGraphQL(server.url, STATS, undefined, { authorization });
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    expect(await (await fetch(`${server.url}/auth/session`, { headers: { authorization } })).json()).toEqual({ name: 'bob', role: 'VIEWER', csrfToken: null });

    revoke(stateDir, bobTokenId);
    const refused = await postGraphQL(server.url, STATS, undefined, { authorization });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]).toEqual({ message: 'The bearer token is unknown or revoked.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answers me and accounts for whoever signed in: admins only for accounts', async () => {
    const signedIn = await login(server.url, 'alice', PASSWORDS.alice);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const asAlice = { cookie: sessionCookieOf(signedIn), 'x-csrf-token': csrfToken };
    const anonymous = await postGraphQL(server.url, '{ me { name role } }');
    expect(anonymous.body).toEqual({ data: { me: null } });
    const me = await postGraphQL(server.url, '{ me { name role } }', undefined, asAlice);
    expect(me.body).toEqual({ data: { me: { name: 'alice', role: 'EDITOR' } } });
    const accounts = await postGraphQL(server.url, '{ accounts { name } }', undefined, asAlice);
    expect(accounts.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await postGraphQL(server.url, '{ accounts { name } }')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown token or a malformed Authorization header instead of reading anonymously', async () => {
    for (const authorization of ['Bearer not-a-real-token', 'Basic YWxpY2U6c2VjcmV0', 'Bearer']) {
      const { status, body } = await postGraphQL(server.url, STATS, undefined, { authorization });
      expect(status, authorization).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('sign-in rate limit', () => {
  let server: RunningServer;
  let stateDir: string;

  beforeAll(async () => {
    ({ stateDir } = await prepareState());
    server = await startServer({ port: 0, dataDir: TINY_FIXTURE, stateDir });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('answers 429 with Retry-After after 10 failures in 15 minutes, even to the right password', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await login(server.url, 'alice', `wrong guess ${attempt}`)).status, `attempt ${attempt}`).toBe(401);
    }
    const limited = await login(server.url, 'alice', PASSWORDS.alice);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    expect(((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('TOO_MANY_REQUESTS');
    // The client's address has used up its failures too: another name is refused as well.
    expect((await login(server.url, 'bob', PASSWORDS.bob)).status).toBe(429);
  });
});

describe('behind a trusted proxy, and with READ_ACCESS=login', () => {
  let server: RunningServer;
  let stateDir: string;
  let bobToken: string;

  const options = (dir: string): ServerOptions => ({ port: 0, dataDir: TINY_FIXTURE, stateDir: dir, readAccess: 'login', trustProxy: 'loopback' });

  beforeAll(async () => {
    ({ stateDir, bobToken } = await prepareState());
    server = await startServer(options(stateDir));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('marks the cookie Secure when the proxy says the client came over https', async () => {
    const response = await login(server.url, 'alice', PASSWORDS.alice, { 'x-forwarded-proto': 'https' });
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()[0]?.split(/;\s*/).map((attribute) => attribute.toLowerCase())).toContain('secure');
  });

  it('refuses anonymous reads (POST and GET) with UNAUTHENTICATED, and keeps /health and /ready open', async () => {
    const post = await postGraphQL(server.url, STATS);
    expect(post.status).toBe(401);
    expect(post.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(post.body.data).toBeUndefined();
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent(STATS)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(401);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });

  it('answers a signed-in viewer', async () => {
    const { status, body } = await postGraphQL<{ stats: { entities: number } }>(server.url, STATS, undefined, { authorization: `Bearer ${bobToken}` });
    expect(status).toBe(200);
    expect(body.data?.stats.entities).toBeGreaterThan(0);
  });
});
