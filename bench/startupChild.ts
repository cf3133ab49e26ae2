// Run by startup.ts in a fresh process, with the start script's Node flags plus --expose-gc.
// Builds the embedded store the way the server does (loadDataset, then createEmbeddedStore,
// replaying the change log of the state folder when one is given), keeps only the store, and
// prints STORE_BUILT the moment it is built (the parent's clock stops there), then one JSON
// line: phase times, memory, and the cost of dates.
import { loadDataset, parseFuzzyDate, type Dataset } from '../server/dataset';
import { createEmbeddedStore } from '../server/store/embedded';

const [dir, stateDir] = process.argv.slice(2);
if (!dir) throw new Error('usage: startupChild.ts <data set folder> [<state folder>]');

/** Every EDTF string the loader parses: record dates, claim dates, figure claims, publications. */
function edtfStrings(dataset: Dataset): string[] {
  const out: string[] = [];
  const claims = (list: { date: { edtf: string } | null }[]) => list.forEach((claim) => claim.date && out.push(claim.date.edtf));
  for (const source of dataset.sources) if (source.published) out.push(source.published.edtf);
  for (const entity of dataset.entities) {
    if (entity.date) out.push(entity.date.edtf);
    claims(entity.claims);
    entity.figures.forEach((figure) => claims(figure.claims));
  }
  for (const relation of dataset.relations) {
    if (relation.date) out.push(relation.date.edtf);
    claims(relation.claims);
  }
  return out;
}

const started = performance.now();
let dataset: Dataset | null = await loadDataset(dir);
const loadedAt = performance.now();
const store = await createEmbeddedStore(dataset, { stateDir: stateDir ?? null });
const builtAt = performance.now();
console.log('STORE_BUILT');

// Diagnosis, after the clock stopped: how many dates, and what one parse costs (2,000 sampled).
const dates = edtfStrings(dataset);
const step = Math.max(1, Math.floor(dates.length / 2_000));
let sampled = 0;
const sampleStart = performance.now();
for (let i = 0; i < dates.length; i += step, sampled++) parseFuzzyDate(dates[i] as string);
const meanParseUs = sampled > 0 ? ((performance.now() - sampleStart) * 1000) / sampled : 0;
const distinct = new Set(dates).size;
const stats = await store.stats();

dataset = null;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
gc?.();
const memory = process.memoryUsage();
console.log(
  JSON.stringify({
    loadDatasetMs: loadedAt - started,
    createStoreMs: builtAt - loadedAt,
    totalMs: builtAt - started,
    rssBytes: memory.rss,
    heapUsedBytes: memory.heapUsed,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    heapLimitBytes: (await import('node:v8')).getHeapStatistics().heap_size_limit,
    dates: { count: dates.length, distinct, meanParseUs },
    stats,
  }),
);
await store.close();
