// How long the embedded store's indexes take to follow one edit (applyRecordChanges),
// in-process: no change log, no HTTP. Prints latency per kind of edit.
//
//   npx tsx bench/recordChanges.ts --size seed|1k|10k|100k [--data DIR] [--calls 300]
//
// --data reads a data-set folder instead of the size's own (e.g. another checkout's bench/data/100k).

import { parseArgs } from 'node:util';
import { loadDataset, parseFuzzyDate, type Claim, type Entity, type Relation } from '../server/dataset';
import type { RecordChange } from '../server/store/ChangeStore';
import { QUERY_DEADLINE_MS } from '../server/store/deadline';
import { EmbeddedStore } from '../server/store/embedded/EmbeddedStore';
import { ALL_SIZES, datasetDir, type SizeName } from './config';
import { mulberry32, pick } from './random';
import { summarize } from './stats';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'seed' }, data: { type: 'string' }, calls: { type: 'string', default: '300' } }, strict: true });
const size = values.size as SizeName;
if (!ALL_SIZES.includes(size)) throw new Error(`--size: "${values.size}" is not one of ${ALL_SIZES.join(', ')}`);
const calls = Number(values.calls);
if (!Number.isInteger(calls) || calls < 1) throw new Error(`--calls: "${values.calls}" is not a positive whole number`);

const loadStarted = performance.now();
const dataset = await loadDataset(values.data ?? datasetDir(size));
const store = new EmbeddedStore(dataset, QUERY_DEADLINE_MS);
console.log(`${size}: ${dataset.entities.length} entities, ${dataset.relations.length} relations; loaded and built in ${Math.round(performance.now() - loadStarted)} ms`);

const random = mulberry32(20261130);
const entityIds = dataset.entities.map((entity) => entity.id);
const sourceIds = dataset.sources.map((source) => source.id);
const degrees = await store.degrees(entityIds);
const hubIndex = degrees.reduce((best, degree, index) => (degree > (degrees[best] as number) ? index : best), 0);
const hub = entityIds[hubIndex] as string;
const typeLabel = new Map(dataset.vocabulary.map((type) => [type.type, type.label]));
let serial = 0;

const newClaim = (subject: string): Claim => ({
  id: `claim:bench-${subject}-${++serial}`,
  sourceId: pick(random, sourceIds),
  locator: '¶1',
  date: parseFuzzyDate('2009-10'),
  note: 'Benchmark claim.',
  stance: 'supports',
  erratum: null,
});

/** Times one call of `apply`; returns milliseconds. */
function timed(records: RecordChange[]): number {
  const started = performance.now();
  store.applyRecordChanges(records);
  return performance.now() - started;
}

async function entityUpdate(): Promise<number> {
  const [entity] = (await store.entitiesByIds([pick(random, entityIds)])) as [Entity];
  const after: Entity = { ...entity, version: entity.version + 1, date: parseFuzzyDate(pick(random, ['2008-06', '2009~', '2011/2012'])), claims: [...entity.claims, newClaim(entity.id)] };
  return timed([{ kind: 'entity', id: entity.id, before: entity, after }]);
}

/** Creates a relation of `type` (timed), then retracts it (timed separately). */
function relationCreate(type: string, to: () => string): [number, number] {
  const from = pick(random, entityIds);
  let end = to();
  while (end === from) end = pick(random, entityIds);
  const relation: Relation = {
    id: `rel:bench-${++serial}`, type, label: typeLabel.get(type) ?? type, from, to: end, role: null,
    date: parseFuzzyDate('2009-10-15'), note: null, claims: [], disputedFields: [], version: 1,
  };
  relation.claims = [newClaim(relation.id)];
  return [timed([{ kind: 'relation', id: relation.id, before: null, after: relation }]), timed([{ kind: 'relation', id: relation.id, before: relation, after: null }])];
}

const anyEntity = () => pick(random, entityIds);
const cases: [string, () => Promise<number[]> | number[]][] = [
  ['entity update with a claim', async () => [await entityUpdate()]],
  ['relation create, MET (plain)', () => relationCreate('MET', anyEntity)],
  ['relation create, WARNED (carries knowledge)', () => relationCreate('WARNED', anyEntity)],
  ['relation create, PART_OF (passes knowledge)', () => relationCreate('PART_OF', anyEntity)],
  [`relation create, WARNED into the largest hub (${hub}, degree ${degrees[hubIndex]})`, () => relationCreate('WARNED', () => hub)],
];

for (const [name, run] of cases) {
  const created: number[] = [];
  const retracted: number[] = [];
  for (let call = 0; call < calls; call++) {
    const [first, second] = await run();
    created.push(first as number);
    if (second !== undefined) retracted.push(second);
  }
  const line = (label: string, samples: number[]) => {
    const { p50, p95, p99, max } = summarize(samples.slice(Math.min(10, samples.length - 1)));
    console.log(`${label.padEnd(60)} p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)}  p99 ${p99.toFixed(2)}  max ${max.toFixed(2)}`);
  };
  line(name, created);
  if (retracted.length > 0) line(`  ... and its retraction`, retracted);
}
