import { join, resolve } from 'node:path';

// Where the benchmark reads and writes, which data sets it knows, and how long each mode runs.

export const ROOT = resolve(import.meta.dirname, '..');
export const BENCH_DIR = join(ROOT, 'bench');
export const DATA_DIR = join(BENCH_DIR, 'data');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
/** Where full runs write their results: ignored by git; `bench/report.ts` publishes one. */
export const RUNS_DIR = join(RESULTS_DIR, 'runs');
/** Where quick (CI) runs write their results: ignored by git. */
export const QUICK_RESULTS_DIR = join(RESULTS_DIR, 'quick');
export const SEED_DIR = join(ROOT, 'seed', 'rotherham');
export const BENCHMARKS_MD = join(ROOT, 'BENCHMARKS.md');

/** Synthetic sizes: entities; relations are RELATIONS_PER_ENTITY times that. */
export const SYNTHETIC_SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type SyntheticSize = keyof typeof SYNTHETIC_SIZES;
export type SizeName = 'seed' | SyntheticSize;
export const ALL_SIZES: readonly SizeName[] = ['seed', '1k', '10k', '100k'];
export const RELATIONS_PER_ENTITY = 10;

export type StoreName = 'embedded' | 'neo4j';
export type PartName = 'http' | 'edit' | 'peer' | 'startup' | 'page' | 'documents' | 'import';
export const ALL_PARTS: readonly PartName[] = ['http', 'edit', 'peer', 'startup', 'page', 'documents', 'import'];

/** This project's p50 over @neo4j/graphql's, at most (issue: "we beat the library users would pick instead"). */
export const PEER_TARGET = 0.8;

export interface ModeSettings {
  sizes: readonly SizeName[];
  /** What runs when --parts does not say. */
  parts: readonly PartName[];
  /** Seconds of sequential load (1 connection) per operation: the latency figures. */
  latencySeconds: number;
  /** Seconds of concurrent load per operation, 0 to skip: the throughput figure. */
  throughputSeconds: number;
  throughputConnections: number;
  /** Sequential requests before measuring, per operation (stopped after warmupSeconds). */
  warmupRequests: number;
  warmupSeconds: number;
  /** Distinct inputs per operation (entities, search texts, path pairs, dates). */
  samples: number;
  /** Cap on the first pass (one checked, recorded request per input); later inputs are dropped. */
  recordSeconds: number;
  /** Timed edits per data set and store (after `editWarmup` untimed ones): the edit part. */
  edits: number;
  /**
   * Edits sent first, whose figures are reported apart. A fresh Neo4j's JVM compiles its write
   * path, and the planner code the server's start-up made hot, over its first couple of thousand
   * transactions. On the seed, one edit at a time, sampled each second: 15-25 edits/s in the
   * first seconds with the JVM at 130-150% of a core, about 60/s after 1,000 edits, 75-83/s
   * after 2,000 with the JVM at 80-90% (bench/analysis.md, "Edits (issue 11)"). The targets are
   * about a server in that steady state: the timed edits come after it, and the edits before
   * are reported beside them, not hidden.
   */
  editWarmup: number;
  /** Direct store calls per operation (replayed, sequential). */
  directCalls: number;
  /** Seconds cap on the direct calls of one operation. */
  directSeconds: number;
  /** Against @neo4j/graphql: inputs per operation, and requests of each side (interleaved) per operation, capped by seconds per side. */
  peerInputs: number;
  peerCalls: number;
  peerSeconds: number;
  /** Repetitions of each page measurement (median reported). */
  pageRepeats: number;
  layoutElements: readonly number[];
  /** Build the client before measuring its size even when a build exists. */
  rebuildClient: boolean;
  /** Imports of the 10,000-row spreadsheet set (median and max reported). */
  importRuns: number;
}

export const MODES: Record<'quick' | 'full', ModeSettings> = {
  quick: {
    sizes: ['seed', '1k'],
    // The peer builds its schema for ~10 s per data set and needs seconds per operation to
    // compare: `--quick --parts peer` runs it, the CI run does not.
    parts: ['http', 'edit', 'startup', 'page', 'documents', 'import'],
    latencySeconds: 1,
    throughputSeconds: 0,
    throughputConnections: 8,
    warmupRequests: 20,
    warmupSeconds: 0.3,
    samples: 20,
    recordSeconds: 1,
    edits: 100,
    editWarmup: 100,
    directCalls: 200,
    directSeconds: 0.3,
    peerInputs: 10,
    peerCalls: 300,
    peerSeconds: 3,
    pageRepeats: 1,
    // fcose on 5,000 elements takes about a minute on a shared 2-core machine: full runs only.
    layoutElements: [500, 2_000],
    rebuildClient: false,
    importRuns: 3,
  },
  full: {
    sizes: ALL_SIZES,
    parts: ALL_PARTS,
    latencySeconds: 10,
    throughputSeconds: 10,
    throughputConnections: 8,
    warmupRequests: 50,
    warmupSeconds: 5,
    samples: 50,
    recordSeconds: 15,
    edits: 500,
    editWarmup: 2000,
    directCalls: 1_000,
    directSeconds: 5,
    peerInputs: 20,
    peerCalls: 3_000,
    peerSeconds: 15,
    pageRepeats: 3,
    layoutElements: [500, 2_000, 5_000],
    rebuildClient: true,
    importRuns: 5,
  },
};

export function datasetDir(size: SizeName): string {
  return size === 'seed' ? SEED_DIR : join(DATA_DIR, size);
}
