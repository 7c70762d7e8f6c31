import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { ingestDocument } from '../../src/ingest/ingestDocument.js';
import { IngestError } from '../../src/ingest/ingestErrors.js';
import { fingerprint, graphSnapshot } from '../support/graphSnapshot.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// A full disk (issue 12 §5): CORPUS_DIR on a 4 MiB tmpfs mounted for this test, filled so that
// only a few pages are free. An ingest then stops at the lock file (0 pages), at documents.yaml
// (2 pages: the lock and the text fit) or at the extraction file (4 pages: the lock, the text and
// the new documents.yaml fit). Each time it must answer one IngestError 'disk', leave every file
// of corpus/ and extraction/ byte for byte as it was (no temporary or backup file either), leave
// the graph's checksum unchanged, and the database serving reads. Mounting needs root.
const FIXTURE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ingest', 'rally-report.txt'), 'utf8');
const db = testDatabase(60_000);
let mount = '';

function filesOf(dirs: { corpusDir: string; extractionDir: string }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of [dirs.corpusDir, dirs.extractionDir]) for (const n of readdirSync(dir)) out[join(dir, n)] = readFileSync(join(dir, n), 'utf8');
  return out;
}

/** Fills the tmpfs so that exactly `pages` blocks are free; returns what statfs then says. */
function leaveFree(pages: number): number {
  rmSync(join(mount, 'filler'), { force: true });
  const fs = statfsSync(mount);
  writeFileSync(join(mount, 'filler'), Buffer.alloc((fs.bavail - pages) * fs.bsize));
  return statfsSync(mount).bavail;
}

beforeAll(async () => {
  mount = mkdtempSync(join(tmpdir(), 'campaign-graph-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mount], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`the full-disk test mounts a 4 MiB tmpfs and needs root for it: ${(err as Error).message}`);
  }
  await freshCorpusGraph(db);
});
afterAll(async () => {
  await db.close();
  execFileSync('umount', [mount]);
  rmSync(mount, { recursive: true, force: true });
});

describe('an ingest onto a full disk', () => {
  it.each([
    [0, 'the lock file'],
    [2, 'documents.yaml'],
    [4, 'the extraction file'],
  ])('with %i pages free (stops at %s): one disk error, files and graph as they were, reads served', async (pages) => {
    const root = join(mount, `corpus-${pages}`);
    mkdirSync(root);
    const dirs = { corpusDir: join(root, 'corpus'), extractionDir: join(root, 'extraction') };
    cpSync(CORPUS_DIR, dirs.corpusDir, { recursive: true });
    cpSync(EXTRACTION_DIR, dirs.extractionDir, { recursive: true });
    const files = filesOf(dirs);
    const graph = fingerprint(await graphSnapshot(db));
    expect(leaveFree(pages), 'the tmpfs has exactly that many pages free').toBe(pages);

    const err = await ingestDocument(FIXTURE, { title: 'Rally report', publisher: 'Made-up test fixture' }, { ...dirs, db }).then(() => 'ingested', (e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toBe('disk');
    expect((err as IngestError).message).toMatch(/^the corpus directory could not be written \(no space left on the device, ENOSPC\); /);
    expect(filesOf(dirs), 'corpus/ and extraction/ byte for byte as before, nothing added').toEqual(files);
    expect(fingerprint(await graphSnapshot(db)), 'the graph checksum is unchanged').toEqual(graph);
    expect(await db.read('MATCH (d:Document) RETURN count(d) > 0 AS served')).toEqual([{ served: true }]);
    rmSync(root, { recursive: true, force: true });
  });
});
