import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { loadCorpus } from '../../src/extraction/resolveCorpus.js';
import { Database } from '../../src/graph/database.js';
import { bulkImportCorpora, BulkImportRefusedError } from '../../src/import/bulkImport.js';
import { finishBulkLoad } from '../../src/import/bulkFinish.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { fingerprint, graphSnapshot, type GraphSnapshot } from '../support/graphSnapshot.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// A first load with Neo4j's bulk importer gives the graph the MERGE import gives, from the same
// resolved rows of the real corpus; it never replaces a database that holds anything.
// The bulk-loaded store gets a Neo4j of its own (the run's shared one keeps its data directory).

const mergeDb = testDatabase(60_000);
const PASSWORD = 'bulk-test-password';
let dataDir = '';
let merged: GraphSnapshot;

async function withOwnNeo4j<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const neo4j = new EmbeddedNeo4j({ dataDir, boltPort: await freePort(), heapMb: 512, pagecacheMb: 64, txTimeoutSeconds: 600, password: PASSWORD, startupTimeoutMs: 180_000 });
  await neo4j.start();
  const db = new Database({ uri: neo4j.uri, username: 'neo4j', password: PASSWORD, database: 'neo4j', queryTimeoutMs: 60_000 });
  try {
    return await work(db);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'campaign-graph-bulk-test-'));
  await freshCorpusGraph(mergeDb);
  merged = await graphSnapshot(mergeDb);
});
afterAll(async () => {
  await mergeDb.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('bulk import', () => {
  it('gives the same graph as the MERGE import, after a killed run left its staging behind', async () => {
    // What a load killed part-way leaves: a half-written staging store, never the database itself.
    const stale = join(dataDir, 'neo4j', 'bulk-staging', 'data', 'databases', 'neo4j');
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'half-written'), 'left by a killed load');
    const corpus = await loadCorpus({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR });
    const progress: string[] = [];
    const stats = await bulkImportCorpora([corpus], { dataDir, heapMb: 512, log: (m) => progress.push(m) });
    expect(existsSync(join(dataDir, 'neo4j', 'bulk-staging'))).toBe(false);
    // The importer loads every node but the derived Candidacy nodes (finishBulkLoad derives them).
    const candidacies = [...merged.nodes.values()].filter((n) => (JSON.parse(n) as { labels: string[] }).labels.includes('Candidacy')).length;
    expect(candidacies).toBe(23);
    expect(stats.nodes).toBe(merged.nodeCount - candidacies);
    expect(progress).toContainEqual(expect.stringMatching(/^bulk import: IMPORT DONE/));
    const bulk = await withOwnNeo4j(async (db) => {
      await finishBulkLoad(db, stats.emptyLists);
      return graphSnapshot(db);
    });
    // Derived CAMPAIGNED_WITH/STOOD_AGAINST and the analytics are part of both checksums.
    expect(merged.relCount).toBeGreaterThan(stats.relationships);
    expect(fingerprint(bulk)).toEqual(fingerprint(merged));
  });

  it('refuses a database that holds anything, and leaves it as it was', async () => {
    const corpus = await loadCorpus({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR });
    await expect(bulkImportCorpora([corpus], { dataDir, heapMb: 512 })).rejects.toThrow(BulkImportRefusedError);
    const after = await withOwnNeo4j((db) => graphSnapshot(db));
    expect(fingerprint(after)).toEqual(fingerprint(merged));
  });
});
