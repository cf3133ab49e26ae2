import type { DocumentsBench } from './documentsBench';
import type { ImportBench } from './importBench';
import type { StoreRun } from './apiBench';
import type { ModeSettings, PartName, SizeName, StoreName } from './config';
import type { Machine, Versions } from './machine';
import type { PageResult } from './pageBench';
import type { ChangeLogStartup } from './changeLogStartup';
import type { EditRun } from './editBench';
import type { PeerRun } from './peerBench';
import type { StartupResult } from './startup';

// The shape of bench/results/*.json: everything BENCHMARKS.md is rendered from.

export interface DatasetInfo {
  size: SizeName;
  dir: string;
  entities: number;
  relations: number;
  sources: number;
  claims: number;
  disputes: number;
  /** Null when the folder was already current (or is the seed). */
  generatedMs: number | null;
  /** loadDataset in the benchmark process (warm: tsx and zod already loaded). */
  loadDatasetMs: number;
  mixFrom: string | null;
}

export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  status: 'met' | 'missed' | 'not measured';
}

export interface BenchResults {
  formatVersion: 1;
  mode: 'quick' | 'full';
  /** True when --sizes, --stores, --parts or --ops narrowed the run. */
  partial: boolean;
  command: string;
  options: { sizes: SizeName[]; stores: StoreName[]; parts: PartName[]; ops: string[] | null };
  settings: ModeSettings;
  startedAt: string;
  wallSeconds: number;
  machine: Machine;
  versions: Versions;
  neo4j: { available: boolean; reason: string | null; startupMs: number | null };
  datasets: (DatasetInfo | { size: SizeName; skipped: string })[];
  imports: { size: SizeName; ms: number | null; error?: string }[];
  api: StoreRun[];
  /** Entity updates with a claim over HTTP (absent in runs made before they were measured). */
  edits?: EditRun[];
  /** Against @neo4j/graphql on the same Neo4j (absent in runs made before it was measured). */
  peer?: PeerRun[];
  startup: { size: SizeName; result: StartupResult | null; error?: string }[];
  /** Seed start-up with a recorded change log against without (absent in runs before it existed). */
  changeLogStartup?: { result: ChangeLogStartup | null; error?: string };
  page: PageResult | { skipped: string } | null;
  /** Claim passages and document search (absent in runs before they were measured). */
  documents?: DocumentsBench | null;
  /** Importing a 10,000-row spreadsheet set (absent in runs before it was measured). */
  import?: { result: ImportBench | null; error?: string };
  targets: TargetCheck[];
  notes: string[];
}
