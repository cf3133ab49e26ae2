import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for
// @apollo/server; Vite's resolver would give our code the ESM one, and two copies of graphql
// break `instanceof GraphQLError` across them. Pin everything to the copy Node loads.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// One project per test tier, so each tier's setup runs only where it is needed:
// unit (pure code), embedded (store contract + API over HTTP on the in-process store),
// neo4j (the same contract on a real Neo4j 5.26 that the global setup starts), browser
// (real Chromium against the real server).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    // Stopping Neo4j cleanly (checkpoint, close stores) can take longer than Vitest's 10 s default.
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'seed/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'embedded',
          include: ['tests/contract/embedded.test.ts', 'tests/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/contract/neo4j.test.ts', 'tests/neo4j-int/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/neo4j/globalSetup.ts'],
          // One Community database is shared by these files: run them one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // On a busy CI machine a click can take more than expect.poll's default second to show
          // (a render of the whole explorer, a fetch); a wrong answer still fails, only later.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
