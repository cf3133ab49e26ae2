/**
 * `npm run db:start`: a local Neo4j 5.26 for development, no Docker needed.
 * Data persists in .neo4j/data at the repo root (git-ignored; NEO4J_DATA_DIR overrides it);
 * delete that folder to reset. Port: NEO4J_PORT, default 7687. Runs until Ctrl-C, then stops cleanly.
 * Memory (sizes like 512m or 4g; defaults fit the seed): NEO4J_HEAP, NEO4J_PAGE_CACHE,
 * NEO4J_TRANSACTION_MAX and NEO4J_TRANSACTION_TOTAL_MAX ("0" = unlimited). The loader writes a
 * data set in one transaction, so a big one needs all four raised, e.g. for bench/data/100k:
 * NEO4J_HEAP=12g NEO4J_PAGE_CACHE=2g NEO4J_TRANSACTION_MAX=10g NEO4J_TRANSACTION_TOTAL_MAX=10g
 * (as bench/neo4j.ts; replacing an already loaded 100k graph needs more, ~16g heap).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJavaAndMaven, startNeo4j, type Neo4jMemory } from './neo4jServer';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(process.env.NEO4J_DATA_DIR ?? path.join(repoRoot, '.neo4j', 'data'));
const port = Number(process.env.NEO4J_PORT ?? 7687);
if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
  console.error(`NEO4J_PORT must be a port number, got ${process.env.NEO4J_PORT}`);
  process.exit(1);
}

const memory: Neo4jMemory = {
  heap: process.env.NEO4J_HEAP,
  pageCache: process.env.NEO4J_PAGE_CACHE,
  transactionMax: process.env.NEO4J_TRANSACTION_MAX,
  transactionTotalMax: process.env.NEO4J_TRANSACTION_TOTAL_MAX,
};

const tools = findJavaAndMaven();
if (!tools.ok) {
  console.error(`Cannot start Neo4j: ${tools.reason}`);
  process.exit(1);
}

console.log(`Starting Neo4j on 127.0.0.1:${port} with data in ${dataDir} …`);
const server = await startNeo4j({ port, dataDir, memory, log: (line) => console.log(`[neo4j] ${line}`) });
console.log(`
Neo4j ${server.version} is ready at ${server.uri} (no auth) after ${(server.startupMs / 1000).toFixed(1)} s.

  Load the data set:   NEO4J_URI=${server.uri} npm run db:load
  Run the app on it:   NEO4J_URI=${server.uri} npm start

Logs: ${path.join(dataDir, 'logs', 'debug.log')}. Press Ctrl-C to stop.`);

let stopping = false;
const shutdown = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping Neo4j …`);
  server.stop().then(
    () => {
      console.log('Neo4j stopped.');
      process.exit(0);
    },
    (err: unknown) => {
      console.error('Neo4j did not stop cleanly:', err);
      process.exit(1);
    },
  );
};
void server.exited.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`Neo4j exited unexpectedly (code ${code}, signal ${signal}); see the log above.`);
  process.exit(1);
});
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
