/**
 * `npm run bench:bulk -- --scale S|M|L [--queries] [--requests N] [--stop-after STAGE] [--no-write]`
 * First load of a generated corpus with Neo4j's bulk importer (src/import/bulkImport.ts) into a
 * fresh data directory, the shards read by worker threads while the previous one is written
 * (bench/shardReader.ts); then, with Neo4j on the loaded store, the schema, the naive baseline
 * (one transaction per link row of the first shard, same rows as the importer's links), the
 * derivation and the analytics; with --queries (the default at L) the L targets' latencies and
 * the service's RSS (bench/bulkQueries.ts). Writes bench/results/bulk-<scale>.json and .md after
 * every stage, so a run stopped part-way leaves what it measured ("stage" says how far it got).
 * Never fails on time.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedNeo4j } from '../src/embedded/embeddedNeo4j.js';
import { freePort } from '../src/embedded/portCheck.js';
import type { LinkRow, ResolvedCorpus } from '../src/extraction/resolveCorpus.js';
import { Database } from '../src/graph/database.js';
import { deriveCampaignedWithBatched } from '../src/import/deriveBatched.js';
import { prepareBulkStore } from '../src/import/bulkFinish.js';
import { bulkImportCorpora } from '../src/import/bulkImport.js';
import { networkAnalytics } from '../src/import/networkAnalytics.js';
import { MEMORY_BY_SCALE } from './benchNeo4j.js';
import { measureLargeQueries } from './bulkQueries.js';
import { writeBulkResult, type BulkResult } from './bulkResult.js';
import { DEFAULT_SEED, existingCorpus, generateCorpus, peopleFor } from './generate.js';
import { naiveBaseline } from './importBench.js';
import { benchDataDir } from './paths.js';
import { readShards, type ShardTimes } from './shardReader.js';

const argv = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const scale = valueOf('--scale') ?? 'S';
const write = !argv.includes('--no-write');
const queries = argv.includes('--queries') || scale === 'L';
const requests = Number(valueOf('--requests') ?? 200);
/** Ends the run after this stage (e.g. `--stop-after naive` for the import figures only). */
const stopAfter = valueOf('--stop-after');
const log = (m: string): void => void process.stderr.write(`[bulk ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const perSec = (rows: number, ms: number): number => (ms > 0 ? Math.round((rows / ms) * 1000) : 0);

async function main(): Promise<void> {
  const t0 = Date.now();
  const corpusDir = join(benchDataDir, scale, 'corpus');
  const manifest = existingCorpus(corpusDir, peopleFor(scale), DEFAULT_SEED) ?? generateCorpus({ scale, outDir: corpusDir, log });
  const dataDir = join(benchDataDir, scale, `bulk-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const r: BulkResult = { scale, people: manifest.people, shards: manifest.shards.length, startedAt: new Date(t0).toISOString(), stage: 'started', stages: {} };
  const save = (stage: string): boolean => {
    r.stage = stage;
    r.elapsedMs = Date.now() - t0;
    log(`stage ${stage} at ${Math.round(r.elapsedMs / 1000)} s`);
    if (write) writeBulkResult(r);
    return stopAfter !== undefined && stage.startsWith(stopAfter);
  };
  const times: ShardTimes = { parseMs: 0, waitMs: 0 };
  let firstLinks: readonly LinkRow[] = [];
  async function* shards(): AsyncGenerator<ResolvedCorpus> {
    for await (const corpus of readShards(corpusDir, manifest.shards, times, { log })) {
      if (firstLinks.length === 0) firstLinks = corpus.links.slice(0, 20_000);
      yield corpus;
    }
  }
  const memory = MEMORY_BY_SCALE[scale] ?? MEMORY_BY_SCALE['S']!;
  const bulk = await bulkImportCorpora(shards(), { dataDir, heapMb: memory.heapMb, log });
  Object.assign(r, { nodes: bulk.nodes, relationships: bulk.relationships, csvFiles: bulk.files });
  r.stages['read shards and write CSV (wall)'] = { ms: bulk.csvMs, note: `parse in workers ${times.parseMs} ms (summed), of which the writer waited ${times.waitMs} ms` };
  r.stages['bulk importer'] = { ms: bulk.importMs, rows: bulk.relationships, perSec: perSec(bulk.relationships, bulk.importMs) };
  r.endToEnd = { ms: bulk.csvMs + bulk.importMs, relationshipsPerSec: perSec(bulk.relationships, bulk.csvMs + bulk.importMs) };
  save('imported');

  const password = `bulk-${process.pid}-pw`;
  const neo4j = new EmbeddedNeo4j({ dataDir, boltPort: await freePort(), ...memory, txTimeoutSeconds: 3600, password, startupTimeoutMs: 600_000 });
  const s0 = Date.now();
  await neo4j.start();
  r.stages['start Neo4j on the loaded store'] = { ms: Date.now() - s0 };
  const target = { uri: neo4j.uri, username: 'neo4j', password, database: 'neo4j' };
  const db = new Database({ ...target, queryTimeoutMs: 3_700_000 });
  try {
    const prepared = await prepareBulkStore(db, bulk.emptyLists);
    r.stages['empty lists'] = { ms: prepared.emptyListsMs };
    r.stages['schema (indexes online)'] = { ms: prepared.schemaMs };
    if (save('schema')) return;
    const naive = await naiveBaseline(db, firstLinks, 2000, 5000);
    r.naive = { sampleRows: naive.rows, rowsPerSec: naive.rowsPerSec, batchedMergeRowsPerSec: naive.batchedRowsPerSec };
    r.ratioToNaive = naive.rowsPerSec > 0 ? Math.round((perSec(bulk.relationships, bulk.importMs) / naive.rowsPerSec) * 10) / 10 : 0;
    r.endToEndRatioToNaive = naive.rowsPerSec > 0 ? Math.round((r.endToEnd.relationshipsPerSec / naive.rowsPerSec) * 10) / 10 : 0;
    if (save('naive baseline')) return;
    const derive = await deriveCampaignedWithBatched(db, { log });
    r.stages['derivation'] = { ms: derive.ms, rows: derive.sharedActivity + derive.campaignedWith + derive.stoodAgainst, note: `${derive.sharedActivity} SHARED_ACTIVITY, ${derive.campaignedWith} CAMPAIGNED_WITH, ${derive.stoodAgainst} STOOD_AGAINST` };
    if (save('derived')) return;
    const a0 = Date.now();
    await db.transaction((run) => networkAnalytics(run, log), 3_600_000);
    r.stages['network analytics'] = { ms: Date.now() - a0 };
    r.loadedMs = Date.now() - t0;
    save('analytics');
    if (queries) {
      r.queries = await measureLargeQueries(db, target, { seed: DEFAULT_SEED, requests, maxMs: 300_000, log });
      save('queries');
    }
    save('done');
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  log(`failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
