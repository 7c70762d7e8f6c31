import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { startService, type RunningService } from '../../src/server/startService.js';
import { INTERNALS } from '../support/guardedFetch.js';
import { isRunning, killAll, processRef, type ProcessRef } from '../support/processes.js';
import { eventually } from '../support/runCommand.js';
import { graphql } from '../support/testService.js';

// The embedded JVM dies under a running service (OOM killer, a stray kill): the service must
// keep answering, say SERVICE_UNAVAILABLE instead of leaking driver errors, and come back by
// itself once its supervisor has restarted the JVM.

const STATUS = '{ status { nodeCount } }';
/** Real answers from the imported corpus, asked before the kill and again after the restart. */
const ANSWERS = `{
  status { nodeCount relationshipCount }
  election(id: "parl.preston.2005-05-05") { name majority candidacies { person { id } votes rank elected } }
  campaignedWith(personId: "person:ian-lavery", first: 5) { totalCount edges { node { id } sharedCount strength } }
  statement(id: "statement:stop-the-war-ukraine-2022") { signatories(first: 20) { totalCount edges { node { order withdrawn signatory { id } } } } }
}`;

describe('the embedded Neo4j dies while the service runs', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'campaign-graph-outage-'));
  const logs: string[] = [];
  const jvms: ProcessRef[] = [];
  let service: RunningService;
  let stopped = false;

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: String(await freePort()), PORT: '0' });
    service = await startService(config, { log: (m) => logs.push(m), prepare: ({ db }) => importCorpusFiles(db, []) });
  });
  afterAll(async () => {
    try {
      if (service && !stopped) await service.stop();
    } finally {
      killAll(jvms);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  const ready = async (): Promise<{ status: number; body: unknown }> => {
    const res = await fetch(`${service.url}/ready`);
    return { status: res.status, body: await res.json() };
  };

  it('answers SERVICE_UNAVAILABLE while it is down, keeps serving /health, and recovers after the restart', async () => {
    const before = await graphql(service.url, ANSWERS);
    expect(before.body.errors).toBeUndefined();
    // The corpus is there: Hendrick's 2005 majority, Lavery's 165 co-campaigners, the 11 signatories.
    expect(before.body.data).toMatchObject({
      election: { majority: 9407 },
      campaignedWith: { totalCount: 165 },
      statement: { signatories: { totalCount: 11 } },
    });
    expect((before.body.data?.status as { nodeCount: number }).nodeCount).toBeGreaterThan(300);
    expect((await ready()).status).toBe(200);

    const first = processRef(service.embedded!.pid!);
    jvms.push(first);
    process.kill(first.pid, 'SIGKILL');
    await eventually(() => !isRunning(first), 100, 100);

    // The supervisor waits before restarting, and the JVM takes seconds to start: it is down now.
    const down = await graphql(service.url, STATUS);
    expect(down.status).toBe(200);
    expect(down.body.data ?? null).toBeNull();
    expect(down.body.errors).toHaveLength(1);
    const error = down.body.errors![0]!;
    expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).not.toMatch(/neo4j|bolt|driver|socket|ECONN|127\.0\.0\.1|connect/i);
    expect(JSON.stringify(down.body)).not.toMatch(INTERNALS);
    expect(JSON.stringify(down.body)).not.toMatch(/ServiceUnavailable/i);

    const notReady = await ready();
    expect(notReady.status).toBe(503);
    expect(notReady.body).toMatchObject({ status: 'unavailable' });

    const health = await fetch(`${service.url}/health`);
    expect(health.status).toBe(200);

    await eventually(async () => (await ready()).status === 200, 240, 500);
    const second = processRef(service.embedded!.pid!);
    jvms.push(second);
    expect(second).not.toEqual(first);
    expect(isRunning(second)).toBe(true);
    const after = await graphql(service.url, ANSWERS);
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data, 'the same answers after the restart').toEqual(before.body.data);
    // Bolt answers (so /ready is 200) a moment before the launcher prints its ready line.
    await eventually(() => logs.includes('embedded Neo4j restarted and ready'), 60, 250);
  });

  it('stopping the service ends the restarted JVM', async () => {
    const jvm = processRef(service.embedded!.pid!);
    expect(isRunning(jvm)).toBe(true);
    stopped = true;
    await service.stop();
    await eventually(() => !isRunning(jvm));
    for (const old of jvms) expect(isRunning(old)).toBe(false);
  });
});
