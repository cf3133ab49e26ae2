import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR } from './config';

// Embedded start-up in a fresh process (nothing warm, nothing shared with the benchmark).

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

export function measureStartup(dataDir: string, timeoutMs = 30 * 60_000): Promise<StartupResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(BENCH_DIR, 'startupChild.ts'), dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let readyAt: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
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
