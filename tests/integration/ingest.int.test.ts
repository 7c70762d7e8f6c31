import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Database } from '../../src/graph/database.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { docNodeId } from '../../src/import/importRows.js';
import { ingestDocument } from '../../src/ingest/ingestDocument.js';
import { IngestError } from '../../src/ingest/ingestErrors.js';
import { diffKeys as diff, graphSnapshot as snapshot } from '../support/graphSnapshot.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// `ingestDocument` against the real Neo4j, on a temporary copy of corpus/ and extraction/ (never
// the repository's). The texts in tests/fixtures/ingest/ are made up and written for these tests.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const db = testDatabase(60_000);
let work = '';

function corpusCopy(): { corpusDir: string; extractionDir: string } {
  const root = mkdtempSync(join(work, 'corpus-'));
  cpSync(CORPUS_DIR, join(root, 'corpus'), { recursive: true });
  cpSync(EXTRACTION_DIR, join(root, 'extraction'), { recursive: true });
  return { corpusDir: join(root, 'corpus'), extractionDir: join(root, 'extraction') };
}

/** Every file of both directories with its content, to show an ingest left them as they were. */
function filesOf(dirs: { corpusDir: string; extractionDir: string }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of [dirs.corpusDir, dirs.extractionDir]) for (const n of readdirSync(dir)) out[join(dir, n)] = readFileSync(join(dir, n), 'utf8');
  return out;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'campaign-graph-ingest-test-'));
});
beforeEach(() => freshCorpusGraph(db));
afterAll(async () => {
  await db.close();
  rmSync(work, { recursive: true, force: true });
});

describe('ingesting one document', () => {
  it('links "Cllr Michael Lavalette" and "Ian Lavery MP" to the existing people and adds exactly the draft\'s facts', async () => {
    const dirs = corpusCopy();
    const before = await snapshot(db);
    const s = await ingestDocument(fixture('known-people.txt'), { title: 'Gala platform', publisher: 'Made-up test fixture' }, { ...dirs, db });
    expect(s.imported).toBe(true);
    expect(s.entitiesLinked.map((e) => e.id)).toEqual(expect.arrayContaining(['person:michael-lavalette', 'person:ian-lavery']));
    const after = await snapshot(db);

    const x = parse(readFileSync(join(dirs.extractionDir, `${s.id}.yaml`), 'utf8')) as {
      entities: Array<{ id: string; reviewed?: boolean }>;
      links: Array<{ type: string; from: string; to: string; role?: string; reviewed?: boolean }>;
    };
    expect(x.entities.every((e) => e.reviewed === false) && x.links.every((l) => l.reviewed === false)).toBe(true);
    const doc = docNodeId(s.id);
    const newEntities = x.entities.map((e) => e.id).filter((id) => !before.nodes.has(id));
    expect(newEntities.sort()).toEqual(s.entitiesNew.map((e) => e.id).sort());
    expect(diff(before.factNodes, after.factNodes)).toEqual({ added: [doc, ...newEntities].sort(), removed: [], changed: [] });

    // Every relationship added is one the draft declares (a link or a mention) or derived from its participants.
    const linkIds = x.links.map((l) => `${l.type} ${l.from} ${l.to} ${s.id}#${l.type}#${l.from}#${l.to}#${l.role ?? ''}#0`);
    const mentionIds = x.entities.map((e) => `MENTIONS ${doc} ${e.id} `);
    const relDiff = diff(before.rels, after.rels);
    const derived = relDiff.added.filter((k) => k.startsWith('CAMPAIGNED_WITH '));
    const isDerived = (k: string): boolean => k.startsWith('CAMPAIGNED_WITH ') || k.startsWith('SHARED_ACTIVITY ');
    expect(relDiff.added.filter((k) => !isDerived(k))).toEqual([...linkIds, ...mentionIds].sort());
    expect(derived).toContain('CAMPAIGNED_WITH person:ian-lavery person:michael-lavalette ');
    expect(relDiff.removed).toEqual([]);

    // The new person is stored as an unreviewed draft.
    const [row] = await db.read('MATCH (p:Person {id: $id}) RETURN p.reviewed AS reviewed, p.proposedBy AS proposedBy', { id: 'person:rosa-whitfield' });
    expect(row).toMatchObject({ reviewed: false });
    expect(typeof row!.proposedBy).toBe('string');
  });

  it('refuses a text already in the corpus with one line, and writes and loads nothing', async () => {
    const dirs = corpusCopy();
    const text = readFileSync(join(dirs.corpusDir, readdirSync(dirs.corpusDir).find((n) => n.endsWith('.txt'))!), 'utf8');
    const files = filesOf(dirs);
    const before = await snapshot(db);
    const err = await ingestDocument(`${text}\n\n`, {}, { ...dirs, db }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).code).toBe('duplicate');
    expect((err as Error).message).toMatch(/already in the corpus as \d{3}_[0-9a-f]{16}/);
    expect(filesOf(dirs)).toEqual(files);
    expect((await snapshot(db)).checksum).toBe(before.checksum);
  });

  it('removes its written files again when the import fails, and loads nothing', async () => {
    const dirs = corpusCopy();
    const files = filesOf(dirs);
    const before = await snapshot(db);
    // A database nobody listens on: the import's transaction cannot start.
    const dead = new Database({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x', database: 'neo4j', queryTimeoutMs: 5_000 });
    try {
      const err = await ingestDocument(fixture('rally-report.txt'), {}, { ...dirs, db: dead }).then(() => null, (e: unknown) => e);
      expect((err as IngestError).code).toBe('import');
    } finally {
      await dead.close();
    }
    expect(filesOf(dirs)).toEqual(files);
    expect((await snapshot(db)).checksum).toBe(before.checksum);
  });

  it('drafts a rally\'s speakers, a letter\'s signatories and an election\'s candidates, each imported alone', async () => {
    const dirs = corpusCopy();
    const cases = [['rally-report.txt', 'PARTICIPATED_IN'], ['joint-letter.txt', 'SIGNED'], ['election-results.txt', 'STOOD_IN']] as const;
    for (const [name, type] of cases) {
      const s = await ingestDocument(fixture(name), {}, { ...dirs, db });
      expect(s.linksByType[type], name).toBeGreaterThanOrEqual(3);
      // The type comes from the fixed list above, never from input.
      const [links] = await db.read(`MATCH ()-[r:${type}]->() WHERE r.doc = $doc RETURN count(r) AS n`, { doc: docNodeId(s.id) });
      expect(Number(links!.n), name).toBe(s.linksByType[type]);
    }
  });
});
