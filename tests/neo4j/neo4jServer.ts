/**
 * Starts a real Neo4j 5.26 Community server (no Docker): a tiny Java launcher around
 * DatabaseManagementServiceBuilder (tests/neo4j/src/main/java), whose jars Maven fetches once.
 * Used by the Vitest global setup (globalSetup.ts) and by `npm run db:start` (cli.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(HERE, 'pom.xml');
const LAUNCHER_SOURCE = path.join(HERE, 'src/main/java/dev/inquirygraph/testneo4j/Neo4jLauncher.java');
const LAUNCHER_CLASS = path.join(HERE, 'target/classes/dev/inquirygraph/testneo4j/Neo4jLauncher.class');
const CLASSES_DIR = path.join(HERE, 'target/classes');
/** Written by maven-dependency-plugin during `compile` (see pom.xml); our cache of Maven's answer. */
const CLASSPATH_FILE = path.join(HERE, 'target/classpath.txt');
const MAIN_CLASS = 'dev.inquirygraph.testneo4j.Neo4jLauncher';

/**
 * A JVM starting Neo4j on a busy 2-core machine took over 120 s (load average 28); on a quiet
 * one it takes 10-20 s. NEO4J_START_TIMEOUT_S overrides.
 */
const START_TIMEOUT_MS = (Number(process.env.NEO4J_START_TIMEOUT_S) || 300) * 1000;
const STOP_GRACE_MS = 20_000;
const HOST = '127.0.0.1';

/** JVM flags, mostly taken from the neo4j.conf that ships with the 5.26 server. */
export const JVM_FLAGS: readonly string[] = [
  // Small heap: test data sets are tiny (page cache and transaction limits: see Neo4jMemory).
  '-Xms512m',
  '-Xmx512m',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  // Neo4j reaches into JDK internals (direct buffers, channels) and Netty needs reflection.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];

/**
 * Memory of the server, as Neo4j sizes ("512m", "4g"). Omitted fields keep the small test
 * defaults: heap 512m (JVM_FLAGS), page cache 128m, one transaction 128m, all transactions
 * 256m. A transaction limit of "0" means unlimited. The loader writes a data set in one
 * transaction, so transactionMax bounds the largest data set that can be loaded (see
 * server/store/neo4j/load.ts) and the heap must hold it.
 */
export interface Neo4jMemory {
  /** JVM heap (-Xms and -Xmx). */
  heap?: string;
  /** server.memory.pagecache.size: store files cached off-heap. */
  pageCache?: string;
  /** db.memory.transaction.max: one transaction's state. */
  transactionMax?: string;
  /** dbms.memory.transaction.total.max: all open transactions together. */
  transactionTotalMax?: string;
}

const SIZE_PATTERN = /^\d+[kmg]?$/i;

/** JVM flags for `memory`: the heap directly, the rest as properties the launcher reads. */
export function memoryFlags(memory: Neo4jMemory = {}): string[] {
  const properties: Record<Exclude<keyof Neo4jMemory, 'heap'>, string> = {
    pageCache: 'inquirygraph.neo4j.pageCache',
    transactionMax: 'inquirygraph.neo4j.transactionMax',
    transactionTotalMax: 'inquirygraph.neo4j.transactionTotalMax',
  };
  const flags: string[] = [];
  for (const [key, value] of Object.entries(memory) as [keyof Neo4jMemory, string | undefined][]) {
    if (value === undefined) continue;
    if (!SIZE_PATTERN.test(value)) throw new Error(`Neo4j memory ${key}: "${value}" is not a size like 512m or 4g`);
    if (key === 'heap') flags.push(`-Xms${value}`, `-Xmx${value}`);
    else flags.push(`-D${properties[key]}=${value}`);
  }
  return flags;
}

export type ToolCheck = { ok: true } | { ok: false; reason: string };

export interface StartOptions {
  /** Neo4j home (store + logs). Default: a fresh temp dir, removed by stop(). */
  dataDir?: string;
  /** Bolt port on 127.0.0.1. Default: a free port picked by the OS. */
  port?: number;
  /** Keep the data dir on stop() even if we created it (a caller-provided dir is always kept). */
  keepDataDir?: boolean;
  /** Heap, page cache and transaction limits; the small test defaults when omitted. */
  memory?: Neo4jMemory;
  /** Extra JVM flags, appended after JVM_FLAGS and `memory` (so e.g. a later -Xmx wins). */
  jvmFlags?: readonly string[];
  /** Receives every line the JVM prints (stdout and stderr). Default: dropped. */
  log?: (line: string) => void;
  /** Rare tooling messages (Maven resolving, a forced kill). Default: console.log. */
  progress?: (message: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  /** As reported by the server, e.g. "5.26.30". */
  version: string;
  /** From spawning the JVM until Bolt accepted a TCP connection. */
  startupMs: number;
  /** Settles when the JVM exits, for whatever reason (stop(), crash, kill). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, wait for a clean exit (SIGKILL after 20 s), then remove a temp data dir. Idempotent. */
  stop: () => Promise<void>;
}

function javaMajorVersion(): number | null {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) return null;
  // `java -version` prints to stderr, e.g. `openjdk version "17.0.15"` or `java version "1.8.0_402"`.
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 ? Number(m[2]) : first;
}

function mavenAvailable(): boolean {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8', timeout: 60_000 });
  return !r.error && r.status === 0;
}

/** Cached classpath, or null when Maven must run (first use, pom/launcher changed, jars gone). */
function cachedClasspath(): string | null {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(LAUNCHER_CLASS)) return null;
  const mtime = (file: string): number => statSync(file).mtimeMs;
  if (mtime(POM) > mtime(CLASSPATH_FILE) || mtime(LAUNCHER_SOURCE) > mtime(LAUNCHER_CLASS)) return null;
  const jars = readFileSync(CLASSPATH_FILE, 'utf8').trim();
  if (jars === '' || !jars.split(path.delimiter).every((jar) => existsSync(jar))) return null;
  return `${CLASSES_DIR}${path.delimiter}${jars}`;
}

/** Java 17+ is always needed; Maven only until the classpath has been resolved once. */
export function findJavaAndMaven(): ToolCheck {
  const major = javaMajorVersion();
  if (major === null) return { ok: false, reason: 'no working `java` on PATH (Java 17+ is needed)' };
  if (major < 17) return { ok: false, reason: `Java ${major} found, but Neo4j 5.26 needs Java 17+` };
  if (cachedClasspath() === null && !mavenAvailable()) {
    return { ok: false, reason: 'no working `mvn` on PATH (Maven is needed once, to fetch Neo4j)' };
  }
  return { ok: true };
}

let classpathPromise: Promise<string> | null = null;

/** Runs Maven only when the cache is stale; concurrent callers in one process share one run. */
export function resolveClasspath(progress: (message: string) => void = console.log): Promise<string> {
  const cached = cachedClasspath();
  if (cached !== null) return Promise.resolve(cached);
  classpathPromise ??= runMaven(progress).finally(() => {
    classpathPromise = null;
  });
  return classpathPromise;
}

async function runMaven(progress: (message: string) => void): Promise<string> {
  progress('Resolving Neo4j with Maven (the first run downloads ~130 MB into ~/.m2) …');
  const startedAt = Date.now();
  const output: string[] = [];
  const child = spawn('mvn', ['-B', '-q', '-f', POM, 'compile'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    const tail = output.join('').trim().split('\n').slice(-30).join('\n');
    throw new Error(`mvn -f ${POM} compile failed (exit ${code}):\n${tail}`);
  }
  // The plugin leaves classpath.txt untouched when its content is unchanged: bump its mtime
  // so a pom.xml edit that changes nothing doesn't make every later run call Maven again.
  const now = new Date();
  utimesSync(CLASSPATH_FILE, now, now);
  const cp = cachedClasspath();
  if (cp === null) throw new Error(`Maven succeeded but ${CLASSPATH_FILE} is missing or incomplete`);
  progress(`Neo4j resolved in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; classpath cached in ${CLASSPATH_FILE}`);
  return cp;
}

/** Asks the OS for a free port. Another process could grab it before Neo4j does; unlikely. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port });
    const done = (ok: boolean): void => {
      socket.setTimeout(0);
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// Servers still running (child -> its stop()), so a Ctrl-C or crash of this process stops them too.
const running = new Map<ChildProcess, () => Promise<void>>();
let exitHandlersInstalled = false;

function installExitHandlers(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  // 'exit' handlers must be synchronous: just signal; the launcher's shutdown hook closes the store.
  process.on('exit', () => {
    for (const child of running.keys()) child.kill('SIGTERM');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const handler = (): void => {
      // Listening for a signal disables Node's default "exit on signal". If somebody else
      // (e.g. cli.ts) handles it, they decide when to exit: just make sure the JVMs go down.
      if (process.listenerCount(signal) > 1) {
        for (const child of running.keys()) child.kill('SIGTERM');
        return;
      }
      // Otherwise stop cleanly (removing temp dirs), then re-raise to exit as Node would have.
      void Promise.allSettled([...running.values()].map((stop) => stop())).then(() => {
        process.removeListener(signal, handler);
        process.kill(process.pid, signal);
      });
    };
    process.on(signal, handler);
  }
}

function readDebugLogTail(dataDir: string, lines: number): string {
  const file = path.join(dataDir, 'logs', 'debug.log');
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

export async function startNeo4j(options: StartOptions = {}): Promise<RunningNeo4j> {
  const log = options.log ?? (() => {});
  const progress = options.progress ?? console.log;
  // First, so a malformed size fails before a port or temp dir is taken.
  const jvmFlags = [...JVM_FLAGS, ...memoryFlags(options.memory), ...(options.jvmFlags ?? [])];
  const classpath = await resolveClasspath(progress);

  const port = options.port ?? (await freePort());
  if (options.port !== undefined && !(await portIsFree(port))) {
    throw new Error(`Port ${HOST}:${port} is already in use (another Neo4j still running?)`);
  }
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : mkdtempSync(path.join(tmpdir(), 'neo4j-test-'));
  mkdirSync(dataDir, { recursive: true });
  const removeDataDir = ownsDataDir && options.keepDataDir !== true;

  const startedAt = Date.now();
  // stdin stays a pipe we never close: the launcher exits when it hits EOF, i.e. when we die.
  const child = spawn('java', [...jvmFlags, '-cp', classpath, MAIN_CLASS, String(port), dataDir], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  installExitHandlers();

  const recent: string[] = [];
  let spawnFailed = false;
  const hasExited = (): boolean => spawnFailed || child.exitCode !== null || child.signalCode !== null;
  const exitPromise = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      // Our end of the child's stdin is a handle that would otherwise keep this process alive.
      child.stdin?.destroy();
      resolve({ code, signal });
    });
    // If java could not be spawned at all there will be no 'exit' event.
    child.once('error', () => {
      if (child.pid !== undefined) return;
      spawnFailed = true;
      running.delete(child);
      resolve({ code: null, signal: null });
    });
  });
  // Resolves with the version from the launcher's READY line; rejects if the JVM dies first.
  const readyLine = new Promise<string>((resolve, reject) => {
    child.once('error', (err) => reject(new Error(`could not run java: ${err.message}`)));
    child.once('exit', (code, signal) => reject(new Error(`the JVM exited early (code ${code}, signal ${signal})`)));
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        recent.push(line);
        if (recent.length > 40) recent.shift();
        const m = /^NEO4J_READY \S+ (\S+)/.exec(line);
        if (m?.[1]) resolve(m[1]);
        log(line);
      });
    }
  });
  readyLine.catch(() => {}); // handled below; avoids an unhandled rejection when we stop() later

  let stopPromise: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopPromise ??= (async () => {
      if (!hasExited()) {
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), STOP_GRACE_MS);
        });
        const timedOut = await Promise.race([exitPromise.then(() => false), grace]);
        clearTimeout(timer); // a pending timer would keep e.g. Vitest alive for 20 s
        if (timedOut) {
          progress(`Neo4j (pid ${child.pid}) did not stop within ${STOP_GRACE_MS / 1000} s; killing it`);
          child.kill('SIGKILL');
          await exitPromise;
        }
      }
      if (removeDataDir) rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopPromise;
  };
  running.set(child, stop);

  // Ready = the launcher printed its READY line AND Bolt accepts TCP connections.
  const waitUntilReady = async (): Promise<string> => {
    const version = await readyLine;
    while (!(await canConnect(port))) {
      if (hasExited()) throw new Error('the JVM exited before Bolt accepted connections');
      await sleep(100);
    }
    return version;
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  const ready = waitUntilReady();
  ready.catch(() => {}); // after a timeout it rejects once stop() has killed the JVM; already reported
  let version: string;
  try {
    version = await Promise.race([ready, timeout]);
  } catch (err) {
    const debugTail = readDebugLogTail(dataDir, 15); // read before stop() may delete the dir
    await stop();
    const output = recent.length > 0 ? recent.join('\n') : '(no output)';
    const debug = debugTail ? `\n--- last lines of ${dataDir}/logs/debug.log ---\n${debugTail}` : '';
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`Neo4j failed to start: ${why}\n--- last lines of Neo4j output ---\n${output}${debug}`);
  } finally {
    clearTimeout(timer);
  }

  return {
    uri: `bolt://${HOST}:${port}`,
    port,
    pid: child.pid ?? -1,
    dataDir,
    version,
    startupMs: Date.now() - startedAt,
    exited: exitPromise,
    stop,
  };
}
