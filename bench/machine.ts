import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { ROOT } from './config';

// What the figures were measured on: the machine, the versions, the commit.

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  freeMemoryBytes: number;
  /** 1, 5 and 15 minute load averages when the run started: other work on a shared machine. */
  loadAverage: number[];
  os: string;
  nodeHeapLimitBytes: number;
}

export interface Versions {
  node: string;
  neo4j: string | null;
  java: string | null;
  chromium: string | null;
  packages: Record<string, string>;
  commit: string | null;
  /** Uncommitted changes in the working tree when the run started. */
  dirty: boolean | null;
}

const PACKAGES = ['@apollo/server', 'graphql', 'neo4j-driver', 'minisearch', 'edtf', 'zod', 'express', 'cytoscape', 'cytoscape-fcose', 'react', 'vite', 'tsx', 'autocannon', 'playwright-core'];

export function machine(): Machine {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    freeMemoryBytes: freemem(),
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    os: `${type()} ${release()}`,
    nodeHeapLimitBytes: getHeapStatistics().heap_size_limit,
  };
}

function run(command: string, args: string[]): string | null {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 }).trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    return typeof stderr === 'string' && stderr.trim() ? stderr.trim() : null;
  }
}

export function versions(extra: { neo4j?: string | null; chromium?: string | null } = {}): Versions {
  const packages: Record<string, string> = {};
  for (const name of PACKAGES) {
    try {
      packages[name] = (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      packages[name] = 'not installed';
    }
  }
  const javaRun = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 30_000 });
  const java = javaRun.error ? null : `${javaRun.stderr}${javaRun.stdout}`;
  const status = run('git', ['status', '--porcelain']);
  return {
    node: process.version,
    neo4j: extra.neo4j ?? null,
    java: java ? (/version "([^"]+)"/.exec(java)?.[1] ?? null) : null,
    chromium: extra.chromium ?? null,
    packages,
    commit: run('git', ['rev-parse', '--short', 'HEAD']),
    dirty: status === null ? null : status.length > 0,
  };
}
