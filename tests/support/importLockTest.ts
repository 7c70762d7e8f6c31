import { expect } from 'vitest';
import { cleanEnv, runCommand } from './runCommand.js';
import { testNeo4j } from './testNeo4j.js';

// What the tests of the shared import lock (concurrentImports, importDuringService) have in common.

/** `npm run import` as a node command line. */
export const IMPORT = ['scripts/run-ts.mjs', 'src/cli/import.ts'];
/** The line an import prints inside its transaction, where the tests freeze it with SIGSTOP. */
export const LOADING = /\[campaign-graph\] loading \d+ documents/;
/** The one line a second writer gets while the lock is held. */
export const BUSY = 'another import or ingest is already running on this corpus; try again when it ends';

/** A clean environment pointing at the test Neo4j, plus `extra`. */
export function neo4jEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const t = testNeo4j();
  return cleanEnv({ NEO4J_URI: t.uri, NEO4J_USERNAME: t.username, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database, ...extra });
}

/** `npm run import` run to its end while something else holds the lock: refused with one line. */
export async function expectRefusedCliImport(): Promise<void> {
  const refused = await runCommand('node', IMPORT, neo4jEnv());
  const out = refused.stderr + refused.stdout;
  expect(refused.code, out).toBe(5);
  expect(out).toContain(`campaign-graph: ${BUSY}`);
  expect(out).not.toMatch(/loading|import finished|^\s+at /m);
}
