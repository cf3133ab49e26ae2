import { parseArgs } from 'node:util';
import { DEFAULT_DATASET_DIR, loadDataset, type Entity } from '../server/dataset';
import type { ChangeDraft } from '../server/store/ChangeStore';
import { createNeo4jStore, loadDatasetIntoNeo4j } from '../server/store/neo4j';
import { startNeo4j } from '../tests/neo4j/neo4jServer';
import { summarize } from './stats';

// The store's part of an edit on Neo4j: ChangeStore.commit of "update an entity with a claim"
// (the entity with one more claim and its version moved on), one commit after another, on a
// data set freshly loaded into a Neo4j of its own (or into --uri, whose data it REPLACES).
// The first commit after the store is ready is reported apart: it shows whether the warm-up left
// anything for the first write to plan.
//
//   node --import tsx bench/neo4jEdit.ts [--commits 300] [--data seed/rotherham] [--uri bolt://…]

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '300' },
    data: { type: 'string', default: DEFAULT_DATASET_DIR },
    uri: { type: 'string' },
  },
});
const commits = Number(values.commits);
if (!Number.isInteger(commits) || commits < 1) throw new Error(`--commits must be a whole number of at least 1, not ${values.commits}`);

const dataset = await loadDataset(values.data);
const server = values.uri === undefined ? await startNeo4j() : null;
const uri = values.uri ?? (server?.uri as string);
try {
  // A fresh start for the benchmark: the changes of an earlier run go with the graph.
  await loadDatasetIntoNeo4j({ uri }, dataset, { discardChanges: true });
  const store = await createNeo4jStore({ uri });
  const readyStarted = performance.now();
  await store.ping();
  const readyMs = performance.now() - readyStarted;

  // Round-robin over the entities, each edit citing the next source at a new paragraph.
  const current = new Map<string, Entity>(dataset.entities.map((entity) => [entity.id, entity]));
  const ids = dataset.entities.map((entity) => entity.id);
  const edit = (index: number): ChangeDraft => {
    const before = current.get(ids[index % ids.length] as string) as Entity;
    const source = dataset.sources[index % dataset.sources.length];
    if (!source) throw new Error('the data set has no sources');
    const claim = {
      id: `claim:bench-${index}`,
      sourceId: source.id,
      locator: `¶${1000 + index}`,
      date: null,
      note: 'Benchmark claim: the same fact, cited again.',
      stance: 'supports' as const,
      erratum: null,
    };
    const after: Entity = { ...before, claims: [...before.claims, claim], version: before.version + 1 };
    current.set(after.id, after);
    return { operation: 'addClaim', author: 'bench', reason: 'benchmark edit', records: [{ kind: 'entity', id: after.id, before, after }], revertOf: null };
  };

  const timings: number[] = [];
  for (let index = 0; index <= commits; index++) {
    const draft = edit(index);
    const started = performance.now();
    await store.commit(draft);
    timings.push(performance.now() - started);
  }
  const [first, ...rest] = timings;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const latency = summarize(rest);
  console.log(
    JSON.stringify(
      {
        dataset: dataset.name,
        entities: dataset.entities.length,
        relations: dataset.relations.length,
        readyMs: round(readyMs),
        firstCommitMs: round(first as number),
        commits: latency.count,
        p50: round(latency.p50),
        p95: round(latency.p95),
        p99: round(latency.p99),
        max: round(latency.max),
        mean: round(latency.mean),
      },
      null,
      2,
    ),
  );
  await store.close();
} finally {
  await server?.stop();
}
