import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// Backing links carry the date their document gives (issue 9, item 3): printed ("June 2016" in
// the IER caption, "On July 21 2019" for Owen Jones's tweet) or implied, and then flagged
// inferred with the reason. Each date is stored with its native interval ends like every other
// partial date, and the derivation dates a backing between two people by it.

const db = testDatabase(60_000);

beforeAll(() => freshCorpusGraph(db));
afterAll(() => db.close());

interface Backing { from: string; to: string; start: string | null; inferred: string | null; startFrom: string | null; startTo: string | null }

async function backings(): Promise<Backing[]> {
  const rows = await db.read(`
    MATCH (a)-[r:BACKED]->(b)
    RETURN a.id AS from, b.id AS to, r.start AS start, r.startInferred AS inferred,
           toString(r.startFrom) AS startFrom, toString(r.startTo) AS startTo
    ORDER BY from, to`);
  return rows as unknown as Backing[];
}

describe('dates on backing links', () => {
  it('every backing is dated except the two Miami Five ones, whose years the text does not give', async () => {
    const all = await backings();
    expect(all).toHaveLength(31);
    expect(all.filter((b) => b.start === null).map((b) => `${b.from} ${b.to}`)).toEqual([
      'person:jeremy-corbyn org:miami-five',
      'person:john-mcdonnell org:miami-five',
    ]);
    // Each date is an interval with native ends.
    for (const b of all.filter((x) => x.start !== null)) {
      expect(b.startFrom, `${b.from} ${b.to}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(b.startFrom! <= b.startTo!, `${b.from} ${b.to}`).toBe(true);
    }
  });

  it('a printed date is not flagged; an implied one says why', async () => {
    const all = await backings();
    const find = (from: string, to: string): Backing => all.find((b) => b.from === from && b.to === to)!;
    expect(find('person:owen-jones', 'event:not-my-prime-minister-rally-2019')).toMatchObject({ start: '2019-07-21', inferred: null, startFrom: '2019-07-21', startTo: '2019-07-21' });
    expect(find('person:ian-lavery', 'statement:ier-manifesto-for-labour-law')).toMatchObject({ start: '2016-06', inferred: null, startFrom: '2016-06-01', startTo: '2016-06-30' });
    expect(find('person:ian-lavery', 'person:sam-tarry')).toMatchObject({ start: '2022-07', startFrom: '2022-07-01', startTo: '2022-07-31' });
    expect(find('person:ian-lavery', 'person:sam-tarry').inferred).toMatch(/July 28, 2022/);
    expect(find('org:stop-the-war-coalition', 'statement:minsk-2-agreement')).toMatchObject({ start: '2022-02-18' });
    expect(find('person:george-galloway', 'person:michael-lavalette').inferred).toMatch(/1 May 2003/);
    // The seven backers of The Liberation Movement, before its launch of 2 November 2021.
    const tlm = all.filter((b) => b.to === 'org:the-liberation-movement');
    expect(tlm).toHaveLength(7);
    for (const b of tlm) expect(b, b.from).toMatchObject({ start: '2021', inferred: expect.stringMatching(/November 2 2021/) });
  });

  it('the derived pair of a backer and the person backed takes the backing\'s date', async () => {
    // Lavery backed Tarry in July 2022 (no election named, so the activity is Tarry himself).
    const rows = await db.read(`
      MATCH (:Person {id: 'person:ian-lavery'})-[s:SHARED_ACTIVITY {via: 'backing'}]-(:Person {id: 'person:sam-tarry'})
      RETURN collect(s.date) AS dates`);
    expect(rows).toEqual([{ dates: ['2022-07'] }]);
  });

  // Issue 9 §3: backing the same thing at the same time puts two people on the same side of it.
  it('makes the seven backers of The Liberation Movement co-backers of it, pairwise, dated 2021', async () => {
    const rows = await db.read(`
      MATCH (:Organisation {id: 'org:the-liberation-movement'})<-[:BACKED]-(p:Person)
      WITH collect(DISTINCT p) AS backers
      UNWIND backers AS a
      UNWIND backers AS b
      WITH a, b WHERE a.id < b.id
      OPTIONAL MATCH (a)-[s:SHARED_ACTIVITY {via: 'co-backing', activity: 'org:the-liberation-movement'}]->(b)
      RETURN a.id AS a, b.id AS b, s.date AS date, s.weight AS weight, EXISTS { (a)-[:CAMPAIGNED_WITH]->(b) } AS summarised`);
    expect(rows).toHaveLength(21);
    for (const r of rows) expect(r, `${r.a as string} ${r.b as string}`).toMatchObject({ date: '2021', weight: 0.5, summarised: true });
    expect(rows.some((r) => r.a === 'person:ian-lavery' || r.b === 'person:ian-lavery')).toBe(true);
  });
});
