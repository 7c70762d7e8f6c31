import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { takeImportLock } from '../../src/import/importLock.js';
import type { RunningService } from '../../src/server/startService.js';
import { SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { graphSnapshot } from '../support/graphSnapshot.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// POST /admin/documents over HTTP, against the real Neo4j and a temporary CORPUS_DIR copy of the
// corpus (never the repository's). Fixture texts are made up, written for these tests. Statuses
// as the README's "Over HTTP" paragraph gives them; nothing half-written on any refusal.

const TOKEN = 'test-admin-token-0123456789abcdef';
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ingest', name), 'utf8');
let db: Database;
let service: RunningService;
let root = '';

const post = (body: unknown, token: string | null = TOKEN): Promise<Response> => fetch(`${service.url}/admin/documents`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const corpusFiles = (): string[] => [...readdirSync(join(root, 'corpus')), ...readdirSync(join(root, 'extraction'))].sort();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'admin-documents-'));
  cpSync(CORPUS_DIR, join(root, 'corpus'), { recursive: true });
  cpSync(EXTRACTION_DIR, join(root, 'extraction'), { recursive: true });
  db = testDatabase(60_000);
  await freshCorpusGraph(db);
  service = await startTestService({ ...SLOW_MACHINE_ENV, ADMIN_TOKEN: TOKEN, CORPUS_DIR: root });
}, 600_000);
afterAll(async () => {
  await service?.stop();
  await db?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('POST /admin/documents', () => {
  it('refuses bad requests with 401, 400, 413 and 422 and writes and loads nothing', async () => {
    const files = corpusFiles();
    const before = (await graphSnapshot(db)).checksum;
    expect((await post({ text: 'A text.', title: 'T' }, null)).status).toBe(401);
    expect((await post({ text: 'A text.', title: 'T' }, 'wrong-token')).status).toBe(401);
    expect((await post({ text: 'A text.' })).status).toBe(400);
    expect((await post('{"text": ')).status).toBe(400);
    expect((await post({ text: 'x'.repeat(2 * 1024 * 1024 + 1), title: 'T' })).status).toBe(413);
    expect((await post({ text: 'bad \ud800 text', title: 'T' })).status).toBe(422);
    expect((await post({ text: 'A text.', title: 'T', kind: 'novel' })).status).toBe(422);
    expect(corpusFiles()).toEqual(files);
    expect((await graphSnapshot(db)).checksum).toBe(before);
  }, 600_000);

  it('ingests a text (201 with its id and summary), and answers 409 for the same text again', async () => {
    const res = await post({ text: fixture('joint-letter.txt'), title: 'Open letter on the library', publisher: 'made-up fixture' });
    const body = (await res.json()) as { id: string; summary: { linksByType: Record<string, number>; imported: boolean } };
    expect(res.status).toBe(201);
    expect(body.id).toMatch(/^\d{3}_[0-9a-f]{16}$/);
    expect(body.summary.imported).toBe(true);
    expect(body.summary.linksByType.SIGNED).toBeGreaterThanOrEqual(4);
    const [row] = await db.read('MATCH ()-[r:SIGNED]->() WHERE r.doc = $doc RETURN count(r) AS n', { doc: `doc:${body.id}` });
    expect(Number(row?.n)).toBe(body.summary.linksByType.SIGNED);
    const again = await post({ text: fixture('joint-letter.txt'), title: 'Again' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: string }).error).toContain(`already in the corpus as ${body.id}`);
  }, 600_000);

  it('answers 409 while another import or ingest holds the corpus lock, and writes and loads nothing', async () => {
    const files = corpusFiles();
    const before = (await graphSnapshot(db)).checksum;
    // Held here as `npm run import` or another ingest would hold it (src/import/importLock.ts).
    const release = takeImportLock(join(root, 'corpus'));
    try {
      const res = await post({ text: fixture('rally-report.txt'), title: 'Rally' });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: string }).error).toBe('another import or ingest is already running on this corpus; try again when it ends');
      const importing = await fetch(`${service.url}/admin/import`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
      expect(importing.status).toBe(409);
    } finally {
      release();
    }
    expect(corpusFiles()).toEqual(files);
    expect((await graphSnapshot(db)).checksum).toBe(before);
    // Released: the same request now goes through.
    expect((await post({ text: fixture('rally-report.txt'), title: 'Rally' })).status).toBe(201);
  }, 600_000);
});
