// `npm run bench` (full) or `npm run bench -- --quick` (CI, under three minutes).
// Narrow a run with --sizes seed,1k,10k,100k  --stores embedded,neo4j  --parts http,edit,peer,startup,page,documents,import
// --ops entity,search,...; a run writes its JSON under bench/results/runs/ or quick/ (ignored by
// git) and never BENCHMARKS.md: `npx tsx bench/report.ts FILE` publishes a run.
// Measure the server as it runs in production; must stay the first import (see the file).
import '../server/productionByDefault';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset, type Dataset } from '../server/dataset';
import { createEmbeddedStore } from '../server/store/embedded';
import { createDriver, createNeo4jStore, loadDatasetIntoNeo4j } from '../server/store/neo4j';
import { benchDocuments } from './documentsBench';
import { benchImport } from './importBench';
import type { RunningNeo4j } from '../tests/neo4j/neo4jServer';
import { benchStore, type ApiSettings } from './apiBench';
import { benchEdits, type EditRun } from './editBench';
import { benchPeer, type PeerRun } from './peerBench';
import { ALL_PARTS, ALL_SIZES, MODES, ROOT, SEED_DIR, datasetDir, type PartName, type SizeName, type StoreName } from './config';
import { ensureDataset } from './generate';
import { machine, versions } from './machine';
import { collectImportGarbage, importDataset, startBenchNeo4j } from './neo4j';
import { OP_NAMES, type OpName } from './operations';
import { pageBench } from './pageBench';
import { peerSummary, renderMarkdown, writeResults } from './report';
import type { BenchResults } from './results';
import { pickSamples } from './samples';
import { measureStartup } from './startup';
import { measureChangeLogStartup } from './changeLogStartup';
import { evaluateTargets } from './targets';

function list<T extends string>(option: string | undefined, allowed: readonly T[], name: string): T[] | null {
  if (option === undefined) return null;
  const items = option.split(',').map((item) => item.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) throw new Error(`--${name}: "${item}" is not one of ${allowed.join(', ')}`);
  return items as T[];
}

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' }, stores: { type: 'string' }, parts: { type: 'string' }, ops: { type: 'string' } },
  strict: true,
});
const mode = values.quick ? 'quick' : 'full';
const settings = MODES[mode];
const sizes = list<SizeName>(values.sizes, ALL_SIZES, 'sizes') ?? [...settings.sizes];
const stores = list<StoreName>(values.stores, ['embedded', 'neo4j'], 'stores') ?? ['embedded', 'neo4j'];
const parts = list<PartName>(values.parts, ALL_PARTS, 'parts') ?? [...settings.parts];
const ops = list<OpName>(values.ops, OP_NAMES, 'ops');
const partial = [values.sizes, values.stores, values.parts, values.ops].some((option) => option !== undefined);
const log = (line: string) => console.log(line);

const peerRuns: PeerRun[] = [];
const editRuns: EditRun[] = [];
const startedAt = new Date();
const clockStart = performance.now();
const results: BenchResults = {
  formatVersion: 1,
  mode,
  partial,
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  options: { sizes, stores, parts, ops },
  settings,
  startedAt: startedAt.toISOString(),
  wallSeconds: 0,
  machine: machine(),
  versions: versions(),
  neo4j: { available: false, reason: 'not asked for', startupMs: null },
  datasets: [],
  imports: [],
  api: [],
  edits: editRuns,
  peer: peerRuns,
  startup: [],
  page: null,
  targets: [],
  notes: [],
};
const apiSettings: ApiSettings = {
  http: settings,
  recordSeconds: settings.recordSeconds,
  direct: { calls: settings.directCalls, seconds: settings.directSeconds },
  ...(ops ? { ops } : {}),
};

// The peer runs on Neo4j whatever --stores says: it compares this project's Neo4j store with it.
const needsNeo4j = (stores.includes('neo4j') && (parts.includes('http') || parts.includes('edit') || parts.includes('documents'))) || parts.includes('peer');
let neo4j: RunningNeo4j | null = null;
if (needsNeo4j) {
  log('Starting Neo4j…');
  const start = await startBenchNeo4j();
  if (start.ok) {
    neo4j = start.server;
    results.neo4j = { available: true, reason: null, startupMs: neo4j.startupMs };
    log(`Neo4j ${neo4j.version} on ${neo4j.uri} in ${(neo4j.startupMs / 1000).toFixed(1)} s`);
  } else {
    results.neo4j = { available: false, reason: start.reason, startupMs: null };
    results.notes.push(`Neo4j not measured: ${start.reason}.`);
    log(`Neo4j skipped: ${start.reason}`);
  }
}

try {
  for (const size of sizes) {
    log(`\n== ${size}`);
    let dir = datasetDir(size);
    let generatedMs: number | null = null;
    let mixFrom: string | null = null;
    if (size === 'seed') {
      if (!existsSync(`${SEED_DIR}/entities.json`)) {
        results.datasets.push({ size, skipped: 'seed/rotherham/entities.json does not exist yet' });
        results.notes.push('The seed data set (seed/rotherham) did not exist yet: every seed figure is missing.');
        continue;
      }
    } else {
      const generated = ensureDataset(size);
      ({ dir, generatedMs } = generated);
      mixFrom = generated.manifest.mixFrom;
      if (generatedMs !== null) log(`generated ${size} in ${(generatedMs / 1000).toFixed(1)} s`);
    }
    const loadStart = performance.now();
    let dataset: Dataset | null;
    try {
      dataset = await loadDataset(dir);
    } catch (error) {
      const reason = `loadDataset failed: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`;
      results.datasets.push({ size, skipped: reason });
      results.notes.push(`${size}: ${reason}`);
      log(reason);
      continue;
    }
    const loadDatasetMs = performance.now() - loadStart;
    log(`loadDataset: ${dataset.entities.length} entities, ${dataset.relations.length} relations in ${(loadDatasetMs / 1000).toFixed(1)} s`);
    results.datasets.push({
      size,
      dir: relative(ROOT, dir),
      entities: dataset.entities.length,
      relations: dataset.relations.length,
      sources: dataset.sources.length,
      claims: dataset.sources.reduce((sum, source) => sum + source.claimCount, 0),
      disputes: dataset.disputes.length,
      generatedMs,
      loadDatasetMs,
      mixFrom,
    });

    if (parts.includes('http') || parts.includes('edit') || parts.includes('peer')) {
      const samples = pickSamples(dataset, settings.samples);
      let imported = false;
      if (neo4j && results.imports.length > 0) {
        // Each data set goes into an empty database: replacing what the previous size left
        // doubled the 100k import (183 s against 89 s fresh), and the figure is meant to be
        // the data set's own.
        await neo4j.stop();
        const restart = await startBenchNeo4j();
        neo4j = restart.ok ? restart.server : null;
        if (!restart.ok) results.notes.push(`Neo4j did not restart for ${size}: ${restart.reason}.`);
      }
      if (neo4j) {
        log('importing into Neo4j…');
        const result = await importDataset(neo4j.uri, dataset);
        results.imports.push({ size, ...result });
        imported = result.ms !== null;
        log(imported ? `imported in ${((result.ms ?? 0) / 1000).toFixed(1)} s` : `import failed: ${result.error}`);
        if (imported) {
          const notCollected = await collectImportGarbage(neo4j);
          if (notCollected !== null) results.notes.push(`Neo4j's heap was not collected after the ${size} import (${notCollected}): its figures include that collection's pauses.`);
        }
      }
      if (neo4j && imported && parts.includes('peer')) {
        peerRuns.push(
          await benchPeer({ size, dataDir: dir, neo4jUri: neo4j.uri, dataset, samples, settings: { inputs: settings.peerInputs, timing: { calls: settings.peerCalls, seconds: settings.peerSeconds } }, log }),
        );
      }
      // The embedded servers get stores built from this copy (startServer's `store` option), as
      // openStore would build them, so a big data set is not loaded a second time; the edits
      // keep it until their store is built.
      const editDataset = stores.includes('embedded') && parts.includes('edit') ? dataset : null;
      if (stores.includes('embedded') && parts.includes('http')) {
        const opened = { store: await createEmbeddedStore(dataset), vocabulary: dataset.vocabulary, kinds: dataset.kinds };
        dataset = null;
        results.api.push(await benchStore({ size, store: 'embedded', dataDir: dir, opened, samples, settings: apiSettings, log }));
      }
      if (neo4j && imported && stores.includes('neo4j') && parts.includes('http')) {
        const driver = createDriver({ uri: neo4j.uri });
        try {
          results.api.push(await benchStore({ size, store: 'neo4j', dataDir: dir, neo4jUri: neo4j.uri, driver, samples, settings: apiSettings, log }));
        } finally {
          await driver.close();
        }
      }
      // After the reads, which the edits would change; the embedded store logs them on disk
      // (the one above logs in memory).
      dataset = null;
      const editSettings = { edits: settings.edits, warmup: settings.editWarmup };
      if (editDataset) {
        editRuns.push(await benchEdits({ size, store: 'embedded', dataDir: dir, dataset: editDataset, samples, settings: editSettings, log }));
      }
      if (neo4j && imported && stores.includes('neo4j') && parts.includes('edit')) {
        editRuns.push(await benchEdits({ size, store: 'neo4j', dataDir: dir, neo4jUri: neo4j.uri, samples, settings: editSettings, log }));
      }
    }
    dataset = null;

    if (parts.includes('startup')) {
      log('embedded start-up in a child process…');
      try {
        const result = await measureStartup(dir);
        results.startup.push({ size, result });
        log(`start-up ${(result.processMs / 1000).toFixed(1)} s, RSS ${(result.rssBytes / 1024 ** 2).toFixed(0)} MB, peak ${(result.peakRssBytes / 1024 ** 2).toFixed(0)} MB`);
      } catch (error) {
        results.startup.push({ size, result: null, error: (error as Error).message });
        log(`start-up failed: ${(error as Error).message}`);
      }
      if (size === 'seed') {
        log('embedded start-up with a change log to replay…');
        try {
          const result = await measureChangeLogStartup(dir);
          results.changeLogStartup = { result };
          log(`${result.changes} changes add ${((result.withMs - result.withoutMs) / 1000).toFixed(2)} s to start-up`);
        } catch (error) {
          results.changeLogStartup = { result: null, error: (error as Error).message };
          log(`start-up with a change log failed: ${(error as Error).message}`);
        }
      }
    }
  }
  if (parts.includes('documents')) {
    log('\n== documents');
    const uri = neo4j && stores.includes('neo4j') ? neo4j.uri : null;
    results.documents = await benchDocuments({
      calls: settings.directCalls * 10,
      log,
      ...(uri
        ? {
            openNeo4j: async (dataset: Dataset) => {
              // The benchmark's own Neo4j: the edit part's changes go with the graph they were made on.
              await loadDatasetIntoNeo4j({ uri }, dataset, { discardChanges: true });
              return createNeo4jStore({ uri });
            },
          }
        : {}),
    });
    results.notes.push(...results.documents.notes);
  }
  if (parts.includes('import')) {
    log('\n== import');
    try {
      results.import = { result: await benchImport({ runs: settings.importRuns, log }) };
    } catch (error) {
      results.import = { result: null, error: (error as Error).message };
      log(`import failed: ${(error as Error).message}`);
    }
  }
} finally {
  results.versions = versions({ neo4j: neo4j?.version ?? null });
  await neo4j?.stop();
}

if (parts.includes('page')) {
  log('\n== page');
  results.page = await pageBench(settings);
  if (!('skipped' in results.page)) results.versions.chromium = results.page.browserVersion;
}

if (!sizes.includes('100k')) results.notes.push('100k was not part of this run: its targets are "not measured".');
results.wallSeconds = (performance.now() - clockStart) / 1000;
results.targets = evaluateTargets(results);
const file = writeResults(results);

log('\n== targets');
for (const check of results.targets) log(`${check.status.padEnd(12)} ${check.target}: ${check.measured} (limit ${check.limit})`);
if (peerRuns.length > 0) log(`\n== against @neo4j/graphql (p50 ours / peer)\n${peerSummary(peerRuns)}`);
log(`\nWrote ${relative(ROOT, file)}${partial ? ' (partial run: latest.json left alone)' : ' and latest.json beside it'} in ${results.wallSeconds.toFixed(0)} s.`);
log(`\n${renderMarkdown(results)}`);
if (mode === 'full' && !partial) log(`Publish it to BENCHMARKS.md with: npx tsx bench/report.ts ${relative(ROOT, file)}`);
