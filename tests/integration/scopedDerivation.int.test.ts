import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/import/applySchema.js';
import { deriveCampaignedWithBatched } from '../../src/import/deriveBatched.js';
import { deriveCampaignedWith, documentActivities } from '../../src/import/deriveCampaignedWith.js';
import { EXTRACTION_DIR, importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { docNodeId } from '../../src/import/importRows.js';
import { testDatabase, wipeGraph } from '../support/testNeo4j.js';

// The one derivation (cypher/derive/), scoped: the corpus minus one document is imported and
// fully derived, then that document is loaded without deriving and a scoped derivation runs over
// the activities it touches. The derived graph must equal a full derivation of the same links,
// for each document of the corpus in turn as the one added last.

const db = testDatabase(120_000);
const changed: string[] = [];
const candidaciesChanged: string[] = [];
const FILES = readdirSync(EXTRACTION_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(EXTRACTION_DIR, f));

/** Every derived relationship, with all its properties, in a stable order. */
async function derived(): Promise<string[]> {
  const rows = await db.read(
    `MATCH (a:Person)-[c:SHARED_ACTIVITY|CAMPAIGNED_WITH|STOOD_AGAINST]->(b:Person)
     RETURN a.id AS a, b.id AS b, type(c) AS type, properties(c) AS props`, {}, 60_000);
  return rows.map((r) => JSON.stringify([r.a, r.b, r.type, Object.entries(r.props as object).sort()])).sort();
}

/**
 * Every Candidacy with its person, ballot, parties and backers, in a stable order; a candidacy
 * that lost its person or ballot shows as such (its other fields null).
 */
async function candidacies(): Promise<string[]> {
  const rows = await db.read(`
    MATCH (c:Candidacy)
    RETURN c.id AS id, [(p:Person)-[:STOOD_AS]->(c) | p.id] AS people, [(c)-[:ON_BALLOT]->(e:Election) | e.id] AS ballots,
           COLLECT { MATCH (c)-[:ON_BEHALF_OF]->(o) RETURN o.id ORDER BY o.id } AS parties,
           COLLECT { MATCH (b)-[k:BACKED_CANDIDACY]->(c) RETURN [b.id, k.alleged, k.withdrawn] AS x ORDER BY x[0] } AS backers`, {}, 60_000);
  return rows.map((r) => JSON.stringify(r)).sort();
}

beforeAll(async () => {
  await wipeGraph(db);
  await applySchema(db);
});
afterAll(async () => {
  await wipeGraph(db);
  await db.close();
});

describe('a scoped derivation after adding one document', () => {
  it('reads the corpus as five extraction files', () => {
    expect(FILES).toHaveLength(5);
  });

  for (const [i, file] of FILES.entries()) {
    const stem = file.split('/').pop()!.replace(/\.yaml$/, '');
    it(`gives the graph a full derivation gives when ${stem} is added last`, async () => {
      await wipeGraph(db);
      await importCorpusFiles(db, FILES.filter((_, j) => j !== i), { timeoutMs: 120_000 });
      const before = await derived();
      const candidaciesBefore = await candidacies();
      await importCorpusFiles(db, [file], { derive: false, timeoutMs: 120_000 });
      const scope = await db.transaction((run) => documentActivities(run, docNodeId(stem)), 60_000);
      expect(scope.activityIds.length, 'the document touches activities').toBeGreaterThan(0);
      await db.transaction((run) => deriveCampaignedWith(run, scope), 120_000);
      const scoped = await derived();
      const scopedCandidacies = await candidacies();
      await db.transaction((run) => deriveCampaignedWith(run), 120_000);
      const full = await derived();
      expect(scoped).toEqual(full);
      expect(scopedCandidacies).toEqual(await candidacies());
      if (JSON.stringify(full) !== JSON.stringify(before)) changed.push(stem);
      if (JSON.stringify(scopedCandidacies) !== JSON.stringify(candidaciesBefore)) candidaciesChanged.push(stem);
    });
  }

  // So the comparisons above could fail: three of the documents add derived facts of their own
  // (adding 001 or 002 last leaves the derived graph as the other four made it).
  it('saw the derived graph change when 000, 003 and 004 were added last', () => {
    expect(changed).toEqual(['000_cdae2d0373aead64', '003_602ecd93bfef7ec0', '004_d9ca3ea79ec72c5c']);
  });

  // Candidacies: every document but 001 tells one no other document tells (001's one candidacy,
  // Lavalette's in 2024, is told by 003 too).
  it('saw the candidacies change when every document but 001 was added last', () => {
    expect(candidaciesChanged).toEqual(['000_cdae2d0373aead64', '002_25c6c743af6c7b61', '003_602ecd93bfef7ec0', '004_d9ca3ea79ec72c5c']);
  });

  it('gives the graph the batched runner (the same files in small transactions) gives', async () => {
    const fullCandidacies = await candidacies();
    expect(fullCandidacies).toHaveLength(23);
    const full = await derived();
    expect(full.length).toBeGreaterThan(0);
    const stats = await deriveCampaignedWithBatched(db, { activitiesPerTx: 2, txRows: 100 });
    expect(await derived()).toEqual(full);
    expect(await candidacies()).toEqual(fullCandidacies);
    expect(stats.sharedActivity + stats.campaignedWith + stats.stoodAgainst).toBe(full.length);
  });
});
