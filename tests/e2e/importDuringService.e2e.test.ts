import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/embedded/portCheck.js';
import { applySchema } from '../../src/import/applySchema.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { fingerprint, graphSnapshot } from '../support/graphSnapshot.js';
import { exitOf, killAll, processRef, type ProcessRef } from '../support/processes.js';
import { cleanEnv, runCommand, startCommand } from '../support/runCommand.js';
import { testDatabase, testNeo4j, wipeGraph } from '../support/testNeo4j.js';
import { graphql } from '../support/testService.js';
import { BUSY, expectRefusedCliImport, IMPORT, LOADING, neo4jEnv } from '../support/importLockTest.js';

// `npm run import` against a running service (issue 11): allowed while the service is idle, and
// refused (exit 5) while the service's POST /admin/import runs, which is refused (409) in turn
// while a CLI import runs: one lock (src/import/importLock.ts) across the processes. The import
// holding the lock is held still with SIGSTOP from its `loading` line (inside its transaction)
// until the other has answered, so the overlap never depends on timing.

const TOKEN = 'import-during-service-token-0123456789';
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

describe('npm run import against a running service (npm start, SKIP_IMPORT=1, over the clean graph)', () => {
  let url = '';
  let service: Awaited<ReturnType<typeof startCommand>>;
  const LAVALETTE = 'query($t: String!) { status { nodeCount relationshipCount } search(text: $t) { entity { id } } }';
  beforeAll(async () => {
    const port = await freePort();
    service = await startCommand('node', ['scripts/run-ts.mjs', 'src/cli/start.ts'], neo4jEnv({ PORT: String(port), SKIP_IMPORT: '1', ADMIN_TOKEN: TOKEN }), /ready \(health/);
    started.push(processRef(service.child.pid!));
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    service?.child.kill('SIGTERM');
    if (service) await exitOf(service.child);
  });

  it('a CLI import while the service is idle: exit 0, a clean import\'s graph, the service answers as before', async () => {
    const before = await graphql(url, LAVALETTE, { t: 'Michael Lavalette' });
    expect(before.body.errors).toBeUndefined();
    expect((before.body.data?.status as { nodeCount: number }).nodeCount).toBe(clean.nodeCount);
    const run = await runCommand('node', IMPORT, neo4jEnv());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/import finished/);
    expect(fingerprint(await graphSnapshot(db))).toEqual(clean);
    const after = await graphql(url, LAVALETTE, { t: 'Michael Lavalette' });
    expect(after.body).toEqual(before.body);
  });

  it('a CLI import while the service\'s POST /admin/import runs is refused (exit 5), and the admin import completes', async () => {
    const mark = service.output().length;
    const answer = fetch(`${url}/admin/import`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    const ref = processRef(service.child.pid!);
    for (let i = 0; !LOADING.test(service.output().slice(mark)); i++) {
      expect(i, 'the admin import printed `loading`').toBeLessThan(1200);
      await new Promise((r) => setTimeout(r, 50));
    }
    process.kill(ref.pid, 'SIGSTOP');
    try {
      await expectRefusedCliImport();
    } finally {
      process.kill(ref.pid, 'SIGCONT');
    }
    const res = await answer;
    expect(res.status).toBe(200);
    expect((await res.json()).nodes).toBe(clean.nodeCount);
    expect(fingerprint(await graphSnapshot(db))).toEqual(clean);
  });

  it('POST /admin/import while a CLI import runs answers 409, and the CLI import completes', async () => {
    const cli = await startCommand('node', IMPORT, neo4jEnv(), LOADING);
    const ref = processRef(cli.child.pid!);
    started.push(ref);
    process.kill(ref.pid, 'SIGSTOP');
    let refused: Response;
    try {
      refused = await fetch(`${url}/admin/import`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
    } finally {
      process.kill(ref.pid, 'SIGCONT');
    }
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({ error: BUSY });
    expect(await exitOf(cli.child), cli.output()).toEqual({ code: 0, signal: null });
    expect(fingerprint(await graphSnapshot(db))).toEqual(clean);
  });
});
