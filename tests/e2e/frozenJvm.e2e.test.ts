import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_OPERATIONS, coreOperation, type CoreOperation } from '../../scripts/coreOperations.js';
import { loadConfig } from '../../src/config/config.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { runAutoCommit } from '../../src/import/deriveBatched.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { startService, type RunningService } from '../../src/server/startService.js';
import { canonical } from '../support/graphSnapshot.js';
import { poolState } from '../support/driverPool.js';
import { codesOf, describeOutcome, guardedFetch, postGraphQL, type Outcome } from '../support/guardedFetch.js';
import { isRunning, killAll, processRef, type ProcessRef } from '../support/processes.js';
import { eventually } from '../support/runCommand.js';

// The embedded JVM is frozen (SIGSTOP: what a long GC pause or a frozen VM looks like) under 32
// concurrent clients for 20 s. Neo4j then enforces no transaction timeout, so only the client-
// side deadline in the Database boundary can answer: every request must end with data,
// QUERY_TIMEOUT or SERVICE_UNAVAILABLE before its 30 s hang guard; after SIGCONT, data equal to
// the healthy answers, and no connection left borrowed. Durations are reported, not asserted.

const QUERY_TIMEOUT_MS = 3000;
const GUARD_MS = 30_000;
const CLIENTS = 32;
const FROZEN_MS = 20_000;

type Result = Outcome & { op: CoreOperation };
const isData = (r: Outcome): boolean => r.status === 200 && r.body?.errors === undefined && r.body?.data != null;
const isFault = (r: Outcome): boolean => r.status === 200 && codesOf(r).length > 0 && codesOf(r).every((c) => c === 'SERVICE_UNAVAILABLE' || c === 'QUERY_TIMEOUT');
/** Row order the API does not promise (paths) or index statistics (search scores) aside. */
function comparable(op: CoreOperation, data: unknown): unknown {
  if (op.name === 'search') return ((data as { search: Array<{ entity: { id: string } }> }).search).map((h) => h.entity.id).sort();
  if (op.name === 'paths') return ((data as { paths: unknown[] }).paths).map(canonical).sort();
  return data;
}

describe('the embedded Neo4j is frozen (SIGSTOP) under 32 concurrent clients', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'campaign-graph-frozen-'));
  const jvms: ProcessRef[] = [];
  let service: RunningService | undefined;

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: String(await freePort()), PORT: '0', QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS) });
    service = await startService(config, { log: () => undefined, prepare: ({ db }) => importCorpusFiles(db, []) });
    jvms.push(processRef(service.embedded!.pid!));
  });
  afterAll(async () => {
    if (jvms[0] && isRunning(jvms[0])) process.kill(jvms[0].pid, 'SIGCONT');
    try {
      await service?.stop();
    } finally {
      killAll(jvms);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('answers every request with data, QUERY_TIMEOUT or SERVICE_UNAVAILABLE, and the same data after SIGCONT', async () => {
    const s = service!;
    const baseline = new Map<CoreOperation, unknown>();
    for (const op of CORE_OPERATIONS) {
      const r = await postGraphQL(s.url, op.query, op.variables, GUARD_MS);
      expect(isData(r), `${op.name}: ${describeOutcome(r)}`).toBe(true);
      baseline.set(op, comparable(op, r.body!.data));
    }
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
    const jvm = jvms[0]!;
    let frozenAt = 0;
    let readyWhileFrozen: number | null = null;
    let readyDownMs: number | null = null;
    let bulk: Promise<unknown[]> = Promise.resolve([]);
    let resumedAt = 0;
    try {
      await eventually(() => results.length >= CLIENTS, 600, 50);
      frozenAt = Date.now();
      process.kill(jvm.pid, 'SIGSTOP');
      // The batched import's auto-commit statements (a streamed scan, a CALL … IN TRANSACTIONS
      // step) go through the same boundary: on a frozen JVM they too must end at their deadline.
      const settle = (p: Promise<unknown>): Promise<unknown> => p.then(() => 'answered', (err: unknown) => err);
      bulk = Promise.all([
        settle(s.db.autoCommit('MATCH (n) RETURN n.id AS id', {}, { mode: 'READ', timeoutMs: QUERY_TIMEOUT_MS, onRow: () => undefined })),
        settle(runAutoCommit(s.db, 'MATCH (n:FrozenProbe) CALL (n) { SET n.seen = true } IN TRANSACTIONS OF 10 ROWS', {}, QUERY_TIMEOUT_MS)),
      ]);
      // How soon /ready says 503 (reported, not asserted: the machine's load sets it).
      while (readyDownMs === null && Date.now() - frozenAt < QUERY_TIMEOUT_MS * 2) {
        if ((await guardedFetch(`${s.url}/ready`, {}, GUARD_MS)).status === 503) readyDownMs = Date.now() - frozenAt;
        else await new Promise((r) => setTimeout(r, 250));
      }
      await eventually(() => Date.now() - frozenAt > QUERY_TIMEOUT_MS * 2, 60, 250);
      readyWhileFrozen = (await guardedFetch(`${s.url}/ready`, {}, GUARD_MS)).status;
      await eventually(() => Date.now() - frozenAt >= FROZEN_MS, 120, 250);
    } finally {
      process.kill(jvm.pid, 'SIGCONT');
      resumedAt = Date.now();
    }
    await eventually(async () => (await guardedFetch(`${s.url}/ready`, {}, GUARD_MS)).status === 200, 600, 250);
    const readyAt = Date.now();
    await eventually(() => results.some((r) => r.startedAt > readyAt && isData(r)), 600, 50);
    stop = true;
    await Promise.all(clients);
    const bulkOutcomes = await bulk;

    expect(readyWhileFrozen).toBe(503);
    expect(bulkOutcomes.map((o) => (o as Error)?.name ?? String(o)), 'auto-commit statements ended with a database error').toEqual([
      expect.stringMatching(/^(QueryTimeoutError|DatabaseUnavailableError)$/), expect.stringMatching(/^(QueryTimeoutError|DatabaseUnavailableError)$/)]);
    const hung = results.filter((r) => r.status === null);
    expect(hung.map(describeOutcome), 'no request reached its 30 s guard').toEqual([]);
    const bad = results.filter((r) => !isData(r) && !isFault(r));
    expect(bad.map(describeOutcome), 'data, QUERY_TIMEOUT or SERVICE_UNAVAILABLE only').toEqual([]);
    const during = results.filter((r) => r.endedAt > frozenAt && r.startedAt < resumedAt);
    expect(during.filter(isFault).length, 'requests during the freeze got a fault code').toBeGreaterThan(0);
    const wrong = results.filter(isData).filter((r) => canonical(comparable(r.op, r.body!.data)) !== canonical(baseline.get(r.op)));
    expect(wrong.map(describeOutcome), 'data equal to the healthy answers').toEqual([]);
    const after = results.filter((r) => r.startedAt >= readyAt);
    expect(after.filter((r) => !isData(r)).map(describeOutcome), 'after /ready is 200 again, data only').toEqual([]);
    const slowest = Math.max(...during.map((r) => r.endedAt - r.startedAt));
    console.log(`[frozen JVM] ${CLIENTS} clients, QUERY_TIMEOUT_MS ${QUERY_TIMEOUT_MS}, frozen ${resumedAt - frozenAt} ms: ${results.length} requests; `
      + `during the freeze ${during.length} (${during.filter(isData).length} data, ${during.filter(isFault).length} fault codes); slowest during the freeze ${slowest} ms; `
      + `/ready 503 ${readyDownMs ?? 'not yet'} ms after SIGSTOP, 200 again ${readyAt - resumedAt} ms after SIGCONT; drivers retired ${s.db.retiredDrivers}`);
  });

  it('leaves the pool clean after the freeze: nothing borrowed, and 20 queries in a row succeed', async () => {
    const s = service!;
    // A driver retired at the freeze is replaced by one whose pool exists from its first query.
    await s.db.ping(QUERY_TIMEOUT_MS);
    expect(poolState(s.db.driver)).toMatchObject({ borrowed: 0, waiting: 0 });
    for (let i = 0; i < 20; i += 1) {
      const op = coreOperation(i);
      const r = await postGraphQL(s.url, op.query, op.variables, GUARD_MS);
      expect(isData(r), `query ${i + 1} (${op.name}): ${describeOutcome(r)}`).toBe(true);
    }
    expect(poolState(s.db.driver)).toMatchObject({ borrowed: 0, waiting: 0 });
  });
});
