import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/import/applySchema.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { testDatabase, wipeGraph } from '../support/testNeo4j.js';

// The hustings rule of the derivation (cypher/derive/020-events.cypher, and
// docs/graph-model.md): candidates at a hustings are opponents, not co-campaigners, while its
// organisers, hosts and chairs are on one side. The corpus's two hustings name one participant
// each, so they cannot show the rule; the made-up document in tests/fixtures/hustings/ has a
// hustings with an organiser, a host, a chair and three candidates, and a rally two days later
// where two of those candidates spoke side by side (so the rule must not stop every pair of them).

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'hustings');
const HUSTINGS = 'event:fictional-ashbourne-vale-hustings-2031';
const RALLY = 'event:fictional-ashbourne-flood-defences-rally-2031';
const OFFICIALS = ['person:mira-okonjo', 'person:petra-lindqvist', 'person:tobias-wren'];
const CANDIDATES = ['person:desmond-achterberg', 'person:harriet-vance', 'person:lina-farouk'];

const db = testDatabase(60_000);

/** Every CAMPAIGNED_WITH pair as `a b` (lower id first) with its shared activities. */
async function pairs(): Promise<Map<string, string[]>> {
  const rows = await db.read('MATCH (a:Person)-[:CAMPAIGNED_WITH]->(b:Person) RETURN a.id AS a, b.id AS b, [(a)-[s:SHARED_ACTIVITY]->(b) | s.activity] AS activities');
  return new Map(rows.map((r) => [`${r.a as string} ${r.b as string}`, [...(r.activities as string[])].sort()]));
}

const pairKey = (x: string, y: string): string => (x < y ? `${x} ${y}` : `${y} ${x}`);

beforeAll(async () => {
  await wipeGraph(db);
  await applySchema(db);
  await importCorpusFiles(db, [], { corpusDir: join(FIXTURE, 'corpus'), extractionDir: join(FIXTURE, 'extraction') });
});
afterAll(async () => {
  await wipeGraph(db);
  await db.close();
});

describe('the hustings rule', () => {
  it('imports the fixture: six people took part in the hustings, each in the role the text gives', async () => {
    const rows = await db.read('MATCH (p:Person)-[r:PARTICIPATED_IN]->(:Event {id: $id}) RETURN p.id AS p, r.role AS role ORDER BY p', { id: HUSTINGS });
    expect(rows).toEqual([
      { p: 'person:desmond-achterberg', role: 'speaker' },
      { p: 'person:harriet-vance', role: 'speaker' },
      { p: 'person:lina-farouk', role: 'speaker' },
      { p: 'person:mira-okonjo', role: 'chair' },
      { p: 'person:petra-lindqvist', role: 'organiser' },
      { p: 'person:tobias-wren', role: 'host' },
    ]);
  });

  it('makes the organiser, the host and the chair co-campaigners through the hustings', async () => {
    const all = await pairs();
    for (const [i, x] of OFFICIALS.entries()) {
      for (const y of OFFICIALS.slice(i + 1)) expect(all.get(pairKey(x, y)), `${x} and ${y}`).toEqual([HUSTINGS]);
    }
  });

  it('makes no two candidates co-campaigners through the hustings, nor a candidate and an official', async () => {
    const all = await pairs();
    const throughHustings = [...all].filter(([, activities]) => activities.includes(HUSTINGS)).map(([pair]) => pair).sort();
    // Exactly the three official pairs: no pair with a candidate in it.
    expect(throughHustings).toEqual([pairKey(OFFICIALS[0]!, OFFICIALS[1]!), pairKey(OFFICIALS[0]!, OFFICIALS[2]!), pairKey(OFFICIALS[1]!, OFFICIALS[2]!)].sort());
    for (const c of CANDIDATES) expect(throughHustings.some((p) => p.split(' ').includes(c)), c).toBe(false);
  });

  it('still counts the two candidates who spoke at the rally together, through the rally only', async () => {
    const all = await pairs();
    expect(all.get(pairKey('person:harriet-vance', 'person:desmond-achterberg'))).toEqual([RALLY]);
    expect(all.has(pairKey('person:harriet-vance', 'person:lina-farouk'))).toBe(false);
    expect(all.has(pairKey('person:desmond-achterberg', 'person:lina-farouk'))).toBe(false);
    // Three official pairs and one rally pair: nothing else was derived.
    expect(all.size).toBe(4);
  });
});
