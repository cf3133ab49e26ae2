import { describe, expect, it } from 'vitest';
import type { Dataset, Entity, Relation } from '../../dataset';
import { buildGraph } from './buildGraph';
import { compareIdSequences } from './order';
import { NO_DEADLINE } from '../deadline';
import { findPaths } from './paths';

/** What these tests do not look at: the data set's title and kinds. */
const EMPTY_PROFILE: Pick<Dataset, 'info' | 'kinds'> = { info: { title: 'test', description: 'test', period: { edtf: '2005', text: null, earliest: '2005-01-01', latest: '2005-12-31' } }, kinds: [] };

// findPaths prunes and stops early; this checks it against the plain definition (every simple
// path up to maxHops, sorted, cut at limit) on seeded random multigraphs with hubs, parallel
// relations and a types filter.

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDataset(seed: number): Dataset {
  const next = random(seed);
  const size = 6 + Math.floor(next() * 8);
  const entities: Entity[] = Array.from({ length: size }, (_, index) => ({
    id: `person:p${String(index).padStart(2, '0')}`, kind: 'Person', name: `P${index}`, aliases: [], summary: 's',
    date: null, figures: [], claims: [], disputedFields: [], version: 1,
  }));
  const relations: Relation[] = [];
  const count = size + Math.floor(next() * size * 2);
  for (let index = 0; index < count; index++) {
    const from = Math.floor(next() * size);
    // Entity 0 is a hub; pairs repeat, giving parallel relations.
    const to = next() < 0.3 ? 0 : Math.floor(next() * size);
    if (from === to) continue;
    relations.push({
      id: `rel:r${String(Math.floor(next() * 1000)).padStart(3, '0')}-${index}`, type: next() < 0.5 ? 'A' : 'B', label: 'x',
      from: entities[from]!.id, to: entities[to]!.id, role: null, date: null, note: null, claims: [], disputedFields: [], version: 1,
    });
  }
  return { name: 'random', ...EMPTY_PROFILE, sources: [], vocabulary: [], entities, relations, disputes: [] };
}

function bruteForcePaths(dataset: Dataset, from: string, to: string, maxHops: number, types: string[] | undefined) {
  const found: { nodes: string[]; edges: string[] }[] = [];
  const usable = dataset.relations.filter((relation) => types === undefined || types.includes(relation.type));
  const extend = (nodes: string[], edges: string[]) => {
    const last = nodes[nodes.length - 1]!;
    if (last === to) return void found.push({ nodes: [...nodes], edges: [...edges] });
    if (edges.length === maxHops) return;
    for (const relation of usable) {
      const other = relation.from === last ? relation.to : relation.to === last ? relation.from : null;
      if (other !== null && !nodes.includes(other)) extend([...nodes, other], [...edges, relation.id]);
    }
  };
  if (from !== to) extend([from], []);
  return found.sort((a, b) => a.edges.length - b.edges.length || compareIdSequences(a.nodes, b.nodes) || compareIdSequences(a.edges, b.edges));
}

describe('findPaths against brute force', () => {
  it('gives the same paths in the same order on random multigraphs', () => {
    let compared = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const dataset = randomDataset(seed);
      const graph = buildGraph(dataset);
      const byId = new Map(dataset.entities.map((entity) => [entity.id, entity]));
      const next = random(seed * 7919);
      const pick = () => dataset.entities[Math.floor(next() * dataset.entities.length)]!.id;
      for (let query = 0; query < 4; query++) {
        const from = pick();
        const to = pick();
        const maxHops = 1 + Math.floor(next() * 5);
        const limit = 1 + Math.floor(next() * 30);
        const types = next() < 0.3 ? ['A'] : undefined;
        const expected = bruteForcePaths(dataset, from, to, maxHops, types).slice(0, limit);
        const actual = findPaths(graph, byId, { from, to, maxHops, types, limit }, NO_DEADLINE).map((path) => ({
          nodes: path.nodes.map((node) => node.id),
          edges: path.edges.map((edge) => edge.id),
        }));
        expect(actual, `seed ${seed} ${from} -> ${to} maxHops ${maxHops} limit ${limit} types ${types}`).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
});
