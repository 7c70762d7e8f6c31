import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_OPERATIONS, coreOperation, type CoreOperation } from '../../scripts/coreOperations.js';
import { loadConfig } from '../../src/config/config.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { startService, type RunningService } from '../../src/server/startService.js';
import { canonical } from '../support/graphSnapshot.js';
import { poolState } from '../support/driverPool.js';
import { codesOf, describeOutcome, guardedFetch, INTERNALS, postGraphQL, type Outcome } from '../support/guardedFetch.js';
import { isRunning, killAll, processRef, type ProcessRef } from '../support/processes.js';
import { eventually } from '../support/runCommand.js';

// Extends embeddedOutage.e2e.test.ts (one query while the JVM is down) to a stream of core
// queries: the JVM is SIGKILLed while requests are in flight, and more keep coming through the
// outage and the supervisor's restart. Every request must get an answer before its hang guard
// fires: data equal to the healthy service's answer, or SERVICE_UNAVAILABLE, nothing else; once
// /ready is 200 again, data only, with no connection left borrowed from the driver's pool.

const QUERY_TIMEOUT_MS = 3000;
/** The hang guard of each request: well above the query timeout, so only a hang trips it. */
const GUARD_MS = QUERY_TIMEOUT_MS * 5;
const CLIENTS = 8;

type Result = Outcome & { op: CoreOperation };

const isData = (r: Outcome): boolean => r.status === 200 && r.body?.errors === undefined && r.body?.data != null;
const isUnavailable = (r: Outcome): boolean => r.status === 200 && codesOf(r).length > 0 && codesOf(r).every((c) => c === 'SERVICE_UNAVAILABLE');

/**
 * An answer's data in a form that does not depend on row order where the API promises none
 * (paths come in no set order) or where crash recovery may legitimately change it (full-text
 * scores depend on the index's segment statistics, which a rebuilt index may not share).
 */
function comparable(op: CoreOperation, data: unknown): unknown {
  if (op.name === 'search') return ((data as { search: Array<{ entity: { id: string } }> }).search).map((h) => h.entity.id).sort();
  if (op.name === 'paths') return ((data as { paths: unknown[] }).paths).map(canonical).sort();
  return data;
}

describe('the embedded Neo4j is SIGKILLed under a stream of concurrent queries', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'campaign-graph-outage-load-'));
  const logs: string[] = [];
  const jvms: ProcessRef[] = [];
  let service: RunningService | undefined;

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: String(await freePort()), PORT: '0', QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
    service = await startService(config, { log: (m) => logs.push(m), prepare: ({ db }) => importCorpusFiles(db, []) });
    jvms.push(processRef(service.embedded!.pid!));
  });
  afterAll(async () => {
    try {
      await service?.stop();
    } finally {
      killAll(jvms);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  const ready = async (): Promise<number | null> => (await guardedFetch(`${service!.url}/ready`, {}, GUARD_MS)).status;

  it('answers every request with data or SERVICE_UNAVAILABLE, says 503 on /ready, and serves the same answers after the restart', async () => {
    const s = service!;
    const baseline = new Map<CoreOperation, unknown>();
    for (const op of CORE_OPERATIONS) {
      const r = await postGraphQL(s.url, op.query, op.variables, GUARD_MS);
      expect(isData(r), `${op.name} ${JSON.stringify(op.variables)}: ${describeOutcome(r)}`).toBe(true);
      baseline.set(op, comparable(op, r.body!.data));
    }
    expect((baseline.get(CORE_OPERATIONS.find((o) => o.name === 'paths')!) as unknown[]).length).toBeGreaterThan(0);

    const results: Result[] = [];
    let stop = false;
    let next = 0;
    const client = async (): Promise<void> => {
      while (!stop) {
        const op = coreOperation(next++);
        results.push({ ...(await postGraphQL(s.url, op.query, op.variables, GUARD_MS)), op });
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    try {
      await eventually(() => results.length >= 5 * CLIENTS, 600, 50);

      const jvm = processRef(s.embedded!.pid!);
      const killedAt = Date.now();
      process.kill(jvm.pid, 'SIGKILL');
      await eventually(() => !isRunning(jvm), 200, 50);
      // The supervisor waits a second before restarting, and the JVM takes seconds to start.
      const readyWhileDown = await ready();
      await eventually(() => results.some((r) => r.startedAt > killedAt && isUnavailable(r)), 600, 50);
      const firstUnavailableAt = Math.min(...results.filter((r) => r.startedAt > killedAt && isUnavailable(r)).map((r) => r.endedAt));
      await eventually(async () => (await ready()) === 200, 600, 250);
      const readyAgainAt = Date.now();
      jvms.push(processRef(s.embedded!.pid!));
      // Serving again: every kind of core operation answers with data, asked after recovery.
      await eventually(() => ['search', 'campaignedWith', 'paths', 'election'].every((kind) =>
        results.some((r) => r.startedAt > readyAgainAt && r.op.name === kind && isData(r))), 600, 50);
      stop = true;
      await Promise.all(clients);

      expect(readyWhileDown).toBe(503);
      const failures = results.filter((r) => !isData(r) && !isUnavailable(r));
      expect(failures.map((r) => `${r.op.name} sent ${r.startedAt - killedAt} ms after the kill (ready again at ${readyAgainAt - killedAt} ms): ${describeOutcome(r)}`), 'every answer is data or SERVICE_UNAVAILABLE, none hangs').toEqual([]);
      const leaks = results.filter((r) => INTERNALS.test(r.text));
      expect(leaks.map(describeOutcome), 'no answer names the database, the protocol or a stack frame').toEqual([]);

      const inFlight = results.filter((r) => r.startedAt <= killedAt && r.endedAt > killedAt);
      const duringOutage = results.filter((r) => r.startedAt > killedAt && r.startedAt < readyAgainAt);
      const afterRecovery = results.filter((r) => r.startedAt >= readyAgainAt);
      expect(inFlight.length, 'requests were in flight at the kill').toBeGreaterThan(0);
      expect(duringOutage.filter(isUnavailable).length).toBeGreaterThan(0);
      // Every data answer, whenever it came (before the kill, in flight, during the outage or
      // after it), is the answer the healthy service gave: a half-started database answering an
      // empty search or a short list would show here, not pass as well-shaped data.
      const wrongData = results.filter(isData).filter((r) => canonical(comparable(r.op, r.body!.data)) !== canonical(baseline.get(r.op)));
      expect(wrongData.map((r) => `${r.op.name} ${JSON.stringify(r.op.variables)} sent ${r.startedAt - killedAt} ms after the kill: ${describeOutcome(r)}`), 'data answers equal to the baseline').toEqual([]);
      // Once /ready says 200 again the gate is open: every request sent from then on gets data.
      expect(afterRecovery.length).toBeGreaterThan(0);
      expect(afterRecovery.filter((r) => !isData(r)).map(describeOutcome), 'after recovery, data only').toEqual([]);

      const count = (rs: Result[]): string => `${rs.length} (${rs.filter(isData).length} data, ${rs.filter(isUnavailable).length} SERVICE_UNAVAILABLE)`;
      const slowest = Math.max(...results.filter((r) => r.endedAt > killedAt && r.startedAt < readyAgainAt).map((r) => r.endedAt - r.startedAt));
      console.log(`[outage under load] ${CLIENTS} clients, QUERY_TIMEOUT_MS ${QUERY_TIMEOUT_MS}, hang guard ${GUARD_MS} ms: ${results.length} requests; `
        + `in flight at the kill ${count(inFlight)}; sent during the outage ${count(duringOutage)}; after recovery ${count(afterRecovery)}; `
        + `first SERVICE_UNAVAILABLE ${firstUnavailableAt - killedAt} ms after the kill; /ready 200 again ${readyAgainAt - killedAt} ms after the kill; `
        + `slowest answer during the outage ${slowest} ms; aborted 0`);
    } finally {
      stop = true;
      await Promise.all(clients);
    }
  });

  it('leaves no session open: nothing is borrowed from the pool, no transaction is open, and 50 queries in a row succeed', async () => {
    const s = service!;
    // No request is running now, so every connection must be back in the pool.
    const drained = poolState(s.db.driver);
    expect(drained).toMatchObject({ borrowed: 0, waiting: 0 });
    const open = await s.db.read("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId, currentQuery");
    expect(open).toEqual([]);
    for (let i = 0; i < 50; i += 1) {
      const op = coreOperation(i);
      const r = await postGraphQL(s.url, op.query, op.variables, GUARD_MS);
      expect(isData(r), `query ${i + 1} of 50 (${op.name}): ${describeOutcome(r)}`).toBe(true);
    }
    const after = poolState(s.db.driver);
    expect(after).toMatchObject({ borrowed: 0, waiting: 0 });
    console.log(`[outage under load] driver pool after the stream: ${JSON.stringify(drained)}; after 50 sequential queries: ${JSON.stringify(after)}`);
  });

  it('stop() ends the restarted JVM, and no JVM of this service is left', async () => {
    expect(jvms.length).toBe(2);
    expect(isRunning(jvms[0]!)).toBe(false);
    expect(isRunning(jvms[1]!)).toBe(true);
    const s = service!;
    service = undefined;
    await s.stop();
    await eventually(() => jvms.every((p) => !isRunning(p)), 120, 250);
    expect(logs).toContain('embedded Neo4j restarted and ready');
  });
});
