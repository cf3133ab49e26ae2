import { CHANGE_LOG_SIZE, CHANGE_LOG_TARGET_MS } from './changeLogStartup';
import type { OpName } from './operations';
import { PEER_OP_NAMES } from './peer/operations';
import type { BenchResults, TargetCheck } from './results';
import { PEER_TARGET, type SizeName, type StoreName } from './config';

// The issue's targets, checked against one run. Anything the run did not measure is reported
// as "not measured" with the reason, never as met.

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const GB = 1024 ** 3;

function check(target: string, limit: string, measured: number | null | undefined, max: number, show: (value: number) => string, missing: string): TargetCheck {
  if (measured === null || measured === undefined || Number.isNaN(measured)) return { target, limit, measured: missing, status: 'not measured' };
  return { target, limit, measured: show(measured), status: measured <= max ? 'met' : 'missed' };
}

function apiOp(results: BenchResults, size: SizeName, store: StoreName, op: OpName) {
  const run = results.api.find((candidate) => candidate.size === size && candidate.store === store);
  if (!run) return { value: null, why: `${size} on ${store} not in this run${store === 'neo4j' && !results.neo4j.available ? ` (${results.neo4j.reason})` : ''}` };
  if (run.error) return { value: null, why: `server did not start: ${run.error}` };
  const result = run.ops.find((candidate) => candidate.op === op);
  if (!result) return { value: null, why: `${op} not in this run` };
  if (result.error || !result.http) return { value: null, why: `failed: ${result.error ?? 'no result'}` };
  return { value: result.http.latency.p99, why: '' };
}

/** The issue's edit targets: p99 of an entity update with a claim over HTTP, in ms. */
export const EDIT_TARGETS: readonly (readonly [SizeName, StoreName, number])[] = [
  ['seed', 'embedded', 30],
  ['seed', 'neo4j', 60],
  ['100k', 'embedded', 50],
  ['100k', 'neo4j', 100],
];

function editP99(results: BenchResults, size: SizeName, store: StoreName) {
  const run = results.edits?.find((candidate) => candidate.size === size && candidate.store === store);
  if (!run) return { value: null, why: `${size} edits on ${store} not in this run${store === 'neo4j' && !results.neo4j.available ? ` (${results.neo4j.reason})` : ''}` };
  if (run.error || !run.latency) return { value: null, why: `failed: ${run.error ?? 'no result'}` };
  return { value: run.latency.p99, why: '' };
}

export function evaluateTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const [store, limit] of [['embedded', 5], ['neo4j', 20]] as const) {
    for (const op of ['entity', 'search', 'neighbourhood1'] as const) {
      const { value, why } = apiOp(results, 'seed', store, op);
      checks.push(check(`seed, ${store}: ${op} p99`, `<= ${limit} ms`, value, limit, ms, why));
    }
  }
  for (const run of results.api) {
    const ratios = run.ops.filter((op) => op.overhead !== null);
    const worst = ratios.reduce<(typeof ratios)[number] | null>((a, b) => (a === null || (b.overhead ?? 0) > (a.overhead ?? 0) ? b : a), null);
    checks.push(
      check(`${run.size}, ${run.store}: GraphQL overhead (worst operation${worst ? `: ${worst.op}` : ''})`, '<= 1.5x', worst?.overhead, 1.5, (v) => `${v.toFixed(2)}x`, run.error ?? 'no operation measured'),
    );
  }
  for (const size of ['seed', '1k'] as const) {
    const run = results.peer?.find((candidate) => candidate.size === size);
    for (const op of PEER_OP_NAMES) {
      const result = run?.ops.find((candidate) => candidate.op === op);
      const why = !run ? `${size} against @neo4j/graphql not in this run` : (run.error ?? result?.error ?? `${op} not measured`);
      checks.push(check(`${size}: ${op}, p50 against @neo4j/graphql`, `<= ${PEER_TARGET}x`, result?.ratio, PEER_TARGET, (v) => `${v.toFixed(2)}x`, why));
    }
  }
  const startup = results.startup.find((entry) => entry.size === '100k');
  const notRun = startup?.error ?? '100k not in this run';
  checks.push(check('100k: embedded start-up (process start to store built)', '<= 20 s', startup?.result ? startup.result.processMs : null, 20_000, (v) => `${(v / 1000).toFixed(1)} s`, notRun));
  checks.push(check('100k: embedded peak memory during start-up', '<= 2 GB', startup?.result ? startup.result.peakRssBytes : null, 2 * GB, (v) => `${(v / GB).toFixed(2)} GB`, notRun));
  for (const [size, store, limit] of EDIT_TARGETS) {
    const { value, why } = editP99(results, size, store);
    checks.push(check(`${size}, ${store}: edit (update an entity with a claim, over HTTP) p99`, `<= ${limit} ms`, value, limit, ms, why));
  }
  const withLog = results.changeLogStartup;
  checks.push(
    check(
      `seed: embedded start-up with ${CHANGE_LOG_SIZE} recorded changes, added`,
      `<= ${CHANGE_LOG_TARGET_MS / 1000} s`,
      withLog?.result ? withLog.result.withMs - withLog.result.withoutMs : null,
      CHANGE_LOG_TARGET_MS,
      (v) => `${(v / 1000).toFixed(2)} s`,
      withLog?.error ?? 'seed start-up not in this run',
    ),
  );
  for (const [store, limit] of [['embedded', 50], ['neo4j', 150]] as const) {
    const { value, why } = apiOp(results, '100k', store, 'neighbourhood2');
    checks.push(check(`100k, ${store}: neighbourhood depth 2 (limit 500) p99`, `<= ${limit} ms`, value, limit, ms, why));
  }
  for (const store of ['embedded', 'neo4j'] as const) {
    const { value, why } = apiOp(results, '100k', store, 'paths');
    checks.push(check(`100k, ${store}: paths maxHops 4 p99`, '<= 200 ms', value, 200, ms, why));
  }
  const imported = results.imports.find((entry) => entry.size === '100k');
  checks.push(
    check('100k: Neo4j import', '<= 120 s', imported?.ms, 120_000, (v) => `${(v / 1000).toFixed(1)} s`, imported?.error ?? (results.neo4j.available ? '100k not in this run' : `no Neo4j: ${results.neo4j.reason}`)),
  );
  const page = results.page;
  const pageWhy = page === null ? 'page part not in this run' : 'skipped' in page ? page.skipped : '';
  const sub = <T>(value: T | { skipped: string } | undefined): [T | null, string] =>
    value === undefined ? [null, pageWhy] : typeof value === 'object' && value !== null && 'skipped' in value ? [null, value.skipped] : [value as T, ''];
  const [interactive, interactiveWhy] = sub(page && !('skipped' in page) ? page.seedInteractive : undefined);
  checks.push(check('page: seed, navigation to drawn graph', '<= 1.5 s', interactive?.medianMs, 1_500, ms, interactiveWhy));
  const [layouts, layoutsWhy] = sub(page && !('skipped' in page) ? page.layouts : undefined);
  const biggest = layouts?.find((run) => run.elements === 5_000);
  const laidOut = results.settings.layoutElements.join(', ');
  checks.push(check('page: 5,000 elements laid out and drawn', '<= 4 s', biggest?.totalMs, 4_000, ms, layoutsWhy || `5,000 not in this run (it laid out ${laidOut})`));
  const chronology = page && !('skipped' in page) ? page.chronology : undefined;
  const [chronoSeed, chronoSeedWhy] = sub(chronology?.seed);
  checks.push(check('page: chronology of the seed drawn after opening it', '<= 500 ms', chronoSeed?.medianMs, 500, ms, chronoSeedWhy || 'not in this run'));
  const [chronoLarge, chronoLargeWhy] = sub(chronology?.large);
  const fiveThousand = chronoLarge?.find((run) => run.items === 5_000);
  checks.push(check('page: chronology of 5,000 items drawn', '<= 1.5 s', fiveThousand?.drawMs, 1_500, ms, chronoLargeWhy || '5,000 not in this run'));
  // Higher is better: checked as frame time (1000 / fps) against 1000 / 30.
  const panFrame = fiveThousand ? 1000 / fiveThousand.panFps : undefined;
  checks.push(check('page: chronology of 5,000 items, panning', '>= 30 frames/s', panFrame, 1000 / 30, (v) => `${(1000 / v).toFixed(1)} frames/s`, chronoLargeWhy || '5,000 not in this run'));
  const [initialJs, initialWhy] = sub(page && !('skipped' in page) ? page.initialJs : undefined);
  checks.push(check('page: initial JS, gzipped', '<= 400 KB', initialJs?.gzipBytes, 400 * 1024, (v) => `${(v / 1024).toFixed(1)} KB`, initialWhy));
  checks.push(...documentTargets(results));
  checks.push(importTarget(results));
  return checks;
}

/** Importing a spreadsheet set of about 10,000 rows: the slowest of the runs. */
function importTarget(results: BenchResults): TargetCheck {
  const run = results.import;
  const why = run ? (run.error ?? 'no result') : 'the import part was not in this run';
  const limit = 10_000;
  return check(`import: ${run?.result ? run.result.rows.toLocaleString('en') : '10,000'} spreadsheet rows, slowest of ${run?.result?.runsMs.length ?? 'the'} runs`, '<= 10 s', run?.result?.maxMs, limit, (v) => `${(v / 1000).toFixed(2)} s`, why);
}

/** Opening a claim's passage (seed with its documents) and searching 1,000 documents of 5 KB. */
function documentTargets(results: BenchResults): TargetCheck[] {
  const documents = results.documents;
  const why = documents ? documents.notes.join('; ') || 'not in this run' : 'the documents part was not in this run';
  const passage = (store: StoreName) => documents?.passage.find((run) => run.store === store)?.latency.p99;
  return [
    check('documents: claim passage, embedded, p99 (store calls)', '<= 50 ms', passage('embedded'), 50, ms, why),
    check('documents: claim passage, neo4j, p99 (store calls)', '<= 100 ms', passage('neo4j'), 100, ms, documents && !results.neo4j.available ? `Neo4j not run: ${results.neo4j.reason}` : why),
    check('documents: searchDocuments over 1,000 documents of 5 KB, embedded, p99 (store calls)', '<= 100 ms', documents?.search?.latency.p99, 100, ms, why),
  ];
}
