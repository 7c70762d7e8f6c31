import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type LinkRow } from '../../src/extraction/resolveCorpus.js';
import type { Row } from '../../src/graph/database.js';
import { cypherStatement } from '../../src/import/cypherScripts.js';
import { deriveCampaignedWith } from '../../src/import/deriveCampaignedWith.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// The foreign keys STOOD_IN.party and BACKED.election as relationships of a derived Candidacy
// (docs/graph-model.md#candidacies), checked against the extraction files' STOOD_IN and BACKED
// links, and the analyst queries that read them.

const db = testDatabase(30_000);
let links: LinkRow[] = [];
const CANDIDACIES = `
MATCH (p:Person)-[:STOOD_AS]->(c:Candidacy)-[:ON_BALLOT]->(e:Election)
RETURN p.id + '|' + e.id AS key, c.id AS id,
       COLLECT { MATCH (c)-[:ON_BEHALF_OF]->(o) RETURN o.id } AS parties,
       COLLECT { MATCH (b)-[k:BACKED_CANDIDACY]->(c) RETURN [b.id, k.alleged] } AS backers
ORDER BY key`;

beforeAll(async () => {
  await freshCorpusGraph(db);
  links = (await loadCorpus({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR })).links;
});
afterAll(() => db.close());

describe('Candidacy nodes', () => {
  it('are one per person and ballot of the STOOD_IN links, with the party each link names', async () => {
    const rows = await db.read(CANDIDACIES);
    const stood = links.filter((l) => l.type === 'STOOD_IN');
    const expected = [...new Set(stood.map((l) => `${l.from}|${l.to}`))].sort();
    expect(rows.map((r) => r.key)).toEqual(expected);
    expect(rows).toHaveLength(23);
    const [{ n }] = (await db.read('MATCH (c:Candidacy) RETURN count(c) AS n')) as [Row];
    expect(n, 'no candidacy without its person and ballot').toBe(23);
    for (const r of rows) {
      const parties = [...new Set(stood.filter((l) => `${l.from}|${l.to}` === r.key && l.props.party).map((l) => String(l.props.party)))];
      expect(r.parties, r.key as string).toEqual(parties);
      const [person, ballot] = (r.key as string).split('|');
      expect(r.id).toBe(`candidacy:${ballot!}:${person!}`);
    }
    expect(rows.filter((r) => (r.parties as string[]).length > 0)).toHaveLength(14);
  });

  it('link each backing that names an election to the backed person\'s candidacy in it', async () => {
    const rows = await db.read(CANDIDACIES);
    const backers = rows.flatMap((r) => (r.backers as Array<[string, boolean]>).map(([b, alleged]) => [b, r.key, alleged]));
    const expected = links.filter((l) => l.type === 'BACKED' && l.props.election)
      .map((l) => [l.from, `${l.to}|${String(l.props.election)}`, l.props.alleged === true]);
    expect(backers.sort()).toEqual(expected.sort());
    expect(backers).toContainEqual(['person:george-galloway', 'person:michael-lavalette|local.preston.town-centre.2003-05-01', true]);
    expect(backers).toHaveLength(3);
  });

  it('are derived again, not added to, by another derivation', async () => {
    const before = await db.read(CANDIDACIES);
    await db.transaction((run) => deriveCampaignedWith(run), 60_000);
    expect(await db.read(CANDIDACIES)).toEqual(before);
  });
});

describe('party-candidates.cypher', () => {
  it('lists who stood for Labour, oldest ballot first', async () => {
    const rows = await db.read(cypherStatement('queries/party-candidates.cypher'), { partyId: 'org:labour-party' });
    expect(rows.map((r) => [(r.candidate as Row).name, (r.ballot as Row).id, r.elected])).toEqual([
      ['Musa Ahmed Jiwa', 'local.preston.town-centre.2003-05-01', false],
      ['Mark Hendrick', 'parl.preston.2005-05-05', true],
      ['Ian Lavery', 'parl.wansbeck.2015-05-07', true],
    ]);
    expect(rows[1]).toMatchObject({ label: 'Labour Co-op', votes: 17210, docs: ['doc:000_cdae2d0373aead64'] });
  });

  it('finds both of Lavalette\'s Respect candidacies and nothing for a party nobody stood for', async () => {
    const rows = await db.read(cypherStatement('queries/party-candidates.cypher'), { partyId: 'org:respect-party' });
    expect(rows.map((r) => [(r.candidate as Row).id, (r.ballot as Row).id])).toEqual([
      ['person:michael-lavalette', 'parl.preston.2005-05-05'],
      ['person:michael-lavalette', 'local.preston.town-centre.2007-05-03'],
    ]);
    expect(await db.read(cypherStatement('queries/party-candidates.cypher'), { partyId: 'org:stop-the-war-coalition' })).toEqual([]);
  });
});

describe('election-result.cypher through candidacies', () => {
  it('gives each candidacy its party and backers as relationships', async () => {
    const [r] = await db.read(cypherStatement('queries/election-result.cypher'), { electionId: 'local.preston.town-centre.2003-05-01' });
    const rows = (r!.candidacies as Row[]).map((c) => [c.name, c.party, c.backers]);
    expect(rows).toContainEqual(['Michael Lavalette', 'org:socialist-alliance', [{ id: 'person:george-galloway', alleged: true }]]);
    expect(rows).toContainEqual(['Musa Ahmed Jiwa', 'org:labour-party', []]);
  });
});
