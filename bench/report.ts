import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { OpResult } from './apiBench';
import { BENCHMARKS_MD, BENCH_DIR, PEER_TARGET, QUICK_RESULTS_DIR, RESULTS_DIR, ROOT, RUNS_DIR, type PartName, type SizeName, type StoreName } from './config';
import type { PageResult } from './pageBench';
import type { PeerRun } from './peerBench';
import type { BenchResults, DatasetInfo } from './results';
import { msCell, type Latency } from './stats';

// Writes a run's JSON where git does not look (bench/results/runs/ or quick/), and renders
// BENCHMARKS.md. A run never touches tracked files: `npx tsx bench/report.ts [results.json]`
// publishes a run (its JSON into bench/results/, and BENCHMARKS.md) when a person chooses to.

const MB = 1024 ** 2;
const f = (value: number | null | undefined, digits = 2) => (value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));
const seconds = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${(value / 1000).toFixed(1)} s`);
const mb = (value: number) => `${(value / MB).toFixed(0)} MB`;
const STATUS = { met: '✅ met', missed: '❌ missed', 'not measured': '➖ not measured' } as const;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The command that reproduces one table: the run's mode, narrowed to that table's part, sizes and stores. */
function command(results: BenchResults, parts: PartName[], sizes?: readonly SizeName[], stores?: readonly StoreName[]): string {
  const args = [results.mode === 'quick' ? '--quick' : null, `--parts ${parts.join(',')}`, sizes ? `--sizes ${sizes.join(',')}` : null, stores ? `--stores ${stores.join(',')}` : null];
  if (results.options.ops) args.push(`--ops ${results.options.ops.join(',')}`);
  return `\`npm run bench -- ${args.filter(Boolean).join(' ')}\``;
}

const reproduce = (text: string) => `Reproduce: ${text}`;

function latencyCells(latency: Latency | null | undefined): string[] {
  return [msCell(latency?.p50), msCell(latency?.p95), msCell(latency?.p99)];
}

function apiSection(results: BenchResults): string {
  const parts: string[] = ['## API over HTTP', ''];
  parts.push(
    `The page's own GraphQL operations (client/src/api/operations.ts) sent to the real server (\`startServer\`) by autocannon in the same process: ` +
      `${results.settings.latencySeconds} s on 1 connection per operation for latency (ms, from every response), ` +
      (results.settings.throughputSeconds > 0 ? `then ${results.settings.throughputSeconds} s on ${results.settings.throughputConnections} connections for throughput.` : 'no concurrent run in this mode (req/s is the 1-connection rate).'),
    '',
  );
  for (const store of results.options.stores) {
    const runs = results.api.filter((run) => run.store === store);
    if (runs.length === 0) continue;
    parts.push(`### ${store}`, '');
    const rows: string[][] = [];
    for (const run of runs) {
      if (run.error) rows.push([run.size, 'server did not start', '—', '—', '—', '—', '—', '—', '—', run.error]);
      for (const op of run.ops) {
        const http = op.http;
        rows.push([
          run.size,
          op.label,
          String(op.inputs),
          ...latencyCells(http?.latency),
          f(http?.sequentialRps, 0),
          http?.concurrentRps === null || http?.concurrentRps === undefined ? '—' : f(http.concurrentRps, 0),
          http ? f(http.meanResponseBytes / 1024, 1) : '—',
          op.error ? `failed: ${op.error}` : String(http?.failures ?? 0),
        ]);
      }
    }
    parts.push(
      table(['data set', 'operation', 'inputs', 'p50', 'p95', 'p99', 'req/s (1 conn)', `req/s (${results.settings.throughputConnections} conn)`, 'response KB', 'failures'], rows),
      '',
      reproduce(command(results, ['http'], runs.map((run) => run.size), [store])),
      '',
    );
  }
  return parts.join('\n');
}

function overheadSection(results: BenchResults): string {
  const rows: string[][] = [];
  for (const run of results.api) {
    for (const op of run.ops as OpResult[]) {
      if (!op.direct) continue;
      // The ratio's base (apiBench.ts): the request's Cypher on the bare driver for Neo4j, the replayed store calls otherwise.
      const base = op.bareRequest ?? op.direct;
      const httpP50 = op.httpPaired?.p50 ?? op.http?.latency.p50;
      const added = httpP50 !== undefined ? httpP50 - base.p50 : null;
      rows.push([run.size, run.store, op.op, msCell(httpP50), msCell(op.direct.p50), msCell(op.bareRequest?.p50), op.overhead === null ? '—' : `${op.overhead.toFixed(op.overhead < 10 ? 2 : 0)}x`, msCell(added), msCell(op.primary?.p50), msCell(op.bare?.p50), op.storeCalls]);
    }
  }
  if (rows.length === 0) return '';
  return [
    '## GraphQL overhead',
    '',
    'Each request\'s store calls are recorded once and replayed in-process, calls overlapping as they did in the request: on the store ("store calls"), and for Neo4j as the very statements the store sent, on the bare driver (auto-commit `session.run`, no store code: "bare driver, request"). ' +
      'HTTP here is the same requests sent one at a time, interleaved call by call with the replays (half before, half after the autocannon run), so warm-up and load drift favour neither side; the table above is autocannon\'s. ' +
      'Ratio = HTTP p50 / bare-driver request p50 for Neo4j (the target\'s definition), HTTP p50 / store calls p50 for the embedded store; "added" = their difference in ms: what HTTP, GraphQL parsing, validation, cost limits, resolvers and JSON add (and for Neo4j the store layer). ' +
      'When the store answers in microseconds (embedded) the ratio is large whatever the overhead; read the added milliseconds too. ' +
      '"Own query" is the operation\'s main store call alone; for Neo4j "bare driver" is that call\'s statement alone on the bare driver.',
    '',
    table(['data set', 'store', 'operation', 'HTTP p50', 'store calls p50', 'bare driver, request p50', 'ratio', 'added by HTTP + GraphQL', 'own query p50', 'bare driver p50', 'store calls of one request'], rows),
    '',
    reproduce(command(results, ['http'], [...new Set(results.api.map((run) => run.size))], results.options.stores)),
    '',
  ].join('\n');
}

function editSection(results: BenchResults): string {
  const runs = results.edits ?? [];
  if (runs.length === 0) return '';
  const rows = runs.map((run) => [
    run.size,
    run.store,
    String(run.latency?.count ?? 0),
    String(run.entities),
    ...latencyCells(run.latency),
    msCell(run.latency?.max),
    run.hub ? `${msCell(run.hub.latency.p50)} / ${msCell(run.hub.latency.max)} (${run.hub.latency.count})` : '—',
    run.warmupLatency ? `${msCell(run.warmupLatency.p50)} / ${msCell(run.warmupLatency.p99)} (${run.warmupLatency.count})` : '—',
    run.loadAverage.map((value) => f(value, 1)).join(' → '),
    run.error ? `failed: ${run.error}` : '',
  ]);
  return [
    '## Edits over HTTP',
    '',
    `\`updateEntity\` with a new claim (bench/editBench.ts), sent by a signed-in editor (bearer token) to the real server with its state database on disk (WAL, synchronous FULL: an answered edit is on disk), one at a time on a kept-alive connection, round robin over the sample entities and the best-connected one. ${results.settings.editWarmup} warm-up edits come first, reported apart: a fresh Neo4j's JVM compiles its write path over the first couple of thousand (bench/config.ts). ms, from sending the request to the whole answer.`,
    '',
    table(['data set', 'store', 'edits', 'entities', 'p50', 'p95', 'p99', 'max', 'best-connected entity p50 / max (edits)', 'warm-up edits after start p50 / p99 (edits)', 'load average (1 min) start → end', ''], rows),
    '',
    reproduce(command(results, ['edit'], [...new Set(runs.map((run) => run.size))], [...new Set(runs.map((run) => run.store))])),
    '',
  ].join('\n');
}

const ratioCell = (ratio: number | null | undefined) => (ratio === null || ratio === undefined || Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)}x`);

/** One line per data set and operation: the ratios, as the run prints them. */
export function peerSummary(runs: readonly PeerRun[]): string {
  return runs
    .flatMap((run) => (run.error ? [`${run.size}: peer not measured: ${run.error}`] : run.ops.map((op) => `${run.size.padEnd(5)} ${op.op.padEnd(16)} ${op.error ? `failed: ${op.error}` : `${ratioCell(op.ratio)} (ours ${msCell(op.ours?.p50)} ms, peer ${msCell(op.peer?.p50)} ms)`}`)))
    .join('\n');
}

function peerSection(results: BenchResults): string {
  const runs = results.peer ?? [];
  if (runs.length === 0) return '';
  const rows: string[][] = [];
  for (const run of runs) {
    if (run.error) rows.push([run.size, 'peer did not start', '—', '—', '—', '—', '—', '—', '—', run.error]);
    for (const op of run.ops) {
      const status = op.ratio === null ? '' : op.ratio <= PEER_TARGET ? 'ahead (target met)' : op.ratio <= 1 ? 'ahead, short of the target' : 'behind';
      rows.push([
        run.size,
        op.label,
        String(op.inputs),
        msCell(op.ours?.p50),
        msCell(op.ours?.p99),
        msCell(op.peer?.p50),
        msCell(op.peer?.p99),
        ratioCell(op.ratio),
        `${f((op.oursResponseBytes ?? NaN) / 1024, 1)} / ${f((op.peerResponseBytes ?? NaN) / 1024, 1)}`,
        op.error ? `failed: ${op.error}` : status,
      ]);
    }
  }
  return [
    '## Against @neo4j/graphql',
    '',
    'The same four questions asked of this project\'s server (Neo4j store) and of `@neo4j/graphql` 7 (bench/peer/: type definitions generated from the vocabulary and the layout cypher/load-*.cypher stores, one connection field per relation type and direction, the relation count as a `@cypher` field), each served by its own Apollo Server over HTTP in the benchmark process, on the same Neo4j and data. ' +
      'Each operation is written as a user of that API would (bench/peer/operations.ts). Requests go one at a time on a kept-alive connection, ours and the peer\'s interleaved request by request (order rotating each round) after a warm-up of each. ' +
      'Search on the peer is its `@fulltext` query on our fulltext index, handed the Lucene query our store builds from the same text (typo-tolerant, prefixes, names weighed most: what a user of the peer would have to build), so both ask the index the same; ours also puts exact names first. ' +
      'The peer\'s neighbourhood is the entity\'s own relations (a star); ours also returns the relations among the neighbours. ' +
      `Target: ours at most ${PEER_TARGET}x the peer's p50.`,
    '',
    table(['data set', 'operation', 'inputs', 'ours p50', 'ours p99', 'peer p50', 'peer p99', 'ours / peer (p50)', 'response KB (ours / peer)', ''], rows),
    '',
    reproduce(command(results, ['peer'], runs.map((run) => run.size))),
    '',
  ].join('\n');
}

function datasetSection(results: BenchResults): string {
  const rows = results.datasets.map((entry) =>
    'skipped' in entry
      ? [entry.size, '—', '—', '—', '—', '—', '—', '—', `skipped: ${entry.skipped}`]
      : [entry.size, String(entry.entities), String(entry.relations), String(entry.sources), String(entry.claims), String(entry.disputes), entry.generatedMs === null ? 'cached' : seconds(entry.generatedMs), seconds(entry.loadDatasetMs), (entry as DatasetInfo).mixFrom ?? 'the seed itself'],
  );
  const synthetic = results.datasets.filter((entry) => entry.size !== 'seed').map((entry) => entry.size);
  return [
    '## Data sets',
    '',
    'Synthetic sets come from `bench/generate.ts` (fixed-seed mulberry32; kinds and (type, from kind, to kind) mix counted from seed/rotherham; ~10 relations per entity; fuzzy EDTF dates; claims on every record; date, occurrence and figure disputes) into bench/data/<size>/, regenerated when missing or when the seed\'s vocabulary or mix changes.',
    '',
    table(['data set', 'entities', 'relations', 'sources', 'claims', 'disputes', 'generated in', 'loadDataset', 'shape from'], rows),
    '',
    reproduce(synthetic.length > 0 ? `\`npx tsx bench/generate.ts ${synthetic.join(' ')}\`` : '`npx tsx bench/generate.ts 1k 10k 100k`'),
    '',
  ].join('\n');
}

function importSection(results: BenchResults): string {
  if (results.imports.length === 0) return '';
  const rows = results.imports.map((entry) => [entry.size, seconds(entry.ms), entry.error ?? '']);
  return [
    '## Neo4j import',
    '',
    `\`loadDatasetIntoNeo4j\` into a fresh Neo4j ${results.versions.neo4j ?? ''} (tests/neo4j launcher sized by BENCH_NEO4J_MEMORY in bench/neo4j.ts: 12 GB heap, 2 GB page cache), schema + one write transaction, as its own clock reports it.`,
    '',
    table(['data set', 'import', 'error'], rows),
    '',
    reproduce(command(results, ['http'], results.imports.map((entry) => entry.size), ['neo4j'])),
    '',
  ].join('\n');
}

/** The seed's start-up with a change log to replay, when this run measured it. */
function changeLogLines(results: BenchResults): string[] {
  const measured = results.changeLogStartup;
  if (!measured) return [];
  if (!measured.result) return [`With a change log: failed: ${measured.error ?? ''}`, ''];
  const r = measured.result;
  return [
    `With a change log (seed, ${r.changes} recorded edits from bench/changeHistory.ts, medians of ${r.runs} fresh processes each): ${seconds(r.withMs)} against ${seconds(r.withoutMs)} without, so ${seconds(r.withMs - r.withoutMs)} added; createEmbeddedStore ${seconds(r.createStoreWithMs)} against ${seconds(r.createStoreWithoutMs)} (the edits grow the graph from ${r.entitiesWithout} to ${r.entitiesWith} entities).`,
    '',
  ];
}

function startupSection(results: BenchResults): string {
  if (results.startup.length === 0) return '';
  const rows = results.startup.map(({ size, result, error }) => {
    if (!result) return [size, '—', '—', '—', '—', '—', '—', `failed: ${error ?? ''}`];
    const parsingMs = (result.dates.count * result.dates.meanParseUs) / 1000;
    return [
      size,
      seconds(result.processMs),
      seconds(result.loadDatasetMs),
      seconds(result.createStoreMs),
      mb(result.rssBytes),
      mb(result.peakRssBytes),
      `${result.dates.count} (${result.dates.distinct} distinct), ${result.dates.meanParseUs.toFixed(0)} µs each`,
      `≈ ${seconds(parsingMs)} of ${seconds(result.loadDatasetMs)}`,
    ];
  });
  return [
    '## Embedded start-up',
    '',
    'A fresh `node --import tsx bench/startupChild.ts <folder>`: loadDataset + createEmbeddedStore as the server runs them; memory with the store built and the data set released (after gc); peak = maxRSS. Dates: EDTF strings parsed by the loader, and the estimated share of loadDataset spent parsing them (sampled cost × count).',
    '',
    table(['data set', 'process start → store', 'loadDataset', 'createEmbeddedStore', 'RSS after', 'peak RSS', 'EDTF dates parsed', 'date parsing'], rows),
    '',
    ...changeLogLines(results),
    reproduce(command(results, ['startup'], results.startup.map((entry) => entry.size))),
    '',
  ].join('\n');
}

function pageSection(results: BenchResults): string {
  const page = results.page;
  if (page === null) return '';
  if ('skipped' in page) return ['## Page', '', `Skipped: ${page.skipped}`, ''].join('\n');
  const lines = ['## Page', '', `Chromium ${page.browserVersion ?? '?'} headless (playwright-core), 1280×800, software rendering (--disable-gpu). Median of ${results.settings.pageRepeats} run(s).`, ''];
  const js = page.initialJs;
  lines.push(
    '### Initial JavaScript',
    '',
    'skipped' in js
      ? `Not measured: ${js.skipped}`
      : `${(js.gzipBytes / 1024).toFixed(1)} KB gzipped (level 9), ${(js.bytes / 1024).toFixed(1)} KB raw, in ${js.files.map((file) => file.file).join(', ')} (client/dist${js.built ? ', built by this run' : ', as already built'}). The server has no compression middleware: it sends the raw size.`,
    '',
  );
  const seed = page.seedInteractive;
  lines.push(
    '### Seed: navigation to a drawn graph',
    '',
    'skipped' in seed
      ? `Not measured: ${seed.skipped}`
      : `${msCell(seed.medianMs)} ms from navigation start until \`window.__cy\` holds nodes and one more frame is drawn (${seed.nodes} nodes, ${seed.edges} edges; runs: ${seed.runs.map(msCell).join(', ')} ms; fresh browser context each, embedded store).`,
    '',
  );
  const layouts = page.layouts;
  lines.push('### Layout and first draw', '');
  if ('skipped' in layouts) lines.push(`Not measured: ${layouts.skipped}`, '');
  else {
    lines.push(
      "bench/page (built with Vite from client/src/graph: toElements, and the style, renderer options and runLayout('fcose') of the graph mode the element count calls for, as useCytoscape sets them up) on a synthetic graph of one third nodes, two thirds edges; from creating the Cytoscape instance to two animation frames after the layout.",
      '',
      table(
        ['elements', 'page mode (renderer)', 'nodes', 'edges', 'add', 'layout', 'first draw', 'total'],
        layouts.map((run) => [String(run.elements), run.mode ? `${run.mode} (${run.renderer})` : 'not recorded', String(run.nodes), String(run.edges), `${msCell(run.addMs)} ms`, `${msCell(run.layoutMs)} ms`, `${msCell(run.drawMs)} ms`, `${msCell(run.totalMs)} ms`]),
      ),
      '',
    );
  }
  lines.push(...chronologyLines(page.chronology));
  lines.push(reproduce(command(results, ['page'])), '');
  return lines.join('\n');
}

function chronologyLines(chronology: PageResult['chronology']): string[] {
  const lines = ['### Chronology', ''];
  if (!chronology) return [...lines, 'Not in this run.', ''];
  const seed = chronology.seed;
  lines.push(
    'skipped' in seed
      ? `Seed: not measured: ${seed.skipped}`
      : `Seed: ${msCell(seed.medianMs)} ms from clicking the Chronology tab (graph drawn) until its ${seed.items} items are drawn and one more frame has passed (runs: ${seed.runs.map(msCell).join(', ')} ms; includes loading its code and who knew).`,
    '',
  );
  const large = chronology.large;
  if ('skipped' in large) lines.push(`Large: not measured: ${large.skipped}`, '');
  else {
    lines.push(
      'bench/page/chronology.html draws the page\'s ChronologyChart for synthetic dated relations among 60 actors (a fifth warnings, some open-ended), then zooms in and drags the lanes for 2 s, one mouse move per frame.',
      '',
      table(
        ['items', 'lanes', 'renderer', 'drawn', 'panning'],
        large.map((run) => [String(run.items), String(run.lanes), run.renderer, `${msCell(run.drawMs)} ms`, `${run.panFps.toFixed(1)} frames/s`]),
      ),
      '',
    );
  }
  return lines;
}

/** Where the misses are explained, by hand, for one full run (first line: `<!-- run: <startedAt> -->`). */
export const ANALYSIS_MD = join(BENCH_DIR, 'analysis.md');

/**
 * The hand-written analysis of the misses, with a warning when it was written for another run:
 * figures change from run to run, and an explanation must not pass for this run's unchecked.
 */
export function analysisSection(results: BenchResults, text: string | null): string {
  if (text === null || results.mode !== 'full') return '';
  const writtenFor = /^<!-- run: (\S+) -->/.exec(text)?.[1] ?? 'an unnamed run';
  const body = text.replace(/^<!--.*?-->\n*/, '').trim();
  const warning =
    writtenFor === results.startedAt
      ? []
      : [`> Written for the run of ${writtenFor}, not this one (${results.startedAt}): check it against the figures above.`, ''];
  return ['## Analysis of the misses', '', `From bench/analysis.md, written by hand after looking at the run's figures and profiles.`, '', ...warning, body, ''].join('\n');
}

export function renderMarkdown(results: BenchResults, source = 'bench/results/latest.json', analysis: string | null = null): string {
  const { machine, versions } = results;
  const packages = Object.entries(versions.packages).map(([name, version]) => `${name} ${version}`).join(', ');
  const header = [
    '# Benchmarks',
    '',
    `<!-- Generated by bench/report.ts from ${source}; edit bench/, not this file. -->`,
    '',
    `Run: **${results.mode}**${results.partial ? ' (partial)' : ''}, \`${results.command}\`, started ${results.startedAt}, took ${results.wallSeconds.toFixed(0)} s.`,
    '`npm run bench` runs everything (seed, 1k, 10k, 100k; embedded and Neo4j; reads and edits over HTTP; against @neo4j/graphql; start-up; page); `npm run bench -- --quick` is the CI run (seed and 1k, short runs, no @neo4j/graphql comparison unless `--parts` names `peer`, layouts up to 2,000 elements; under three minutes).',
    'Narrow a run with `--sizes seed,1k,10k,100k`, `--stores embedded,neo4j`, `--parts http,edit,peer,startup,page,documents,import`, `--ops entity,search,neighbourhood1,neighbourhood2,paths,timeline,knowledge`: a narrowed run prints its tables and writes its JSON but leaves this file alone.',
    'A run writes bench/results/runs/<start time>-<mode>.json and latest.json beside it (a quick run under bench/results/quick/); git ignores both, so a run never changes this file. `npx tsx bench/report.ts [file]` publishes a run: it copies its JSON into bench/results/ and renders this file from it. Neo4j is measured when Java 17+ (and Maven, once) are available, the page when /usr/bin/chromium exists.',
    '',
    '## Machine and versions',
    '',
    table(
      ['', ''],
      [
        ['CPU', `${machine.cpuModel}, ${machine.cores} cores`],
        ['memory', `${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GB (${(machine.freeMemoryBytes / 1024 ** 3).toFixed(1)} GB free at start)`],
        ['load average at start', `${machine.loadAverage.join(', ')} (shared machine: other work ran alongside)`],
        ['OS', machine.os],
        ['Node', `${versions.node} (heap limit ${mb(machine.nodeHeapLimitBytes)})`],
        ['Neo4j', versions.neo4j ?? (results.neo4j.available ? '?' : `not run: ${results.neo4j.reason}`)],
        ['Java', versions.java ?? '—'],
        ['Chromium', versions.chromium ?? '—'],
        ['packages', packages],
        ['commit', versions.commit ? `${versions.commit}${versions.dirty ? ' + uncommitted changes' : ''}` : '—'],
      ],
    ),
    '',
    '## Targets',
    '',
    table(['target', 'limit', 'measured', 'status'], results.targets.map((check) => [check.target, check.limit, check.measured, STATUS[check.status]])),
    '',
  ].join('\n');
  const notes = results.notes.length > 0 ? ['## Notes', '', ...results.notes.map((note) => `- ${note}`), ''].join('\n') : '';
  const sections = [header, analysisSection(results, analysis), datasetSection(results), apiSection(results), editSection(results), peerSection(results), overheadSection(results), importSection(results), startupSection(results), pageSection(results), notes];
  return sections.filter((section) => section !== '').join('\n');
}

function readAnalysis(): string | null {
  return existsSync(ANALYSIS_MD) ? readFileSync(ANALYSIS_MD, 'utf8') : null;
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * Where a run's results go: a full run under RUNS_DIR, a quick run (CI, every commit) under
 * QUICK_RESULTS_DIR, both ignored by git. A narrowed run is a file of its own: latest.json stays
 * the last whole run.
 */
export function resultPaths(results: BenchResults): { file: string; latest: string | null } {
  const quick = results.mode === 'quick';
  const directory = quick ? QUICK_RESULTS_DIR : RUNS_DIR;
  return {
    file: join(directory, `${results.startedAt.replace(/[:.]/g, '-')}-${results.mode}${results.partial ? '-partial' : ''}.json`),
    latest: results.partial && !quick ? null : join(directory, 'latest.json'),
  };
}

/** Writes a run's results where resultPaths says; returns the JSON file's path. */
export function writeResults(results: BenchResults): string {
  const paths = resultPaths(results);
  mkdirSync(dirname(paths.file), { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeAtomic(paths.file, json);
  if (paths.latest) writeAtomic(paths.latest, json);
  return paths.file;
}

/** Publishes a run: its JSON into bench/results/ (tracked) and BENCHMARKS.md rendered from it. */
function publish(file: string): void {
  if (!existsSync(file)) throw new Error(`${file} does not exist: run \`npm run bench\` first`);
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  const published = join(RESULTS_DIR, basename(file) === 'latest.json' ? basename(resultPaths(results).file) : basename(file));
  if (resolve(file) !== published) copyFileSync(file, published);
  writeAtomic(BENCHMARKS_MD, renderMarkdown(results, relative(ROOT, published), readAnalysis()));
  console.log(`Published ${relative(ROOT, published)} and rendered BENCHMARKS.md from it.`);
}

if (process.argv[1]?.endsWith('report.ts')) publish(process.argv[2] ?? join(RUNS_DIR, 'latest.json'));
