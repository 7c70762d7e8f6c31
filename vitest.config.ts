import { defineConfig } from 'vitest/config';

// Three kinds of test. Unit tests need no database. Integration (*.int.test.ts) and end-to-end
// (*.e2e.test.ts) tests share one real Neo4j started by tests/support/globalNeo4j.ts, and run
// one file at a time because Community Edition has a single user database.
// Timeouts here only stop a hung run; no test asserts on speed.
export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'neo4j',
          include: ['tests/integration/**/*.int.test.ts', 'tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/support/globalNeo4j.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
