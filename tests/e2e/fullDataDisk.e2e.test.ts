import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import { loadConfig } from '../../src/config/config.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { startService, type RunningService } from '../../src/server/startService.js';
import { fingerprint, graphSnapshot } from '../support/graphSnapshot.js';
import { graphql } from '../support/testService.js';

// A full disk under Neo4j's own data directory during an import (issue 12 §5): DATA_DIR on a
// 700 MiB tmpfs mounted (Neo4j preallocates 256 MiB of transaction log per database: a smaller one fails its start) for this test, a service started on it with one document imported, then
// the tmpfs filled to 8 free pages and the whole corpus imported (one transaction). The import
// must fail with one error, the service must keep answering reads while the disk is full, and
// once space is freed the graph must be exactly the one-document graph: nothing half-loaded.
// What Neo4j says, and what the reads got, is printed for the README. Mounting needs root.
const ONE_DOC = join(repoRoot, 'extraction', '000_cdae2d0373aead64.yaml');
const STATUS = '{ status { nodeCount relationshipCount } }';
let mount = '';
let service: RunningService | undefined;

beforeAll(async () => {
  mount = mkdtempSync(join(tmpdir(), 'campaign-graph-full-data-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=700m', 'tmpfs', mount], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`the full-data-disk test mounts a 700 MiB tmpfs and needs root for it: ${(err as Error).message}`);
  }
  const config = loadConfig({ DATA_DIR: mount, EMBEDDED_BOLT_PORT: String(await freePort()), PORT: '0' });
  service = await startService(config, { log: () => undefined, prepare: ({ db }) => importCorpusFiles(db, [ONE_DOC]) });
});
afterAll(async () => {
  try {
    await service?.stop();
  } finally {
    execFileSync('umount', ['-l', mount]);
    rmSync(mount, { recursive: true, force: true });
  }
});

describe('Neo4j\'s data directory fills up during an import', () => {
  it('fails the import with one error, keeps serving reads, and leaves the graph as it was', async () => {
    const s = service!;
    const before = fingerprint(await graphSnapshot(s.db));
    expect(before.nodeCount).toBeGreaterThan(0);
    const status = await graphql(s.url, STATUS);
    expect(status.body.errors).toBeUndefined();

    const fs = statfsSync(mount);
    writeFileSync(join(mount, 'filler'), Buffer.alloc((fs.bavail - 8) * fs.bsize));
    const err = await importCorpusFiles(s.db, []).then(() => undefined, (e: unknown) => e as Error);
    const whileFull = await graphql(s.url, STATUS);
    const ready = (await fetch(`${s.url}/ready`)).status;
    console.log(`[full data disk] import: ${err?.name}: ${err?.message}${err?.cause ? ` (cause: ${String((err.cause as Error).message)})` : ''}; `
      + `read while full: ${JSON.stringify(whileFull.body)}; /ready ${ready}`);
    expect(err, 'the import failed').toBeInstanceOf(Error);
    expect(whileFull.body, 'reads are served while the disk is full').toEqual(status.body);

    rmSync(join(mount, 'filler'));
    expect(fingerprint(await graphSnapshot(s.db)), 'nothing of the failed import is in the graph').toEqual(before);
    expect((await graphql(s.url, STATUS)).body).toEqual(status.body);
  });
});
