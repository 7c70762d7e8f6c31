/**
 * `npm run bench:bulk -- --scale S|M|L [--no-write]`
 * First load of a generated corpus with Neo4j's bulk importer (src/import/bulkImport.ts) into a
 * fresh data directory, then the steps after it (empty lists, schema, derivation, analytics),
 * then the naive baseline (one transaction per link row, on a sample of the first shard's links,
 * in the loaded graph). Writes bench/results/bulk-<scale>.json and .md. Never fails on time.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { EmbeddedNeo4j } from '../src/embedded/embeddedNeo4j.js';
import { freePort } from '../src/embedded/portCheck.js';
import { loadCorpus, type ResolvedCorpus } from '../src/extraction/resolveCorpus.js';
import { Database } from '../src/graph/database.js';
import { finishBulkLoad } from '../src/import/bulkFinish.js';
import { bulkImportCorpora } from '../src/import/bulkImport.js';
import { MEMORY_BY_SCALE } from './benchNeo4j.js';
import { DEFAULT_SEED, existingCorpus, generateCorpus, peopleFor } from './generate.js';
import { naiveBaseline } from './importBench.js';
import { benchDataDir, benchResultsDir } from './paths.js';

const argv = process.argv.slice(2);
const scaleAt = argv.indexOf('--scale');
const scale = scaleAt >= 0 ? (argv[scaleAt + 1] ?? 'S') : 'S';
const write = !argv.includes('--no-write');
const log = (m: string): void => void process.stderr.write(`[bulk ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const perSec = (rows: number, ms: number): number => (ms > 0 ? Math.round((rows / ms) * 1000) : 0);

async function main(): Promise<void> {
  const corpusDir = join(benchDataDir, scale, 'corpus');
  const manifest = existingCorpus(corpusDir, peopleFor(scale), DEFAULT_SEED) ?? generateCorpus({ scale, outDir: corpusDir, log });
  const dataDir = join(benchDataDir, scale, `bulk-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  let loadMs = 0;
  async function* shards(): AsyncGenerator<ResolvedCorpus> {
    for (const [i, shard] of manifest.shards.entries()) {
      const t = Date.now();
      const corpus = await loadCorpus({ corpusDir: join(corpusDir, shard, 'corpus'), extractionDir: join(corpusDir, shard, 'extraction') });
      loadMs += Date.now() - t;
      log(`shard ${i + 1}/${manifest.shards.length} read in ${Date.now() - t} ms`);
      yield corpus;
    }
  }
  const memory = MEMORY_BY_SCALE[scale] ?? MEMORY_BY_SCALE['S']!;
  const t0 = Date.now();
  const bulk = await bulkImportCorpora(shards(), { dataDir, heapMb: memory.heapMb, log });
  log(`importer: ${bulk.relationships} relationships in ${bulk.importMs} ms = ${perSec(bulk.relationships, bulk.importMs)} relationships/s; CSV ${bulk.csvMs - loadMs} ms, YAML ${loadMs} ms`);
  const password = `bulk-${process.pid}-pw`;
  const neo4j = new EmbeddedNeo4j({ dataDir, boltPort: await freePort(), ...memory, txTimeoutSeconds: 3600, password, startupTimeoutMs: 300_000 });
  const s0 = Date.now();
  await neo4j.start();
  const startMs = Date.now() - s0;
  const db = new Database({ uri: neo4j.uri, username: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 3_600_000 });
  try {
    const finish = await finishBulkLoad(db, bulk.emptyLists, log);
    const totalMs = Date.now() - t0;
    const first = await loadCorpus({ corpusDir: join(corpusDir, manifest.shards[0]!, 'corpus'), extractionDir: join(corpusDir, manifest.shards[0]!, 'extraction') });
    const naive = await naiveBaseline(db, first.links, 2000, 5000);
    const result = {
      scale, people: manifest.people, shards: manifest.shards.length, loadavg: loadavg().map((v) => Math.round(v * 100) / 100),
      nodes: bulk.nodes, relationships: bulk.relationships, csvFiles: bulk.files,
      loadCorpusMs: loadMs, csvMs: bulk.csvMs - loadMs, importerMs: bulk.importMs, neo4jStartMs: startMs,
      importerNodesAndRelationshipsPerSec: perSec(bulk.nodes + bulk.relationships, bulk.importMs),
      importerRelationshipsPerSec: perSec(bulk.relationships, bulk.importMs),
      finish: { emptyListsMs: finish.emptyListsMs, schemaMs: finish.schemaMs, deriveMs: finish.derive.ms, analyticsMs: finish.analyticsMs, campaignedWith: finish.derive.campaignedWith, stoodAgainst: finish.derive.stoodAgainst },
      totalMs,
      naive: { sampleRows: naive.rows, rowsPerSec: naive.rowsPerSec, batchedMergeRowsPerSec: naive.batchedRowsPerSec },
      ratioToNaive: naive.rowsPerSec > 0 ? Math.round((perSec(bulk.relationships, bulk.importMs) / naive.rowsPerSec) * 10) / 10 : 0,
    };
    log(JSON.stringify(result));
    if (write) {
      writeFileSync(join(benchResultsDir, `bulk-${scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
      writeFileSync(join(benchResultsDir, `bulk-${scale}.md`), [
        `# Bulk load at scale ${scale} (${manifest.people.toLocaleString('en')} people), \`npm run bench:bulk -- --scale ${scale}\``, '',
        '| step | time | rows | rate |', '|---|---:|---:|---:|',
        `| read and resolve the YAML shards (loadCorpus) | ${loadMs} ms | | |`,
        `| write CSV files from the MERGE rows | ${result.csvMs} ms | ${bulk.nodes} nodes, ${bulk.relationships} relationships | |`,
        `| Neo4j's bulk importer (incl. empty check, JVM start, staging swap) | ${bulk.importMs} ms | ${bulk.relationships} relationships | ${result.importerRelationshipsPerSec} relationships/s |`,
        `| start Neo4j on the loaded store | ${startMs} ms | | |`,
        `| empty lists, schema, derivation, analytics | ${finish.emptyListsMs} + ${finish.schemaMs} + ${finish.derive.ms} + ${finish.analyticsMs} ms | ${finish.derive.campaignedWith} CAMPAIGNED_WITH, ${finish.derive.stoodAgainst} STOOD_AGAINST | |`,
        `| naive baseline, one transaction per link row (same corpus's rows) | | ${naive.rows} | ${naive.rowsPerSec} rows/s (${result.ratioToNaive}× slower than the importer) |`,
        '', `Total from first shard read to analytics done: ${totalMs} ms. Load average at the end: ${result.loadavg.join(', ')}.`, '',
      ].join('\n'));
    }
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
