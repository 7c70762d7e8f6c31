import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkJava } from '../../scripts/java-check.mjs';
import { launcherDir } from '../embedded/jvmArgs.js';
import type { ResolvedCorpus } from '../extraction/resolveCorpus.js';
import { BulkCsvWriter, type CsvCounts, type EmptyListSite } from './bulkCsvFiles.js';
import { BulkRows } from './bulkRows.js';
import { progressReporter } from './bulkProgress.js';

/** The bulk load was refused because the database is not empty; nothing was changed. */
export class BulkImportRefusedError extends Error {}
export class BulkImportError extends Error {}

export interface BulkImportOptions {
  /** The embedded data directory (DATA_DIR); Neo4j must NOT be running on it. */
  dataDir: string;
  /** Heap of the importer's JVM (default 1024 MB). */
  heapMb?: number;
  log?: (message: string) => void;
}

export interface BulkImportStats extends CsvCounts {
  /** Writing the CSV files from the resolved rows. */
  csvMs: number;
  /** Neo4j's importer, from start to the store moved into place. */
  importMs: number;
  /** For finishBulkLoad: where lists were empty. */
  emptyLists: EmptyListSite[];
}

/**
 * First load of an EMPTY embedded database with Neo4j's bulk importer. Each `corpora` entry (a
 * shard) is resolved by the caller and written as it arrives (BulkRows: documents and
 * relationships at once, entities at the end), so the caller may read the next shard meanwhile. Then the launcher's BulkImport imports into a
 * staging store and swaps it in, so a killed load leaves the database as it was and a re-run
 * completes it. Refuses (BulkImportRefusedError) when the database holds any node. Derived
 * facts, schema and analytics are the caller's next step (finishBulkLoad), once Neo4j runs.
 */
export async function bulkImportCorpora(corpora: AsyncIterable<ResolvedCorpus> | Iterable<ResolvedCorpus>, o: BulkImportOptions): Promise<BulkImportStats> {
  const log = o.log ?? (() => {});
  const csvDir = mkdtempSync(join(o.dataDir, 'bulk-csv-'));
  try {
    const t0 = Date.now();
    const writer = new BulkCsvWriter(csvDir);
    const rows = new BulkRows(writer);
    try {
      for await (const corpus of corpora) {
        if (corpus.issues.length > 0) throw new BulkImportError(`${corpus.issues.length} validation issue(s); nothing was imported`);
        rows.add(corpus);
      }
      rows.finish();
    } finally {
      writer.close();
    }
    const csvMs = Date.now() - t0;
    log(`bulk import: wrote ${writer.counts.nodes} nodes and ${writer.counts.relationships} relationships to ${writer.counts.files} CSV files in ${csvMs} ms`);
    const t1 = Date.now();
    await runBulkImporter(join(o.dataDir, 'neo4j'), csvDir, o.heapMb ?? 1024, log);
    return { ...writer.counts, csvMs, importMs: Date.now() - t1, emptyLists: [...writer.emptyLists.values()] };
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}

function runBulkImporter(home: string, csvDir: string, heapMb: number, log: (m: string) => void): Promise<void> {
  const java = checkJava(process.env);
  if (!java.ok) return Promise.reject(new BulkImportError(java.message));
  const args = [
    `-Xmx${heapMb}m`, '-XX:+UseG1GC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp', `${join(launcherDir, 'neo4j-launcher.jar')}:${join(launcherDir, 'lib', '*')}`,
    'campaigngraph.launcher.BulkImport', '--data-dir', home, '--csv-dir', csvDir,
  ];
  const child = spawn(java.java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const progress = progressReporter(log);
  createInterface({ input: child.stdout! }).on('line', progress);
  const errors: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    // The importer's own errors come before the launcher's one-line summary; keep the last few.
    if (/^\s+(at |\.\.\. \d+ more)/.test(line)) return;
    errors.push(line.startsWith('neo4j-bulk-import: ') ? line.slice('neo4j-bulk-import: '.length) : line);
    if (errors.length > 8) errors.shift();
  });
  return new Promise((resolvePromise, reject) => {
    child.once('error', (err) => reject(new BulkImportError(`could not start Java: ${err.message}`)));
    child.once('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else if (code === 4) reject(new BulkImportRefusedError(errors.at(-1) ?? 'the database is not empty'));
      else reject(new BulkImportError(errors.filter((l) => l.trim()).join(' | ') || `the bulk importer ended with ${code ?? signal}`));
    });
  });
}
