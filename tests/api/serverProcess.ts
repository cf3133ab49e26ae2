import { spawn, type ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';

// `npm start`'s entry point (server/main.ts) as a real child process, for what only a whole
// process shows: its signal handling and exit code.

const REPO = join(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Every JSON log line so far, parsed. */
  logs: { msg: string; [key: string]: unknown }[];
  /** Resolves with the first log line (past or future) whose message matches. */
  logged(message: RegExp): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts server/main.ts on a free port of 127.0.0.1 with `env` added; resolves once it listens.
 * Its state database is in a fresh temporary folder unless `env` names a STATE_DIR, so no test
 * sees another's accounts or changes (or the repository's own .state).
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const stateDir = env.STATE_DIR ?? mkdtempSync(join(tmpdir(), 'server-state-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env, STATE_DIR: stateDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: ServerProcess['logs'] = [];
  const waiting: { message: RegExp; resolve: () => void }[] = [];
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.push(line);
      let entry: ServerProcess['logs'][number];
      try {
        entry = JSON.parse(line) as ServerProcess['logs'][number];
      } catch {
        return;
      }
      logs.push(entry);
      for (const waiter of waiting.filter((candidate) => candidate.message.test(entry.msg))) waiter.resolve();
    });
  }
  const logged = (message: RegExp) =>
    logs.some((entry) => message.test(entry.msg)) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ message, resolve }));
  const listening = await Promise.race([
    logged(/listening on/).then(() => true),
    exited.then(() => false),
  ]);
  if (!listening) throw new Error(`server/main.ts exited before listening:\n${output.join('\n')}`);
  const line = logs.find((entry) => /listening on/.test(entry.msg));
  const port = Number(/:(\d+)/.exec(line?.msg ?? '')?.[1]);
  return { url: `http://127.0.0.1:${port}`, port, child, logs, logged, exited };
}

/** Reads what a socket receives until `done` says it is complete or the socket ends. */
function receive(socket: Socket, done: (text: string) => boolean): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const finish = () => {
      socket.off('data', onData);
      resolve(text);
    };
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (done(text)) finish();
    };
    socket.on('data', onData);
    socket.once('end', finish);
    socket.once('close', finish);
  });
}

/**
 * Registers the shutdown tests for the server started by `start` (one process per test): on
 * SIGTERM a request already in flight is answered in full, then the store is closed and the
 * process exits 0 within main.ts's 5 s limit.
 */
export function itShutsDownCleanly(start: () => Promise<ServerProcess>): void {
  it('on SIGTERM finishes the request in flight, closes the store and exits 0 within the 5 s limit', async () => {
    const server = await start();
    const body = JSON.stringify({ query: '{ stats { entities relations } }' });
    const socket = connect({ host: '127.0.0.1', port: server.port });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('error', reject);
      });
      // `Expect: 100-continue`: the server answers "100 Continue" once it has taken the request,
      // so the request is known to be in flight before the signal, its body still to come.
      const continued = receive(socket, (text) => text.includes('100 Continue'));
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
      );
      expect(await continued).toContain('HTTP/1.1 100 Continue');

      server.child.kill('SIGTERM');
      await server.logged(/shutting down/);
      const answered = receive(socket, (text) => /\r\n\r\n[\s\S]*"entities"[\s\S]*\}\}\}/.test(text));
      socket.write(body);
      const answer = await answered;
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
      expect(answer).toMatch(/"data":\{"stats":\{"entities":\d+,"relations":\d+\}\}/);

      // Exit code 0, not 1: shutdown finished before main.ts's 5 s limit would have ended it.
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.logs.map((entry) => entry.msg)).toContain('stopped: requests drained, store closed');
      expect(server.logs.filter((entry) => /shutting down/.test(entry.msg))).toHaveLength(1);
    } finally {
      socket.destroy();
      server.child.kill('SIGKILL');
    }
  }, 60_000);

  it('on SIGTERM with no request in flight exits 0, and takes no new connections', async () => {
    const server = await start();
    try {
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 60_000);
}
