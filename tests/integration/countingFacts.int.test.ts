import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type LinkRow } from '../../src/extraction/resolveCorpus.js';
import type { Row } from '../../src/graph/database.js';
import { cypherStatement } from '../../src/import/cypherScripts.js';
import { docNodeId } from '../../src/import/importRows.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// The evidence rule for analysts (docs/graph-model.md#counting-facts-not-evidence): one
// relationship per document and link, so a fact two documents tell is two relationships. The
// documented queries count facts; their answers are checked against a count made here in
// TypeScript from the extraction files, and against the corpus's one fact told twice.

const db = testDatabase(30_000);
const LAVALETTE = 'person:michael-lavalette';
const EVIDENCED = 'MEMBER_OF|HELD_POSITION|STUDIED_AT|PARTICIPATED_IN|SIGNED|AUTHORED|ISSUED|STOOD_IN|BACKED|INTERVIEWED|WROTE_FOR|APPOINTED|PART_OF|ALLIED_WITH|OPPOSED';
/** The corpus-wide count docs/graph-model.md shows. */
const COUNT_FACTS = `MATCH (a)-[r:${EVIDENCED}]->(b)
RETURN count(r) AS evidence, count(DISTINCT [a.id, type(r), b.id, coalesce(r.role, '')]) AS facts`;

let links: LinkRow[] = [];
const factKey = (l: LinkRow): string => `${l.from}|${l.type}|${l.to}|${String(l.props.role ?? '')}`;

beforeAll(async () => {
  await freshCorpusGraph(db);
  links = (await loadCorpus({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR })).links;
});
afterAll(() => db.close());

describe('facts-of-person.cypher', () => {
  it('gives each of Lavalette\'s facts once, with the documents that tell it', async () => {
    const rows = await db.read(cypherStatement('queries/facts-of-person.cypher'), { personId: LAVALETTE });
    const his = links.filter((l) => l.from === LAVALETTE || l.to === LAVALETTE);
    expect(rows).toHaveLength(new Set(his.map(factKey)).size);
    expect(rows).toHaveLength(36);
    const evidence = rows.reduce((t, r) => t + (r.evidence as number), 0);
    expect(evidence).toBe(his.length);
    expect(evidence).toBe(37);
    const [{ n }] = (await db.read(`MATCH (:Person {id: $id})-[r:${EVIDENCED}]-() RETURN count(r) AS n`, { id: LAVALETTE })) as [Row];
    expect(n, 'count(r) counts evidence, one more than the facts').toBe(37);

    const told = rows.filter((r) => (r.evidence as number) > 1);
    expect(told).toEqual([{
      relation: 'STOOD_IN', outgoing: true, other: { id: 'parl.preston.2024-07-04', name: expect.any(String) }, role: '',
      documents: ['doc:001_7390ba2169d19db4', 'doc:003_602ecd93bfef7ec0'], evidence: 2,
    }]);
    // Roles tell facts apart; every row's documents are the ones the extraction files name.
    for (const r of rows) {
      const other = (r.other as Row).id as string;
      const docs = his.filter((l) => l.type === r.relation && (r.outgoing ? l.to === other : l.from === other) && String(l.props.role ?? '') === r.role)
        .map((l) => docNodeId(l.doc));
      expect(r.documents, `${String(r.relation)} ${other}`).toEqual([...new Set(docs)].sort());
    }
    expect(rows.find((r) => r.relation === 'BACKED')).toMatchObject({ outgoing: false, other: { id: 'person:george-galloway' } });
  });
});

describe('counting facts over the corpus', () => {
  it('counts 655 facts in 656 evidenced relationships, as the extraction files do', async () => {
    const [row] = await db.read(COUNT_FACTS);
    expect(row).toEqual({ evidence: links.length, facts: new Set(links.map(factKey)).size });
    expect(row).toEqual({ evidence: 656, facts: 655 });
  });
});
