import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import { EmbeddedNeo4j } from '../../src/embedded/embeddedNeo4j.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { Database } from '../../src/graph/database.js';
import { applySchema } from '../../src/import/applySchema.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { fingerprint, graphSnapshot } from '../support/graphSnapshot.js';
import { corpusCopy, filesOf, INGEST } from '../support/ingestCommand.js';
import { exitOf, isRunning, killAll, processRef, type ProcessRef } from '../support/processes.js';
import { cleanEnv, eventually, startCommand } from '../support/runCommand.js';

// The database dies in the middle of `npm run ingest`'s import (issue 10 §7). The ingest's import
// is one transaction and its files go through a journal (src/ingest/ingestDocument.ts), so: exit
// 7 with one line, the corpus files exactly as before, and, once Neo4j is started again on the
// same store, the graph exactly as before (counts and content checksum). This test starts a
// Neo4j of its own (never the run's shared one, which other tests use) and no supervisor, so
// nothing restarts it while the ingest's driver retries.

const LOADING = /\[campaign-graph\] loading \d+ documents/;
const PASSWORD = 'ingest-kill-test-password';
const dataDir = mkdtempSync(join(tmpdir(), 'campaign-graph-ingest-kill-'));
const refs: ProcessRef[] = [];
let port = 0;
let root = '';

function neo4j(): EmbeddedNeo4j {
  return new EmbeddedNeo4j({ dataDir, boltPort: port, heapMb: 512, pagecacheMb: 64, txTimeoutSeconds: 120, password: PASSWORD, startupTimeoutMs: 300_000 });
}
async function snapshotOf(jvm: EmbeddedNeo4j): Promise<ReturnType<typeof fingerprint>> {
  const db = new Database({ uri: jvm.uri, username: 'neo4j', password: PASSWORD, database: 'neo4j', queryTimeoutMs: 120_000 });
  try {
    return fingerprint(await graphSnapshot(db));
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  port = await freePort();
  root = corpusCopy('ingest-kill-');
});
afterAll(() => {
  killAll(refs);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

describe('the database killed mid-ingest', () => {
  it('exits 7, leaves the corpus files and the graph exactly as before', async () => {
    const first = neo4j();
    await first.start();
    refs.push(processRef(first.pid!));
    const db = new Database({ uri: first.uri, username: 'neo4j', password: PASSWORD, database: 'neo4j', queryTimeoutMs: 120_000 });
    try {
      await applySchema(db);
      await importCorpusFiles(db, [], { corpusDir: join(root, 'corpus'), extractionDir: join(root, 'extraction') });
    } finally {
      await db.close();
    }
    const before = await snapshotOf(first);
    expect(before.nodeCount).toBeGreaterThan(300);
    const files = filesOf(root);

    const env = cleanEnv({ CORPUS_DIR: root, NEO4J_URI: first.uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: 'neo4j' });
    const ingest = await startCommand('node', [...INGEST, join(repoRoot, 'tests', 'fixtures', 'ingest', 'joint-letter.txt'), '--title', 'Letter'], env, LOADING);
    const client = processRef(ingest.child.pid!);
    refs.push(client);
    // Held still inside its open transaction while the JVM is killed, so it cannot commit first.
    process.kill(client.pid, 'SIGSTOP');
    const jvm = processRef(first.pid!);
    process.kill(jvm.pid, 'SIGKILL');
    await eventually(() => !isRunning(jvm), 200, 100);
    process.kill(client.pid, 'SIGCONT');

    const exit = await exitOf(ingest.child);
    const out = ingest.output();
    expect(exit, out).toEqual({ code: 7, signal: null });
    expect(out).toMatch(/^campaign-graph: importing \d{3}_[0-9a-f]{16} failed, so its files were removed again and nothing was loaded/m);
    expect(out).not.toMatch(/^\s+at /m);
    expect(filesOf(root)).toEqual(files);

    const second = neo4j();
    await second.start();
    refs.push(processRef(second.pid!));
    try {
      expect(await snapshotOf(second)).toEqual(before);
    } finally {
      await second.stop();
    }
  }, 900_000);
});
