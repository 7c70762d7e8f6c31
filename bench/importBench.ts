import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../src/extraction/resolveCorpus.js';
import type { LinkRow } from '../src/extraction/resolveCorpus.js';
import type { Database } from '../src/graph/database.js';
import { applySchema } from '../src/import/applySchema.js';
import { importCorpusBatched, type PhaseStats } from '../src/import/importBatched.js';
import { deriveCampaignedWithBatched, type DeriveStats } from '../src/import/deriveBatched.js';
import { linkQuery } from '../src/import/importCorpus.js';
import { linkParams } from '../src/import/importRows.js';
import { formatIssue } from '../src/validate/validationIssue.js';
import { cpuMeter } from './cpu.js';
import type { CorpusManifest } from './generate.js';

export interface RatePhase extends PhaseStats {
  rowsPerSec: number;
  /** CPU time Neo4j spent on the phase, and rows per Neo4j CPU-second (0 when unknown). */
  neo4jCpuMs: number;
  rowsPerNeo4jCpuSec: number;
}

export interface ImportResult {
  batchSize: number;
  shards: number;
  /** Reading, parsing, validating and resolving the YAML (loadCorpus), over all shards. */
  loadCorpus: { ms: number; mb: number; mbPerSec: number; peakHeapMb: number };
  /** Documents and entities (nodes). */
  entities: RatePhase;
  /** Mentions and evidenced links (relationships). */
  links: RatePhase;
  derivation: RatePhase & { campaignedWith: number; stoodAgainst: number; steps: DeriveStats['steps'] };
  /** One transaction per row, on a sample of links, against the batched load of the same sample. */
  naive: { sampleRows: number; rowsPerSec: number; batchedSampleRowsPerSec: number; ratioToLinksPhase: number; ratioSameSample: number };
  totalMs: number;
}

/** Map.groupBy is Node 21+; the project supports Node 20. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const rate = (p: PhaseStats, cpu = 0): RatePhase => ({
  ...p,
  rowsPerSec: p.ms > 0 ? Math.round((p.rows / p.ms) * 1000) : 0,
  neo4jCpuMs: Math.round(cpu),
  rowsPerNeo4jCpuSec: cpu > 0 ? Math.round((p.rows / cpu) * 1000) : 0,
});

function dirBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return total;
}

/** Link rows with a fresh key (so MERGE creates them), for the naive-versus-batched comparison. */
function sampleLinks(links: readonly LinkRow[], n: number, suffix: string): Array<{ type: string; row: ReturnType<typeof linkParams> }> {
  const types = ['PARTICIPATED_IN', 'SIGNED', 'MEMBER_OF', 'STOOD_IN'];
  const picked = links.filter((l) => types.includes(l.type));
  const step = Math.max(1, Math.floor(picked.length / n));
  const out: Array<{ type: string; row: ReturnType<typeof linkParams> }> = [];
  for (let i = 0; i < picked.length && out.length < n; i += step) {
    const row = linkParams(picked[i]!);
    out.push({ type: picked[i]!.type, row: { ...row, key: `${row.key}#${suffix}` } });
  }
  return out;
}

async function deleteSample(db: Database, sample: ReadonlyArray<{ type: string; row: { key: string } }>): Promise<void> {
  for (const [type, rows] of groupBy(sample, (s) => s.type)) {
    await db.write(`UNWIND $keys AS k MATCH ()-[r:${type} {key: k}]->() DELETE r`, { keys: rows.map((r) => r.row.key) }, 120_000);
  }
}

/**
 * The naive baseline: each link row MERGEd in its own transaction (as a loop of single
 * writes would), then the same number of rows batched, on fresh keys between the same nodes,
 * so both create relationships in the same graph. Both samples are deleted again.
 */
export async function naiveBaseline(db: Database, links: readonly LinkRow[], n: number, batchSize: number): Promise<{ rowsPerSec: number; batchedRowsPerSec: number; rows: number }> {
  const naive = sampleLinks(links, n, 'naive');
  const t0 = Date.now();
  for (const s of naive) await db.write(linkQuery(s.type), { rows: [s.row] }, 60_000);
  const naiveMs = Date.now() - t0;
  const batched = sampleLinks(links, n, 'batched');
  const t1 = Date.now();
  for (const [type, rows] of groupBy(batched, (s) => s.type)) {
    for (let i = 0; i < rows.length; i += batchSize) await db.write(linkQuery(type), { rows: rows.slice(i, i + batchSize).map((r) => r.row) }, 120_000);
  }
  const batchedMs = Date.now() - t1;
  await deleteSample(db, naive);
  await deleteSample(db, batched);
  return { rows: naive.length, rowsPerSec: Math.round((naive.length / Math.max(1, naiveMs)) * 1000), batchedRowsPerSec: Math.round((batched.length / Math.max(1, batchedMs)) * 1000) };
}

export interface ImportBenchOptions {
  /** The Neo4j JVM's pid, to account its CPU time per phase (Linux). */
  neo4jPid?: number | undefined;
  batchSize?: number;
  naiveSample?: number;
  log?: (m: string) => void;
}

/**
 * Loads every shard of a generated corpus (validate with loadCorpus, then importCorpusBatched
 * without derivation), runs the naive baseline after the first shard, then derives once for the
 * whole graph, timing each phase.
 */
export async function importGenerated(db: Database, corpusDir: string, manifest: CorpusManifest, o: ImportBenchOptions = {}): Promise<ImportResult> {
  const log = o.log ?? (() => {});
  const batchSize = o.batchSize ?? 5000;
  const t0 = Date.now();
  await applySchema(db);
  const entities: PhaseStats = { rows: 0, ms: 0, transactions: 0 };
  const links: PhaseStats = { rows: 0, ms: 0, transactions: 0 };
  let loadMs = 0;
  let bytes = 0;
  let peakHeap = 0;
  let naive: Awaited<ReturnType<typeof naiveBaseline>> | null = null;
  let entitiesCpu = 0;
  let linksCpu = 0;
  for (const [i, shard] of manifest.shards.entries()) {
    const dir = join(corpusDir, shard);
    bytes += dirBytes(dir);
    const l0 = Date.now();
    const corpus = await loadCorpus({ corpusDir: join(dir, 'corpus'), extractionDir: join(dir, 'extraction') });
    loadMs += Date.now() - l0;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (corpus.issues.length > 0) {
      throw new Error(`generated shard ${shard} has ${corpus.issues.length} validation issue(s), e.g.\n${corpus.issues.slice(0, 5).map(formatIssue).join('\n')}`);
    }
    const meter = cpuMeter(o.neo4jPid);
    const stats = await importCorpusBatched(db, corpus, { batchSize, prune: false, derive: false, timeoutMs: 600_000 });
    // Both phases run inside one call per shard; Neo4j's CPU is split between them by time.
    const cpu = meter.stop();
    const phaseMs = stats.entities.ms + stats.links.ms;
    entitiesCpu += phaseMs > 0 ? (cpu * stats.entities.ms) / phaseMs : 0;
    linksCpu += phaseMs > 0 ? (cpu * stats.links.ms) / phaseMs : 0;
    for (const [into, from] of [[entities, stats.entities], [links, stats.links]] as const) {
      into.rows += from.rows;
      into.ms += from.ms;
      into.transactions += from.transactions;
    }
    log(`  shard ${i + 1}/${manifest.shards.length}: load ${Date.now() - l0 - stats.entities.ms - stats.links.ms} ms, ${stats.entities.rows} nodes in ${stats.entities.ms} ms, ${stats.links.rows} relationships in ${stats.links.ms} ms`);
    if (naive === null) {
      naive = await naiveBaseline(db, corpus.links, o.naiveSample ?? 2000, batchSize);
      log(`  naive baseline: ${naive.rowsPerSec} rows/s one transaction per row, ${naive.batchedRowsPerSec} rows/s batched (same ${naive.rows} rows)`);
    }
  }
  log('deriving CAMPAIGNED_WITH and STOOD_AGAINST (batched)');
  const deriveMeter = cpuMeter(o.neo4jPid);
  const derive = await deriveCampaignedWithBatched(db, { log });
  const deriveCpu = deriveMeter.stop();
  const derived = derive.campaignedWith + derive.stoodAgainst;
  const linksRate = rate(links, linksCpu);
  const mb = bytes / 1e6;
  return {
    batchSize,
    shards: manifest.shards.length,
    loadCorpus: { ms: loadMs, mb: Math.round(mb * 10) / 10, mbPerSec: Math.round((mb / Math.max(0.001, loadMs / 1000)) * 100) / 100, peakHeapMb: Math.round(peakHeap / 1e6) },
    entities: rate(entities, entitiesCpu),
    links: linksRate,
    derivation: { ...rate({ rows: derived, ms: derive.ms, transactions: 0 }, deriveCpu), campaignedWith: derive.campaignedWith, stoodAgainst: derive.stoodAgainst, steps: derive.steps },
    naive: {
      sampleRows: naive?.rows ?? 0,
      rowsPerSec: naive?.rowsPerSec ?? 0,
      batchedSampleRowsPerSec: naive?.batchedRowsPerSec ?? 0,
      ratioToLinksPhase: naive && naive.rowsPerSec > 0 ? Math.round((linksRate.rowsPerSec / naive.rowsPerSec) * 10) / 10 : 0,
      ratioSameSample: naive && naive.rowsPerSec > 0 ? Math.round((naive.batchedRowsPerSec / naive.rowsPerSec) * 10) / 10 : 0,
    },
    totalMs: Date.now() - t0,
  };
}
