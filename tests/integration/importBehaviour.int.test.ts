import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { displayPath } from '../../src/extraction/corpusContext.js';
import { ImportRefusedError } from '../../src/import/importCorpus.js';
import { CORPUS_DIR, EXTRACTION_DIR, importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { docNodeId } from '../../src/import/importRows.js';
import { diffKeys as diff, graphSnapshot as snapshot } from '../support/graphSnapshot.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// What an import does to the graph: the same files give the same graph, a bad file changes
// nothing, and a new document adds exactly its own facts. The fixture document in
// tests/fixtures/import/ is made up (it says so in its text) and is only ever imported here.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const DOC = '900_fictional-lantern-walk';

const db = testDatabase(60_000);
let work = '';

/**
 * A temporary copy of corpus/ and extraction/ plus a made-up fixture document: its text, the
 * fixture metadata entries, and the extraction file `fixtures/import/<variant>/<doc>.yaml`.
 */
function corpusWithFixture(variant: 'extraction' | 'broken' | 'malformed', doc = DOC): { corpusDir: string; extractionDir: string; file: string } {
  const root = mkdtempSync(join(work, `${variant}-`));
  const corpusDir = join(root, 'corpus');
  const extractionDir = join(root, 'extraction');
  cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  cpSync(EXTRACTION_DIR, extractionDir, { recursive: true });
  copyFileSync(join(FIXTURES, 'corpus', `${doc}.txt`), join(corpusDir, `${doc}.txt`));
  appendFileSync(join(corpusDir, 'documents.yaml'), `\n${readFileSync(join(FIXTURES, 'corpus', 'documents.yaml'), 'utf8')}`);
  const file = join(extractionDir, `${doc}.yaml`);
  copyFileSync(join(FIXTURES, variant, `${doc}.yaml`), file);
  return { corpusDir, extractionDir, file };
}

/** `file:line: … [code]` for each line of a fixture marked `# expect: code`. */
function markedIssues(fixture: string, shownAs: string): string[] {
  return readFileSync(fixture, 'utf8').split('\n').flatMap((line, i) => {
    const codes = /# expect: ([a-z-]+)$/.exec(line)?.[1];
    return codes ? [`${shownAs}:${i + 1}: [${codes}]`] : [];
  });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'campaign-graph-import-test-'));
});
beforeEach(() => freshCorpusGraph(db));
afterAll(async () => {
  await db.close();
  rmSync(work, { recursive: true, force: true });
});

describe('importing', () => {
  it('twice leaves the same nodes, relationships, properties and content checksum', async () => {
    const first = await snapshot(db);
    expect(first.nodeCount).toBeGreaterThan(300);
    await importCorpusFiles(db, []);
    const second = await snapshot(db);
    expect({ ...second, nodes: undefined, rels: undefined }).toEqual({ ...first, nodes: undefined, rels: undefined });
    expect(diff(first.rels, second.rels)).toEqual({ added: [], removed: [], changed: [] });
    // Re-importing one file alone changes nothing either.
    await importCorpusFiles(db, [join(EXTRACTION_DIR, '004_d9ca3ea79ec72c5c.yaml')]);
    expect((await snapshot(db)).checksum).toBe(first.checksum);
  });

  it('refuses a malformed extraction file with its file and line, and loads nothing', async () => {
    const before = await snapshot(db);
    for (const variant of ['broken', 'malformed'] as const) {
      const dirs = corpusWithFixture(variant);
      const expected = markedIssues(join(FIXTURES, variant, `${DOC}.yaml`), displayPath(dirs.file));
      expect(expected.length).toBeGreaterThan(0);
      for (const files of [[], [dirs.file]]) {
        const error = await importCorpusFiles(db, files, dirs).then(() => null, (e: unknown) => e);
        expect(error, `${variant} ${files.length}`).toBeInstanceOf(ImportRefusedError);
        const lines = (error as Error).message.split('\n');
        const located = lines.filter((l) => l.startsWith(`${displayPath(dirs.file)}:`)).map((l) => l.replace(/:(\d+): .*(\[[a-z-]+\])$/, ':$1: $2'));
        expect(located.sort()).toEqual(expected.sort());
        expect(lines.at(-1)).toBe(`${expected.length} validation issue(s); nothing was imported`);
        const after = await snapshot(db);
        expect([after.nodeCount, after.relCount, after.propertyCount, after.checksum]).toEqual([before.nodeCount, before.relCount, before.propertyCount, before.checksum]);
      }
    }
  });

  it('a full import after a document\'s files are removed takes away exactly its facts', async () => {
    const clean = await snapshot(db);
    const dirs = corpusWithFixture('extraction');
    await importCorpusFiles(db, [], dirs);
    const withFixture = await snapshot(db);
    expect(withFixture.nodes.has(docNodeId(DOC))).toBe(true);
    expect(withFixture.nodes.has('person:wren-halloway')).toBe(true);
    await importCorpusFiles(db, []);
    const after = await snapshot(db);
    expect(after.nodes.has(docNodeId(DOC))).toBe(false);
    expect(after.nodes.has('person:wren-halloway'), 'an entity only the removed document named').toBe(false);
    expect(after.checksum).toBe(clean.checksum);
  });

  it('one new document adds exactly the facts its file declares, and nothing else changes', async () => {
    const before = await snapshot(db);
    const dirs = corpusWithFixture('extraction');
    await importCorpusFiles(db, [dirs.file], dirs);
    const after = await snapshot(db);

    // What the file declares.
    const x = parse(readFileSync(dirs.file, 'utf8')) as {
      entities: Array<{ id: string }>;
      links: Array<{ type: string; from: string; to: string; role?: string }>;
    };
    const doc = docNodeId(DOC);
    const newEntities = x.entities.map((e) => e.id).filter((id) => !before.nodes.has(id));
    expect(newEntities.sort()).toEqual(['event:fictional-lantern-walk-closing-rally-2031', 'person:wren-halloway']);
    const linkIds = x.links.map((l) => `${l.type} ${l.from} ${l.to} ${DOC}#${l.type}#${l.from}#${l.to}#${l.role ?? ''}#0`);
    const mentionIds = x.entities.map((e) => `MENTIONS ${doc} ${e.id} `);
    const participants = x.links.filter((l) => l.type === 'PARTICIPATED_IN' && l.from.startsWith('person:')).map((l) => l.from).sort();
    // One shared activity (the rally) and its pair's summary.
    const RALLY = 'event:fictional-lantern-walk-closing-rally-2031';
    const derivedIds = participants.flatMap((a, i) => participants.slice(i + 1).flatMap((b) => [`CAMPAIGNED_WITH ${a} ${b} `, `SHARED_ACTIVITY ${a} ${b} ${RALLY}|event|`]));
    expect(derivedIds).toEqual(['CAMPAIGNED_WITH person:ian-lavery person:wren-halloway ', `SHARED_ACTIVITY person:ian-lavery person:wren-halloway ${RALLY}|event|`]);

    expect(diff(before.factNodes, after.factNodes)).toEqual({ added: [doc, ...newEntities].sort(), removed: [], changed: [] });
    // The analytics were recomputed with the new pair in the network.
    expect((JSON.parse(after.nodes.get('person:wren-halloway') ?? '{}') as { props: { community?: unknown } }).props.community).toBeTypeOf('number');
    expect(diff(before.rels, after.rels)).toEqual({ added: [...linkIds, ...mentionIds, ...derivedIds].sort(), removed: [], changed: [] });
    expect(after.nodeCount - before.nodeCount).toBe(1 + newEntities.length);
    expect(after.relCount - before.relCount).toBe(linkIds.length + mentionIds.length + derivedIds.length);

    // The new facts themselves.
    const [row] = await db.read(`
      MATCH (d:Document {id: $doc})-[m:MENTIONS]->(l:Person {id: 'person:ian-lavery'})-[c:CAMPAIGNED_WITH]->(w:Person {id: 'person:wren-halloway'})
      RETURN d.publisher AS publisher, m.quotes AS quotes, c {.*} AS c, [(l)-[s:SHARED_ACTIVITY]->(w) | s {.*}] AS shared,
             w.description AS description`, { doc });
    expect(row).toMatchObject({
      publisher: 'Made-up test fixture',
      quotes: ['Ian Lavery spoke at the closing rally'],
      shared: [{
        activity: 'event:fictional-lantern-walk-closing-rally-2031', via: 'event', side: '', date: '2031-03-12', weight: 1,
        alleged: false, withdrawn: false, reviewed: true,
      }],
      c: { sharedCount: 1, strength: 1, firstDate: '2031-03-12', lastDate: '2031-03-12', platforms: 1, unreviewedCount: 0 },
    });
    expect(row!.description).toMatch(/invented/);

    // Importing the same file again changes nothing more.
    await importCorpusFiles(db, [dirs.file], dirs);
    expect((await snapshot(db)).checksum).toBe(after.checksum);
  });

  it('derives a slate across ballots dated with different precision, and one entry per election of two opponents', async () => {
    // Fixture 901: Wren Halloway (North ward, 2031-03-12) and Oswin Tarrant (South ward, dated
    // only 2031-03) stood for the same party in one election group; Bram Okafor stood against
    // Wren Halloway in two ballots held on the same day.
    const dirs = corpusWithFixture('extraction', '901_fictional-brackenmoor-ballots');
    await importCorpusFiles(db, [dirs.file], dirs);
    const [slate] = await db.read(`
      MATCH (o:Person {id: 'person:oswin-tarrant'})-[c:CAMPAIGNED_WITH]->(w:Person {id: 'person:wren-halloway'})
      RETURN c {.*} AS c, [(o)-[s:SHARED_ACTIVITY]->(w) | s {.*}] AS shared`);
    // Dated by the earlier ballot interval: '2031-03' starts before '2031-03-12'.
    expect(slate?.shared).toEqual([expect.objectContaining({
      activity: 'local.brackenmoor.2031-03-12', via: 'slate', side: 'org:fictional-lantern-party', date: '2031-03', weight: 1,
    })]);
    expect(slate?.c).toMatchObject({ sharedCount: 1, strength: 1, firstDate: '2031-03' });
    const rows = await db.read(`
      MATCH (a:Person {id: 'person:bram-okafor'})-[s]-(b:Person {id: 'person:wren-halloway'}) RETURN type(s) AS type, s {.*} AS s`);
    expect(rows).toEqual([{
      type: 'STOOD_AGAINST',
      s: { elections: ['local.brackenmoor.mayor.2031-03-12', 'local.brackenmoor.north.2031-03-12'], dates: ['2031-03-12', '2031-03-12'] },
    }]);
  });
});
