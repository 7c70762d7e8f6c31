import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { EmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j.js';
import { freePort } from '../../src/embedded/portCheck.js';
import type { TestNeo4j } from './testNeo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Starts one embedded Neo4j for the run, on a free port with a temporary data directory, or
 * uses NEO4J_URI when set. Tests wipe the graph, so an external database is used only when
 * NEO4J_TEST_ALLOW_WIPE=1 says its contents may be deleted.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    if (process.env.NEO4J_TEST_ALLOW_WIPE !== '1') {
      throw new Error('NEO4J_URI is set: the tests delete everything in that database. Set NEO4J_TEST_ALLOW_WIPE=1 to allow it, or unset NEO4J_URI to use a temporary embedded Neo4j.');
    }
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME || 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || 'neo4j',
      embedded: false,
    });
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'campaign-graph-test-'));
  const port = await freePort();
  const password = 'test-password-1';
  const db = new EmbeddedNeo4j({ dataDir, boltPort: port, heapMb: 1024, pagecacheMb: 128, txTimeoutSeconds: 60, password, startupTimeoutMs: 180_000 });
  await db.start();
  project.provide('neo4j', { uri: db.uri, username: 'neo4j', password, database: 'neo4j', embedded: true });
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
