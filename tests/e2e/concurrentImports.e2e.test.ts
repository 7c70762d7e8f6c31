import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { applySchema } from '../../src/import/applySchema.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { adminRoutes } from '../../src/server/adminRoutes.js';
import { fingerprint, graphSnapshot } from '../support/graphSnapshot.js';
import { exitOf, killAll, processRef, type ProcessRef } from '../support/processes.js';
import { cleanEnv, runCommand, startCommand } from '../support/runCommand.js';
import { testDatabase, testNeo4j, wipeGraph } from '../support/testNeo4j.js';
import { graphql } from '../support/testService.js';
import { BUSY, expectRefusedCliImport, IMPORT, LOADING, neo4jEnv } from '../support/importLockTest.js';

// Two imports at once, and an admin import refused by validation (issue 11): `npm run import` and POST /admin/import share one lock (src/import/importLock.ts); the second is refused (exit 5 / 409) and
// the graph ends exactly as one clean import. The first is held still with SIGSTOP from the
// moment it prints `loading` (inside its transaction, holding the lock) until the second has
// answered, so the overlap never depends on timing. With a running service: importDuringService.e2e.test.ts.

const TOKEN = 'concurrent-imports-token-0123456789';
const db = testDatabase(120_000);
const started: ProcessRef[] = [];
let clean: ReturnType<typeof fingerprint>;

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
      if (LOADING.test(`[campaign-graph] ${m}`) && !second) second = fetch(url, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    };
    const app = express().use('/admin', adminRoutes({ adminToken: TOKEN, corpusDir: join(repoRoot, 'corpus'), extractionDir: join(repoRoot, 'extraction') }, db, log));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/import`;
    try {
      const first = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(second, 'the second request was sent during the first import').toBeDefined();
      const refused = await second!;
      expect(refused.status).toBe(409);
      expect(await refused.json()).toEqual({ error: BUSY });
      expect(first.status).toBe(200);
      expect((await first.json()).nodes).toBe(clean.nodeCount);
    } finally {
      server.close();
    }
    expect(fingerprint(await graphSnapshot(db))).toEqual(clean);
  });

  it('POST /admin/import over a corpus with marked mistakes answers 422 with file:line issues, and loads nothing', async () => {
    const broken = join(repoRoot, 'tests', 'fixtures', 'broken');
    const app = express().use('/admin', adminRoutes({ adminToken: TOKEN, corpusDir: join(broken, 'corpus'), extractionDir: join(broken, 'extraction') }, db));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/import`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: string; issues: string[] };
      expect(body.error).toBe('the extraction files did not validate; nothing was imported');
      // Every issue but the closing count is `file:line: message [code]`, the file one of the broken
      // fixture's (the first is in its corpus/documents.yaml, the rest in its extraction files).
      const located = body.issues.slice(0, -1);
      expect(located.length).toBeGreaterThan(0);
      for (const issue of located) expect(issue).toMatch(/(^|\/)(corpus\/documents|extraction\/doc-[xy])\.yaml:\d+: .* \[[a-z-]+\]$/);
      expect(located).toContainEqual(expect.stringMatching(/extraction\/doc-x\.yaml:16: quote not found verbatim in the document: "Kestrel Fods" \[quote-not-found\]$/));
      expect(body.issues.at(-1)).toBe(`${located.length} validation issue(s); nothing was imported`);
    } finally {
      server.close();
    }
    expect(fingerprint(await graphSnapshot(db)), 'the graph is the clean import, nothing of the broken corpus loaded').toEqual(clean);
  });

  it('two `npm run import` at once: the second exits 5 with one line and does nothing, the first ends as a clean import', async () => {
    const first = await startCommand('node', IMPORT, neo4jEnv(), LOADING);
    const ref = processRef(first.child.pid!);
    started.push(ref);
    process.kill(ref.pid, 'SIGSTOP');
    try {
      await expectRefusedCliImport();
    } finally {
      process.kill(ref.pid, 'SIGCONT');
    }
    const exit = await exitOf(first.child);
    expect(exit, first.output()).toEqual({ code: 0, signal: null });
    expect(first.output()).toMatch(/import finished/);
    expect(fingerprint(await graphSnapshot(db))).toEqual(clean);
  });

  it('SKIP_IMPORT=1: npm start serves the store as it is (one document imported), without importing the corpus', async () => {
    await wipeGraph(db);
    await importCorpusFiles(db, [join(repoRoot, 'extraction', '000_cdae2d0373aead64.yaml')]);
    const oneDoc = fingerprint(await graphSnapshot(db));
    expect(oneDoc.nodeCount).toBeGreaterThan(0);
    expect(oneDoc.nodeCount).toBeLessThan(clean.nodeCount);
    const port = await freePort();
    const run = await startCommand('node', ['scripts/run-ts.mjs', 'src/cli/start.ts'], neo4jEnv({ PORT: String(port), SKIP_IMPORT: '1' }), /ready \(health/);
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
