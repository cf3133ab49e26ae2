import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, ROOT } from './config';

// Embedded start-up in a fresh process (nothing warm, nothing shared with the benchmark), with
// the Node flags `npm start` uses.

/**
 * The V8 flags of package.json's start script (`node <flags> --import tsx server/main.ts`), so
 * the benchmark measures the server as `npm start` runs it. The start script sets a larger
 * young generation (--max-semi-space-size): loading builds millions of objects that all
 * survive, and the default 16 MB made the 100k start-up spend over a third of its time in GC.
 */
export function serverNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = /\bnode ((?:--[\w-]+(?:=\S+)? )*)--import tsx server\/main\.ts/.exec(scripts.start ?? '');
  if (!command) throw new Error('package.json: the start script no longer runs `node [flags] --import tsx server/main.ts`; update bench/startup.ts');
  return (command[1] as string).trim().split(/\s+/).filter(Boolean);
}

export interface StartupResult {
  /** Spawning node until the store was built: node + tsx start-up included. */
  processMs: number;
  loadDatasetMs: number;
  createStoreMs: number;
  /** loadDataset + createEmbeddedStore, measured inside the child. */
  totalMs: number;
  /** Resident memory with the store built and the data set released (after gc). */
  rssBytes: number;
  heapUsedBytes: number;
  /** Highest resident memory during start-up. */
  peakRssBytes: number;
  heapLimitBytes: number;
  /** Parsing EDTF dates: how many, how many distinct, mean cost of one parse (sampled). */
  dates: { count: number; distinct: number; meanParseUs: number };
  stats: { entities: number; relations: number };
}

/** Start-up on `dataDir`, with the change log of `stateDir` replayed when one is given. */
export function measureStartup(dataDir: string, timeoutMs = 30 * 60_000, stateDir: string | null = null): Promise<StartupResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const flags = [...serverNodeFlags(), '--expose-gc', '--import', 'tsx'];
    const child = spawn(process.execPath, [...flags, join(BENCH_DIR, 'startupChild.ts'), dataDir, ...(stateDir ? [stateDir] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let readyAt: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      // The child's first line (STORE_BUILT) is printed as soon as the store is built; the
      // diagnostics it computes afterwards (date sampling, gc) are not start-up.
      readyAt ??= stdout.includes('\n') ? performance.now() : null;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        const why = signal ? `killed by ${signal}${signal === 'SIGKILL' ? ' (time-out)' : ''}` : `exit ${code}`;
        reject(new Error(`start-up child failed (${why}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`));
        return;
      }
      const measured = JSON.parse(line) as Omit<StartupResult, 'processMs'>;
      resolve({ processMs: (readyAt ?? performance.now()) - started, ...measured });
    });
  });
}
