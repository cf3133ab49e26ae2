import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { MODES, QUICK_RESULTS_DIR, ROOT, RUNS_DIR } from './config';
import { analysisSection, renderMarkdown, resultPaths } from './report';
import type { BenchResults } from './results';
import { summarize } from './stats';
import { evaluateTargets } from './targets';

// Rendering and target checks on a made-up result: the figures are fixtures, not measurements.

const latency = (p99: number) => ({ count: 100, mean: p99 / 2, p50: p99 / 3, p95: p99 / 1.5, p99, max: p99 });
const http = (p99: number) => ({ latency: latency(p99), sequentialRps: 100, concurrentRps: null, concurrentLatency: null, meanResponseBytes: 2048, failures: 0 });

function fixture(): BenchResults {
  return {
    formatVersion: 1,
    mode: 'quick',
    partial: false,
    command: 'npm run bench -- --quick',
    options: { sizes: ['seed', '1k'], stores: ['embedded', 'neo4j'], parts: ['http', 'startup', 'page'], ops: null },
    settings: MODES.quick,
    startedAt: '2025-01-01T00:00:00.000Z',
    wallSeconds: 100,
    machine: { cpuModel: 'Test CPU', cores: 2, memoryBytes: 8 * 1024 ** 3, freeMemoryBytes: 4 * 1024 ** 3, loadAverage: [1, 1, 1], os: 'Linux', nodeHeapLimitBytes: 4 * 1024 ** 3 },
    versions: { node: 'v20.20.2', neo4j: null, java: null, chromium: null, packages: { graphql: '16' }, commit: 'abc1234', dirty: false },
    neo4j: { available: false, reason: 'no java', startupMs: null },
    datasets: [{ size: 'seed', dir: 'seed/rotherham', entities: 74, relations: 124, sources: 5, claims: 300, disputes: 10, generatedMs: null, loadDatasetMs: 100, mixFrom: null }],
    imports: [],
    api: [
      {
        size: 'seed',
        store: 'embedded',
        serverStartMs: 500,
        ops: [
          { op: 'entity', label: 'entity', http: http(3), direct: latency(0.3), primary: latency(0.1), bare: null, storeCalls: 'entitiesByIds', inputs: 20, overhead: 1.2 },
          { op: 'search', label: 'search', http: http(9), direct: latency(3), primary: latency(3), bare: null, storeCalls: 'search', inputs: 20, overhead: 2 },
        ],
      },
    ],
    edits: [
      { size: 'seed', store: 'embedded', serverStartMs: 500, entities: 21, warmup: 100, warmupLatency: latency(45), latency: latency(24), hub: { id: 'agency:a', latency: latency(20) }, loadAverage: [1.5, 1.7] },
      { size: '100k', store: 'embedded', serverStartMs: 9000, entities: 21, warmup: 20, latency: latency(80), hub: { id: 'agency:a', latency: latency(90) }, loadAverage: [2, 2] },
    ],
    startup: [],
    page: { skipped: 'no chromium' },
    targets: [],
    notes: ['A note.'],
  };
}

describe('bench/targets', () => {
  it('marks met, missed and not measured', () => {
    const checks = evaluateTargets(fixture());
    const status = (prefix: string) => checks.find((check) => check.target.startsWith(prefix))?.status;
    expect(status('seed, embedded: entity')).toBe('met');
    expect(status('seed, embedded: search')).toBe('missed');
    expect(status('seed, embedded: neighbourhood1')).toBe('not measured');
    expect(status('seed, neo4j: entity')).toBe('not measured');
    expect(status('seed, embedded: GraphQL overhead')).toBe('missed');
    expect(status('100k: embedded start-up')).toBe('not measured');
    expect(status('page: initial JS')).toBe('not measured');
    expect(status('seed, embedded: edit')).toBe('met');
    expect(status('100k, embedded: edit')).toBe('missed');
    expect(status('seed, neo4j: edit')).toBe('not measured');
  });
});

describe('bench/report', () => {
  it('renders every section with the command that reproduces it', () => {
    const results = fixture();
    results.targets = evaluateTargets(results);
    const markdown = renderMarkdown(results);
    expect(markdown).toContain('# Benchmarks');
    expect(markdown).toContain('Test CPU, 2 cores');
    expect(markdown).toContain('| seed, embedded: search p99 | <= 5 ms | 9.00 ms | ❌ missed |');
    expect(markdown).toContain('`npm run bench -- --quick --parts http --sizes seed --stores embedded`');
    expect(markdown).toContain('Skipped: no chromium');
    expect(markdown).toContain('| seed, embedded: edit (update an entity with a claim, over HTTP) p99 | <= 30 ms | 24 ms | ✅ met |');
    expect(markdown).toContain('`npm run bench -- --quick --parts edit --sizes seed,100k --stores embedded`');
    expect(markdown).toContain('| 1.5 → 1.7 |');
    // The warm-up edits' own figures (p50 / p99, count) beside the timed ones; a run recorded without them shows none.
    expect(markdown).toContain('| 6.67 / 20.0 (100) | 15.0 / 45.0 (100) | 1.5 → 1.7 |');
    expect(markdown).toMatch(/\| 100k \| embedded \|.*\| — \| 2\.0 → 2\.0 \|/);
    expect(markdown).toContain('- A note.');
  });
});

describe('bench/report analysis', () => {
  const analysis = (run: string) => `<!-- run: ${run} -->\n\nEntity p99 missed because of X.\n`;

  it('includes the hand-written analysis of a full run, without a warning when it was written for that run', () => {
    const results = { ...fixture(), mode: 'full' as const };
    const section = analysisSection(results, analysis(results.startedAt));
    expect(section).toContain('## Analysis of the misses');
    expect(section).toContain('Entity p99 missed because of X.');
    expect(section).not.toContain('not this one');
    expect(section).not.toContain('<!--');
  });

  it('warns when the analysis was written for another run', () => {
    const results = { ...fixture(), mode: 'full' as const };
    expect(analysisSection(results, analysis('2024-12-31T00:00:00.000Z'))).toContain('Written for the run of 2024-12-31T00:00:00.000Z, not this one');
  });

  it('leaves quick runs and missing analyses alone', () => {
    expect(analysisSection(fixture(), analysis(fixture().startedAt))).toBe('');
    expect(analysisSection({ ...fixture(), mode: 'full' }, null)).toBe('');
  });
});

describe('bench/stats', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(values)).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
  });
});

describe('where results go', () => {
  it('keeps a quick run under bench/results/quick/, which git ignores', () => {
    const paths = resultPaths(fixture());
    expect(paths.file.startsWith(`${QUICK_RESULTS_DIR}/`)).toBe(true);
    expect(paths.latest).toBe(`${QUICK_RESULTS_DIR}/latest.json`);
  });

  it('keeps a full run under bench/results/runs/, which git ignores: publishing is a separate step', () => {
    const paths = resultPaths({ ...fixture(), mode: 'full' });
    expect(paths).toEqual({ file: `${RUNS_DIR}/2025-01-01T00-00-00-000Z-full.json`, latest: `${RUNS_DIR}/latest.json` });
  });

  it('leaves latest.json to whole runs: a narrowed run writes only its own file', () => {
    const paths = resultPaths({ ...fixture(), mode: 'full', partial: true });
    expect(paths).toEqual({ file: `${RUNS_DIR}/2025-01-01T00-00-00-000Z-full-partial.json`, latest: null });
  });

  it('never writes where git looks', () => {
    const ignored = execFileSync('git', ['check-ignore', '--no-index', resultPaths({ ...fixture(), mode: 'full' }).file, resultPaths(fixture()).file], { cwd: ROOT, encoding: 'utf8' });
    expect(ignored.trim().split('\n')).toHaveLength(2);
  });
});
