import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBench, type BenchResult } from '../../bench/harness.js';
import { OPERATION_NAMES } from '../../bench/operations.js';
import { loadCorpus } from '../../src/extraction/resolveCorpus.js';
import type { Database } from '../../src/graph/database.js';
import { applySchema } from '../../src/import/applySchema.js';
import { importCorpus } from '../../src/import/importCorpus.js';
import { CORPUS_DIR, EXTRACTION_DIR, importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { testDatabase, testNeo4j, wipeGraph } from '../support/testNeo4j.js';

// Benchmarks are not tests: nothing here looks at a time. This keeps the harness working end to
// end (generate, batched import, the three ways of querying, PROFILE, results files) at a tiny
// scale, and checks that the batched import builds the same graph as the atomic one.

/**
 * Every derived relationship with its properties, in a stable order: the per-activity
 * SHARED_ACTIVITY (several per pair, told apart by activity, via and side) as well as the
 * CAMPAIGNED_WITH summaries and STOOD_AGAINST.
 */
async function derivedSnapshot(db: Database): Promise<unknown[]> {
  return db.read(`
MATCH (a)-[r:SHARED_ACTIVITY|CAMPAIGNED_WITH|STOOD_AGAINST]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to, coalesce(r.activity, ''), coalesce(r.via, ''), coalesce(r.side, '')`, {}, 120_000);
}

async function counts(db: Database): Promise<unknown[]> {
  return db.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type', {}, 120_000);
}

describe('the benchmark harness', () => {
  const db = testDatabase(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  let result: BenchResult;

  beforeAll(async () => {
    await wipeGraph(db);
    result = await runBench({
      scale: 'tiny',
      people: 300,
      neo4j: testNeo4j(),
      corpusDir: join(dir, 'corpus'),
      settings: { requestsC1: 3, requestsC16: 8, warmup: 1, samples: 5, maxMsPerRun: 30_000 },
      writeResults: true,
      resultsDir: join(dir, 'results'),
    });
  }, 600_000);

  afterAll(async () => {
    await wipeGraph(db);
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the JSON and the markdown table', () => {
    const json = JSON.parse(readFileSync(join(dir, 'results', 'tiny.json'), 'utf8')) as BenchResult;
    expect(json.scale).toBe('tiny');
    expect(existsSync(join(dir, 'results', 'tiny.md'))).toBe(true);
    expect(readFileSync(join(dir, 'results', 'tiny.md'), 'utf8')).toMatch(/\| operation \| c1 p50 \| c1 p95 \| c1 p99 \|/);
  });

  it('has p50, p95 and p99 of every operation under graphql, raw and peer', () => {
    for (const op of OPERATION_NAMES) {
      for (const way of ['graphql', 'raw'] as const) {
        const l = result[way][op]!;
        for (const c of [l.c1, l.c16]) {
          expect(c.errors, `${way} ${op}: ${c.firstError ?? ''}`).toBe(0);
          expect(c.requests).toBeGreaterThan(0);
          for (const p of [c.p50, c.p95, c.p99, c.throughput]) expect(p).toBeGreaterThan(0);
        }
      }
      const peer = result.peer[op];
      if (op === 'paths') expect(peer).toBeNull();
      else {
        expect(peer!.c1.errors, peer!.c1.firstError).toBe(0);
        expect(peer!.c1.p99).toBeGreaterThan(0);
      }
    }
  });

  it('records import rates, the naive ratio, db hits, memory and the machine', () => {
    expect(result.import.entities.rowsPerSec).toBeGreaterThan(0);
    expect(result.import.links.rowsPerSec).toBeGreaterThan(0);
    expect(result.import.derivation.campaignedWith).toBeGreaterThan(0);
    expect(result.import.naive.rowsPerSec).toBeGreaterThan(0);
    expect(result.import.naive.ratioToLinksPhase).toBeGreaterThan(0);
    for (const op of OPERATION_NAMES) expect(result.dbHits[op]!.median).toBeGreaterThan(0);
    expect(result.rss.service.peakMbC16).toBeGreaterThan(0);
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.machine.neo4j).toMatch(/^5\.26/);
    expect(result.targets.length).toBeGreaterThan(5);
  });

  it('builds the same graph with the batched import as with the atomic one', async () => {
    await wipeGraph(db);
    await applySchema(db);
    await importCorpusFiles(db, []);
    const atomic = { derived: await derivedSnapshot(db), counts: await counts(db) };
    expect(new Set((atomic.derived as Array<{ type: string }>).map((r) => r.type))).toEqual(new Set(['SHARED_ACTIVITY', 'CAMPAIGNED_WITH', 'STOOD_AGAINST']));
    await wipeGraph(db);
    await applySchema(db);
    await importCorpus(db, await loadCorpus({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR }), { atomic: false });
    expect(await counts(db)).toEqual(atomic.counts);
    expect(await derivedSnapshot(db)).toEqual(atomic.derived);
  });
});
