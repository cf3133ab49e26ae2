/**
 * Vitest global setup for the `neo4j` project: provides `neo4jUri` to the tests (read it with
 * `inject('neo4jUri')`; null means skip, with `inject('neo4jSkipReason')` saying why).
 *
 * - NEO4J_URI set: use that server, start nothing.
 * - Java 17+/Maven missing: skip the suite (or fail when NEO4J_REQUIRED=1, e.g. in CI).
 * - Otherwise: start a throwaway Neo4j 5.26 on a free port and stop it after the run.
 */
import type { TestProject } from 'vitest/node';
import { findJavaAndMaven, startNeo4j } from './neo4jServer';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string | null;
    neo4jSkipReason: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.NEO4J_URI;
  if (external) {
    project.provide('neo4jUri', external);
    project.provide('neo4jSkipReason', null);
    console.log(`Neo4j suite uses NEO4J_URI=${external}`);
    return undefined;
  }

  const tools = findJavaAndMaven();
  if (!tools.ok) {
    if (process.env.NEO4J_REQUIRED === '1') {
      throw new Error(`NEO4J_REQUIRED=1 but a Neo4j server cannot be started: ${tools.reason}`);
    }
    project.provide('neo4jUri', null);
    project.provide('neo4jSkipReason', tools.reason);
    console.log(`Neo4j suite will be SKIPPED: ${tools.reason} (set NEO4J_URI, or NEO4J_REQUIRED=1 to fail instead)`);
    return undefined;
  }

  const server = await startNeo4j();
  console.log(`Neo4j ${server.version} started on ${server.uri} in ${(server.startupMs / 1000).toFixed(1)} s`);
  project.provide('neo4jUri', server.uri);
  project.provide('neo4jSkipReason', null);
  return async () => {
    await server.stop();
  };
}
