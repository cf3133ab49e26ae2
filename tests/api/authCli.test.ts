import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_FIXTURE } from '../contract/storeContract';
import { postGraphQL } from './graphqlClient';
import { startServerProcess, type ServerProcess } from './serverProcess';

// The account commands as an operator runs them (`npm run user:*`, password piped in), and the
// real server process reading the accounts they made; nothing secret reaches its log.

const REPO = join(import.meta.dirname, '../..');
const PASSWORD = 'first admin passphrase';
/** util-linux `script` runs a command on a pseudo-terminal: how user:add reads a typed password. */
const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

describe('user:* commands and the server they serve (real processes, real STATE_DIR)', () => {
  let stateDir: string;

  // Asynchronous, not spawnSync: a blocked event loop would miss the server closing idle
  // keep-alive connections, and the next fetch would reuse a closed one.
  function user(command: string, args: string[], input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
    const child = spawn('npm', ['run', '-s', `user:${command}`, '--', ...args], { cwd: REPO, env: { ...process.env, STATE_DIR: stateDir } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.end(input);
    return new Promise((resolve) => child.once('close', (status) => resolve({ status, stdout, stderr })));
  }

  beforeAll(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'auth-cli-'));
  });
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  it('refuses a short password or a bad role, naming what is wrong', async () => {
    const short = await user('add', ['--name', 'admin', '--role', 'ADMIN'], 'too short\n');
    expect(short.status).toBe(1);
    expect(short.stderr).toMatch(/password \(standard input\): the password must have at least 12 characters/);
    const role = await user('add', ['--name', 'admin', '--role', 'OWNER'], `${PASSWORD}\n`);
    expect(role.status).toBe(1);
    expect(role.stderr).toMatch(/--role: "OWNER" is not a role/);
    const missing = await user('token', []);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--name is required/);
  }, 120_000);

  /** Runs user:add on a pseudo-terminal; `answer` types into it once the first prompt shows. */
  async function addAtTerminal(name: string, answer: (type: (text: string) => void, shown: (text: string) => Promise<void>) => Promise<void>) {
    const command = `npm run -s user:add -- --name ${name} --role viewer`;
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd: REPO, env: { ...process.env, STATE_DIR: stateDir } });
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
    const shown = (text: string) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!screen.includes(text)) return;
          child.stdout.off('data', check);
          resolve();
        };
        child.stdout.on('data', check);
        check();
      });
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    // Typed only once asked for: text typed ahead is echoed by the terminal before raw mode.
    await shown(`Password for ${name}: `);
    await answer((text) => child.stdin.write(text), shown);
    return { status: await exited, screen };
  }

  it.skipIf(!HAS_SCRIPT)('at a terminal asks for the password twice and never echoes it', async () => {
    const { status, screen } = await addAtTerminal('typist', async (type, shown) => {
      type('typed passphrase 42\r');
      await shown('Again: ');
      type('typed passphrase 42\r');
    });
    expect(status).toBe(0);
    expect(screen).toContain('Added typist (VIEWER).');
    expect(screen).not.toContain('typed passphrase');
  }, 120_000);

  it.skipIf(!HAS_SCRIPT)('at a terminal takes both lines of a paste, one per prompt', async () => {
    const { status, screen } = await addAtTerminal('paster', async (type) => type('pasted passphrase 7\rpasted passphrase 7\r'));
    expect(status).toBe(0);
    expect(screen).toContain('Added paster (VIEWER).');
    expect(screen).not.toContain('pasted passphrase');
  }, 120_000);

  describe('with the first admin made from the command line', () => {
    let token: string;
    let server: ServerProcess;

    beforeAll(async () => {
      const added = await user('add', ['--name', 'admin', '--role', 'admin'], `${PASSWORD}\n`);
      expect(added, added.stderr).toMatchObject({ status: 0, stdout: 'Added admin (ADMIN).\n' });
      const made = await user('token', ['--name', 'admin', '--label', 'e2e']);
      expect(made.status, made.stderr).toBe(0);
      token = made.stdout.trim();
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      server = await startServerProcess({ DATA_DIR: TINY_FIXTURE, STATE_DIR: stateDir, READ_ACCESS: 'login' });
    }, 120_000);
    afterAll(() => {
      server?.child.kill('SIGKILL');
    });

    it('lists the token, serves it, and refuses it once user:revoke ran', async () => {
      expect((await user('tokens', ['--name', 'admin'])).stdout).toMatch(/^id 1\tlabel e2e\tcreated \S+\tlast used never\trevoked no\n$/);
      expect((await postGraphQL(server.url, '{ stats { entities } }')).status).toBe(401);
      const served = await postGraphQL(server.url, '{ stats { entities } }', undefined, { authorization: `Bearer ${token}` });
      expect(served.status).toBe(200);
      expect(served.body.errors).toBeUndefined();
      expect((await user('tokens', ['--name', 'admin'])).stdout).not.toMatch(/last used never/);

      const login = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'admin', password: PASSWORD }) });
      expect(await login.json()).toMatchObject({ name: 'admin', role: 'ADMIN' });
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;

      expect(await user('revoke', ['--token', '1'])).toMatchObject({ status: 0 });
      expect((await postGraphQL(server.url, '{ stats { entities } }', undefined, { authorization: `Bearer ${token}` })).status).toBe(401);

      // Shut down cleanly (the state database closed with the store), then read the whole log.
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      const log = JSON.stringify(server.logs);
      expect(server.logs.filter((line) => line.msg === 'request').length).toBeGreaterThanOrEqual(4);
      expect(log).not.toContain(PASSWORD);
      expect(log).not.toContain(token);
      expect(log).not.toContain(cookie.split('=')[1]);
    }, 120_000);
  });
});
