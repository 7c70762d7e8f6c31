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
import { cleanEnv, runCommand, startCommand } from '../support/runCommand.js';
import { testDatabase, testNeo4j, wipeGraph } from '../support/testNeo4j.js';

// Two imports at once (issue 11). The second one starts only once the first has printed
// `loading` (inside its transaction, before its first write), so the overlap does not depend
// on timing. Whatever the outcome of each, the graph must end exactly as one clean import.

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

  it('POST /admin/import over extraction files with marked mistakes answers 422 with file:line issues, and loads nothing', async () => {
    const broken = join(repoRoot, 'tests', 'fixtures', 'broken');
    const app = express().use('/admin', adminRoutes({ adminToken: 't0ken', corpusDir: join(broken, 'corpus'), extractionDir: join(broken, 'extraction') }, db));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const before = fingerprint(await graphSnapshot(db));
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/import`, { method: 'POST', headers: { authorization: 'Bearer t0ken' } });
      expect(res.status).toBe(422);
      const body = (await res.json()) as { issues: string[] };
      expect(body.issues.length).toBeGreaterThan(0);
      expect(body.issues.every((i) => /\.yaml:\d+/.test(i))).toBe(true);
      expect(fingerprint(await graphSnapshot(db))).toEqual(before);
    } finally {
      server.close();
    }
  });

  it('two `npm run import` at once: each ends with 0 or one plain refusal line, at least one succeeds, the graph is one clean import', async () => {
    const a = await startCommand('node', IMPORT, importEnv(), LOADING);
    started.push(processRef(a.child.pid!));
    const b = runCommand('node', IMPORT, importEnv());
    const [exitA, resultB] = await Promise.all([exitOf(a.child), b]);
    const outcomes = [{ exit: exitA, out: a.output() }, { exit: { code: resultB.code, signal: null }, out: resultB.stderr + resultB.stdout }];
    for (const { exit, out } of outcomes) {
      expect(exit.signal, out).toBeNull();
      if (exit.code === 0) expect(out).toMatch(/import finished/);
      else {
        expect(exit.code, out).toBe(1);
        // One clear message, no stack trace.
        expect(out).toMatch(/^campaign-graph: .+$/m);
        expect(out).not.toMatch(/^\s+at /m);
      }
    }
    console.log(`[concurrent imports] exit codes ${exitA.code}, ${resultB.code}`);
    expect(outcomes.some((o) => o.exit.code === 0)).toBe(true);
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
