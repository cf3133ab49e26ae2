import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: { include: ['tests/neo4j/tmp-inject.test.ts'], globalSetup: ['tests/neo4j/globalSetup.ts'], hookTimeout: 180_000, testTimeout: 60_000 },
});
