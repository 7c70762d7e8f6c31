import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../../src/config/repoRoot.js';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/import/applySchema.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { adminRoutes } from '../../src/server/adminRoutes.js';
import { fingerprint, graphSnapshot } from '../support/graphSnapshot.js';
import { exitOf, killAll, processRef, type ProcessRef } from '../support/processes.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { graphql } from '../support/testService.js';
import { cleanEnv, startCommand } from '../support/runCommand.js';
import { testDatabase, testNeo4j, wipeGraph } from '../support/testNeo4j.js';

// Two imports at once through the admin route, and SKIP_IMPORT=1 (issue 11). The second
// request is sent only once the first import has printed `loading` (inside its transaction,
// before its first write), so the overlap does not depend on timing. Two `npm run import` at
// once are not tested here: both exit 0 but leave a graph unlike one clean import (see the
// README's known limits).

const IMPORT = ['scripts/run-ts.mjs', 'src/cli/import.ts'];
const LOADING = /\[campaign-graph\] loading \d+ documents/;
const db = testDatabase(120_000);
const started: ProcessRef[] = [];
let clean: ReturnType<typeof fingerprint>;

function importEnv(): NodeJS.ProcessEnv {
  const t = testNeo4j();
  return cleanEnv({ NEO4J_URI: t.uri, NEO4J_USERNAME: t.username, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database });
}

beforeAll(async () => {
  await wipeGraph(db);
  await applySchema(db);
  await importCorpusFiles(db, []);
  clean = fingerprint(await graphSnapshot(db));
  expect(clean.nodeCount).toBeGreaterThan(300);
});
afterAll(async () => {
  killAll(started);
  await db.close();
});

describe('two imports at once', () => {
  it('POST /admin/import while one is running answers 409, and the running one completes', async () => {
    let url = '';
    let second: Promise<Response> | undefined;
    const log = (m: string): void => {
      // Sent from inside the first import, after it has begun its transaction.
      if (LOADING.test(`[campaign-graph] ${m}`) && !second) second = fetch(url, { method: 'POST', headers: { authorization: 'Bearer t0ken' } });
    };
    const app = express().use('/admin', adminRoutes({ adminToken: 't0ken', corpusDir: join(repoRoot, 'corpus'), extractionDir: join(repoRoot, 'extraction') }, db, log));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/import`;
    try {
      const first = await fetch(url, { method: 'POST', headers: { authorization: 'Bearer t0ken' } });
      expect(second, 'the second request was sent during the first import').toBeDefined();
      const refused = await second!;
      expect(refused.status).toBe(409);
      expect(await refused.json()).toEqual({ error: 'an import is already running' });
      expect(first.status).toBe(200);
      expect((await first.json()).nodes).toBe(clean.nodeCount);
    } finally {
      server.close();
    }
    expect(fingerprint(await graphSnapshot(db))).toEqual(clean);
  });

  it('SKIP_IMPORT=1: npm start serves the store as it is (one document imported), without importing the corpus', async () => {
    await wipeGraph(db);
    await importCorpusFiles(db, [join(repoRoot, 'extraction', '000_cdae2d0373aead64.yaml')]);
    const oneDoc = fingerprint(await graphSnapshot(db));
    expect(oneDoc.nodeCount).toBeGreaterThan(0);
    expect(oneDoc.nodeCount).toBeLessThan(clean.nodeCount);
    const port = await freePort();
    const t = testNeo4j();
    const env = cleanEnv({ NEO4J_URI: t.uri, NEO4J_USERNAME: t.username, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database, PORT: String(port), SKIP_IMPORT: '1' });
    const run = await startCommand('node', ['scripts/run-ts.mjs', 'src/cli/start.ts'], env, /ready \(health/);
    started.push(processRef(run.child.pid!));
    try {
      const url = `http://127.0.0.1:${port}`;
      const status = await graphql(url, '{ status { nodeCount } }');
      expect(status.body.data?.status).toEqual({ nodeCount: oneDoc.nodeCount });
      const hits = await graphql(url, 'query($t: String!) { search(text: $t) { entity { id } } }', { t: 'Michael Lavalette' });
      expect(hits.body.errors).toBeUndefined();
      expect((hits.body.data?.search as Array<{ entity: { id: string } }>)[0]?.entity.id).toMatch(/michael-lavalette/);
      expect(run.output()).not.toMatch(/corpus imported/);
      expect(fingerprint(await graphSnapshot(db))).toEqual(oneDoc);
    } finally {
      run.child.kill('SIGTERM');
      await exitOf(run.child);
    }
  });
});
