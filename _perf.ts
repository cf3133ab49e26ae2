import { parseFuzzyDate } from '/work/main/server/dataset/dates';
import type { Dataset, Entity, Relation, Claim, EntityKind } from '/work/main/server/dataset';
import { createEmbeddedStore } from '/work/main/server/store/embedded';
import { buildGraph } from '/work/main/server/store/embedded/buildGraph';
import { buildEntityList } from '/work/main/server/store/embedded/entityList';
import { buildEntitySearch } from '/work/main/server/store/embedded/search';
import { buildTimeline } from '/work/main/server/store/embedded/timeline';
import { buildKnowledge } from '/work/main/server/store/embedded/knowledge';

let seed = 42;
const rand = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const syl = ['ka','lo','mi','ne','ra','to','vi','su','de','ba','zo','ë','an','el','or','is','un','ha','je','pe'];
const word = () => { let w = ''; const n = 2 + Math.floor(rand() * 3); for (let i = 0; i < n; i++) w += syl[Math.floor(rand() * syl.length)]; return w; };
const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
const kinds: EntityKind[] = ['Person', 'Agency', 'Report', 'Event'];
const words = ['north', 'council', 'police', 'report', 'meeting', 'board', 'inquiry', 'officer', 'review', 'audit', 'children', 'warning', 'risk', 'zoë', 'brontë', 'smith', 'jones', 'patel'];
const types = ['WARNED', 'PRESENTED_TO', 'AUTHORED', 'HELD_ROLE', 'COMMISSIONED', 'RESIGNED_AFTER', 'REFERRED_TO'];
const claim = (): Claim => ({ sourceId: 'src-' + Math.floor(rand() * 50), locator: '¶1', date: null, note: 'n', stance: 'supports', erratum: null });
const dateCache = new Map<string, ReturnType<typeof parseFuzzyDate>>();
const date = () => {
  const y = 1990 + Math.floor(rand() * 30); const m = 1 + Math.floor(rand() * 12); const r = rand();
  const e = r < 0.5 ? `${y}-${String(m).padStart(2, '0')}-15` : r < 0.7 ? `${y}-${String(m).padStart(2, '0')}` : r < 0.8 ? `${y}~` : r < 0.85 ? `../${y}` : r < 0.9 ? `${y}/..` : `${y}/${y + 3}`;
  let d = dateCache.get(e); if (!d) { d = parseFuzzyDate(e); dateCache.set(e, d); } return { ...d };
};
const t0 = performance.now();
const N = 100_000, M = 1_000_000;
const entities: Entity[] = [];
for (let i = 0; i < N; i++) {
  const kind = kinds[i % 4]!;
  entities.push({ id: `${kind.toLowerCase()}:e${i}`, kind, name: i === 77 ? 'Zoë Brontë' : `${word()} ${word()}`, aliases: rand() < 0.1 ? [`${pick(words)} alias${i}`] : [], summary: `${pick(words)} ${word()} ${pick(words)} ${word()} ${word()}`, date: rand() < 0.5 ? date() : null, figures: [], claims: [claim()], disputedFields: [] });
}
const relations: Relation[] = [];
for (let i = 0; i < M; i++) {
  // A few hubs, as real data sets have.
  const a = rand() < 0.05 ? Math.floor(rand() * 20) : Math.floor(rand() * N);
  let b = Math.floor(rand() * N); if (b === a) b = (b + 1) % N;
  const type = pick(types);
  relations.push({ id: `rel:r${i}`, type, label: type.toLowerCase(), from: entities[a]!.id, to: entities[b]!.id, role: null, date: rand() < 0.9 ? date() : null, note: null, claims: [claim()], disputedFields: [] });
}
const dataset: Dataset = { name: 'perf', sources: Array.from({ length: 50 }, (_, i) => ({ id: 'src-' + i, title: 't', publisher: null, author: null, published: null, reliability: 'HIGH', note: null, claimCount: 0 })),
  vocabulary: types.map((t) => ({ type: t, label: t, description: 'd', carriesKnowledge: t === 'WARNED' || t === 'PRESENTED_TO' })), entities, relations, disputes: [] };
global.gc?.();
const rssBefore = process.memoryUsage().rss;
console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)}s, rss ${(rssBefore / 2 ** 20).toFixed(0)} MB (dataset only)`);
{
  const ph = (l: string, f: () => unknown) => { const s = performance.now(); const r = f(); console.log(`  phase ${l}: ${(performance.now() - s).toFixed(0)} ms`); return r; };
  const g = ph('graph', () => buildGraph(dataset)) as ReturnType<typeof buildGraph>;
  const list = ph('entityList', () => buildEntityList(dataset.entities)) as ReturnType<typeof buildEntityList>;
  ph('search', () => buildEntitySearch(dataset.entities, list.byId));
  ph('timeline', () => buildTimeline(g, list.byId, dataset.relations));
  ph('knowledge', () => buildKnowledge(list.byId, dataset.relations, dataset.vocabulary));
}
global.gc?.();
const t1 = performance.now();
const store = await createEmbeddedStore(dataset);
const buildMs = performance.now() - t1;
global.gc?.();
const rssAfter = process.memoryUsage().rss;
console.log(`build ${(buildMs / 1000).toFixed(2)}s, rss ${(rssAfter / 2 ** 20).toFixed(0)} MB (+${((rssAfter - rssBefore) / 2 ** 20).toFixed(0)} MB for the store)`);
const time = async (label: string, f: () => Promise<unknown>) => { const s = performance.now(); const r = await f(); console.log(`${label}: ${(performance.now() - s).toFixed(1)} ms`, Array.isArray(r) ? `(${r.length})` : ''); };
await time('search "zoe bronte"', () => store.search({ text: 'zoe bronte', first: 20 }));
await time('search typo', () => store.search({ text: 'councl', first: 20 }));
await time('listEntities page', () => store.listEntities({ kind: 'Person', first: 50, after: undefined }).then((p) => p.items));
await time('relationsOf 50 ids', () => store.relationsOf(entities.slice(1000, 1050).map((e) => e.id), { direction: 'BOTH', first: 100 }));
await time('relationsOf hub (first call sorts)', () => store.relationsOf([entities[3]!.id], { direction: 'BOTH', first: 100 }));
await time('relationsOf hub again', () => store.relationsOf([entities[3]!.id], { direction: 'BOTH', first: 100 }));
await time('neighborhood depth 2 limit 200', () => store.neighborhood({ id: entities[5000]!.id, depth: 2, limit: 200 }).then((s) => s.nodes));
await time('neighborhood hub depth 1', () => store.neighborhood({ id: entities[3]!.id, depth: 1, limit: 500 }).then((s) => s.nodes));
await time('paths maxHops 4 limit 3', () => store.paths({ from: entities[5000]!.id, to: entities[7000]!.id, maxHops: 4, limit: 3 }));
await time('paths maxHops 6 limit 50', () => store.paths({ from: entities[5000]!.id, to: entities[7000]!.id, maxHops: 6, limit: 50 }));
await time('paths types [WARNED] maxHops 6 limit 50', () => store.paths({ from: entities[5000]!.id, to: entities[7000]!.id, maxHops: 6, types: ['WARNED'], limit: 50 }));
await time('timeline all first 200', () => store.timeline({ first: 200 }));
await time('timeline from 2015 first 200', () => store.timeline({ from: '2015-01-01', first: 200 }));
await time('timeline 2019-12 window', () => store.timeline({ from: '2019-12-01', to: '2019-12-31', first: 500 }));
await time('knowledge CERTAIN', () => store.knowledge({ asOf: '2005-06-01', certainty: 'CERTAIN' }));
await time('knowledge POSSIBLE', () => store.knowledge({ asOf: '2005-06-01', certainty: 'POSSIBLE' }));
await time('knowledge actor', () => store.knowledge({ asOf: '2005-06-01', actor: entities[123]!.id, certainty: 'POSSIBLE' }));
console.log(`final rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
