import type { ChildProcess } from 'node:child_process';
import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/embedded/portCheck.js';
import type { Database } from '../../src/graph/database.js';
import { exampleOperations } from '../../src/server/exampleOperations.js';
import { exitOf } from '../support/processes.js';
import { cleanEnv, startCommand } from '../support/runCommand.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase, testNeo4j } from '../support/testNeo4j.js';

// Scaling out: the service keeps no state of its own, so N replicas behind a load balancer can
// share one Neo4j. Two real service processes (the compiled `npm start` path) over the test
// database must give the same answer to every example operation, and one keeps serving when
// the other is killed.

const READY = /ready \(health: (http:\/\/\S+)\/health/;
const operationNames = parse(exampleOperations).definitions
  .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name !== undefined)
  .map((d) => d.name!.value);

async function run(url: string, operationName: string): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: exampleOperations, operationName }) });
  expect(res.status, operationName).toBe(200);
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(body.errors, operationName).toBeUndefined();
  // The status operation counts nodes and is the same on both; nothing in it is per-process.
  return body.data;
}

describe('two service replicas over one Neo4j', () => {
  let db: Database;
  const replicas: Array<{ child: ChildProcess; url: string }> = [];

  beforeAll(async () => {
    db = testDatabase(120_000);
    await freshCorpusGraph(db);
    const t = testNeo4j();
    for (let i = 0; i < 2; i += 1) {
      const env = cleanEnv({ NEO4J_URI: t.uri, NEO4J_USERNAME: t.username, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database, SKIP_IMPORT: '1', PORT: String(await freePort()) });
      const started = await startCommand('node', ['scripts/run-ts.mjs', '--built', 'src/cli/start.ts'], env, READY);
      replicas.push({ child: started.child, url: started.match[1]! });
    }
  });
  afterAll(async () => {
    for (const r of replicas) r.child.kill('SIGTERM');
    await Promise.all(replicas.map((r) => exitOf(r.child)));
    await db.close();
  });

  it('answer every example operation identically', async () => {
    expect(operationNames.length).toBeGreaterThanOrEqual(5);
    for (const name of operationNames) {
      const [a, b] = await Promise.all(replicas.map((r) => run(r.url, name)));
      expect(b, name).toEqual(a);
    }
  });

  it('serve on when the other replica is killed', async () => {
    const [first, second] = replicas;
    const before = await run(second!.url, 'CoCampaigners');
    first!.child.kill('SIGKILL');
    await exitOf(first!.child);
    expect(await run(second!.url, 'CoCampaigners')).toEqual(before);
  });
});
