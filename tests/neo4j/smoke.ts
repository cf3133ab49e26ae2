/**
 * Manual smoke check of the Neo4j tooling: `npx tsx tests/neo4j/smoke.ts [runs]`.
 * Starts Neo4j, exercises the schema features the app relies on (uniqueness constraint,
 * full-text index), restarts it on the same port and data dir (as the outage tests will),
 * checks the data survived and that no JVM is left behind. Prints start-up times.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { findJavaAndMaven, startNeo4j, type RunningNeo4j } from './neo4jServer';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`smoke check failed: ${message}`);
}

function launcherPids(): string[] {
  try {
    return execFileSync('pgrep', ['-f', 'Neo4jLauncher'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function run(server: RunningNeo4j, cypher: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(server.uri);
  try {
    return (await driver.executeQuery(cypher, params)).records;
  } finally {
    await driver.close();
  }
}

const tools = findJavaAndMaven();
if (!tools.ok) throw new Error(tools.reason);
const runs = Number(process.argv[2] ?? 3);
// Only our own JVMs count: other checkouts on this machine may run launchers too.
const ours: number[] = [];
const times: number[] = [];

// 1. Fresh server: schema + data, then stop while keeping the (temp) data dir for a restart.
const first = await startNeo4j({ keepDataDir: true });
times.push(first.startupMs);
ours.push(first.pid);
console.log(`Neo4j ${first.version} on ${first.uri} (pid ${first.pid}) in ${(first.startupMs / 1000).toFixed(1)} s`);
await run(first, 'CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE');
await run(first, 'CREATE FULLTEXT INDEX person_text IF NOT EXISTS FOR (p:Person) ON EACH [p.name, p.bio]');
await run(first, 'CALL db.awaitIndexes(60)');
await run(first, 'UNWIND $rows AS row CREATE (:Person {id: row.id, name: row.name, bio: row.bio})', {
  rows: [
    { id: 'p1', name: 'Ada Lovelace', bio: 'wrote the first published algorithm' },
    { id: 'p2', name: 'Grace Hopper', bio: 'built the first compiler' },
  ],
});
let duplicateRejected = false;
try {
  await run(first, "CREATE (:Person {id: 'p1', name: 'Impostor'})");
} catch (err) {
  duplicateRejected = String(err).includes('already exists');
}
assert(duplicateRejected, 'uniqueness constraint did not reject a duplicate id');
const hits = await run(first, "CALL db.index.fulltext.queryNodes('person_text', 'compiler') YIELD node, score RETURN node.id AS id");
assert(hits.length === 1 && hits[0]?.get('id') === 'p2', `full-text query returned ${JSON.stringify(hits.map((r) => r.toObject()))}`);
await first.stop();
assert(!launcherPids().includes(String(first.pid)), `JVM ${first.pid} still running after stop()`);

// 2. Restart on the same port and data dir: data, constraint and index must survive.
const second = await startNeo4j({ port: first.port, dataDir: first.dataDir });
times.push(second.startupMs);
ours.push(second.pid);
const count = await run(second, 'MATCH (p:Person) RETURN count(p) AS n');
assert(count[0]?.get('n').toNumber() === 2, 'data did not survive a restart');
const hits2 = await run(second, "CALL db.index.fulltext.queryNodes('person_text', 'algorithm') YIELD node RETURN node.id AS id");
assert(hits2[0]?.get('id') === 'p1', 'full-text index did not survive a restart');
await second.stop();
assert(existsSync(first.dataDir), 'stop() removed a caller-provided data dir');
rmSync(first.dataDir, { recursive: true, force: true });

// 3. More cold starts on fresh temp dirs, for timing; their dirs must be removed by stop().
for (let i = times.length; i < runs; i++) {
  const server = await startNeo4j();
  times.push(server.startupMs);
  ours.push(server.pid);
  await server.stop();
  assert(!existsSync(server.dataDir), 'stop() left a temp data dir behind');
}

const leftover = launcherPids().filter((pid) => ours.includes(Number(pid)));
assert(leftover.length === 0, `JVMs left behind: ${leftover.join(', ')}`);
console.log(`start-up times (launch → Bolt ready): ${times.map((t) => `${(t / 1000).toFixed(1)} s`).join(', ')}`);
console.log('smoke OK');
