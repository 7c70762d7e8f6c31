import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { earliestDay, latestDay, parsePartialDate } from '../../src/extraction/partialDate.js';
import { LINK_TYPES } from '../../src/extraction/vocabulary.js';
import type { Params, Row } from '../../src/graph/database.js';
import { cypherDir, cypherStatement } from '../../src/import/cypherScripts.js';
import { campaignedWith } from '../../src/queries/campaignedWithQueries.js';
import { dateWindow } from '../../src/queries/dateWindow.js';
import { pageArgs } from '../../src/queries/pageArgs.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// Each documented query in cypher/queries/ runs against the imported corpus, and its answers are
// checked against what the documents say (the values below are read from corpus/*.txt).

const db = testDatabase(30_000);
const run = (file: string, params: Params): Promise<Row[]> => db.read(cypherStatement(`queries/${file}`), params);

let texts = new Map<string, string>();

/**
 * Each quote occurs verbatim in its document's text; with `offsets`, for a query that returns
 * `starts`, also at the offset the import recorded (one offset per quote, never left out).
 */
function expectEvidenced(ev: Row, o: { offsets?: boolean } = {}): void {
  const text = texts.get(ev.doc as string);
  expect(text, `document ${String(ev.doc)}`).toBeDefined();
  const quotes = ev.quotes as string[];
  expect(quotes.length).toBeGreaterThan(0);
  if (o.offsets) expect((ev.starts as number[] | undefined)?.length, `offsets of ${JSON.stringify(quotes)}`).toBe(quotes.length);
  quotes.forEach((q, i) => {
    expect(text).toContain(q);
    if (o.offsets) expect(text!.slice((ev.starts as number[])[i], (ev.starts as number[])[i]! + q.length)).toBe(q);
  });
}

beforeAll(async () => {
  await freshCorpusGraph(db);
  const docs = await db.read('MATCH (d:Document) RETURN d.id AS id, d.text AS text');
  texts = new Map(docs.map((d) => [d.id as string, d.text as string]));
});
afterAll(() => db.close());

describe('cypher/queries', () => {
  it('holds single statements with $parameters and a header saying what they answer, their parameters and an example', () => {
    const files = readdirSync(join(cypherDir, 'queries')).filter((f) => f.endsWith('.cypher')).sort();
    expect(files).toEqual([
      'co-campaigners-in-window.cypher', 'election-result.cypher', 'event-participants.cypher',
      'facts-of-person.cypher', 'party-candidates.cypher', 'person-timeline.cypher', 'shortest-evidenced-path.cypher', 'statement-signatories.cypher',
      'top-campaign-pairs.cypher',
    ]);
    for (const f of files) {
      const statement = cypherStatement(`queries/${f}`);
      expect(statement, f).toMatch(/\$[a-zA-Z]+/);
      const header = cypherStatementHeader(f);
      expect(header, f).toMatch(/Answers:/);
      expect(header, f).toMatch(/Parameters:/);
      expect(header, f).toMatch(/Example:/);
    }
  });
});

/** The header: the comment lines the statement splitter drops. */
function cypherStatementHeader(file: string): string {
  return readFileSync(join(cypherDir, 'queries', file), 'utf8').split('\n').filter((l) => l.startsWith('//')).join('\n');
}

describe('election-result.cypher', () => {
  it('gives the full result of the 2005 general election in Preston', async () => {
    const [r, ...more] = await run('election-result.cypher', { electionId: 'parl.preston.2005-05-05' });
    expect(more).toEqual([]);
    expect(r).toMatchObject({
      id: 'parl.preston.2005-05-05', kind: 'parl', body: 'House of Commons', area: 'Preston', date: '2005-05-05',
      majority: 9407, majorityPct: 21.6, turnout: 34081, turnoutPct: 53.8, turnoutChange: 4.6, swing: -3.2,
      result: 'Labour Co-op hold', partOf: null, ballots: [],
    });
    expect(r!.dateInferred).toMatch(/General Election 2005/);
    const rows = (r!.candidacies as Row[]).map((c) => [c.name, c.label, c.votes, c.share, c.shareChange, c.rank, c.elected]);
    expect(rows).toEqual([
      ['Mark Hendrick', 'Labour Co-op', 17210, 50.5, -6.5, 1, true],
      ['Fiona Bryce', 'Conservative', 7803, 22.9, -0.1, 2, false],
      ['William Parkinson', 'Liberal Democrat', 5701, 16.7, 3.5, 3, false],
      ['Michael Lavalette', 'Respect', 2318, 6.8, 6.8, 4, false],
      ['Ellen Boardman', 'UKIP', 1049, 3.1, 3.1, 5, false],
    ]);
    for (const c of r!.candidacies as Row[]) {
      expect(c.ballot).toBe('parl.preston.2005-05-05');
      expect(c.docs).toEqual(['doc:000_cdae2d0373aead64']);
    }
    expect((r!.candidacies as Row[]).map((c) => c.party)).toEqual([
      'org:labour-party', 'org:conservative-party', 'org:liberal-democrats', 'org:respect-party', 'org:ukip',
    ]);
  });

  it('gives the 2003 Preston Town Centre ward result', async () => {
    const [r] = await run('election-result.cypher', { electionId: 'local.preston.town-centre.2003-05-01' });
    expect(r).toMatchObject({
      kind: 'local', body: 'Preston City Council', area: 'Preston Town Centre',
      majority: 106, turnout: 1444, turnoutPct: 28, result: 'Socialist Alliance gain from Labour',
      majorityPct: null, swing: null,
    });
    const rows = (r!.candidacies as Row[]).map((c) => [c.name, c.label, c.votes, c.share, c.elected]);
    expect(rows).toEqual([
      ['Michael Lavalette', 'Socialist Alliance', 546, 37.8, true],
      ['Musa Ahmed Jiwa', 'Labour', 440, 30.4, false],
      ['Julian Sedgewick', 'Conservative', 228, 15.8, false],
      ['Liam Pennington', 'Liberal Democrat', 220, 15.2, false],
    ]);
    // The majority is the winner's lead over the runner-up, as printed.
    expect((rows[0]![2] as number) - (rows[1]![2] as number)).toBe(r!.majority);
  });

  it('lists a group\'s ballots and their candidacies, and merges a candidacy two documents report', async () => {
    const [group] = await run('election-result.cypher', { electionId: 'local.preston.2025-05-01' });
    expect(group!.ballots).toEqual(expect.arrayContaining(['local.preston.preston-central-east.2025-05-01']));
    expect((group!.ballots as string[]).length).toBe(3);
    const winners = (group!.candidacies as Row[]).map((c) => [c.ballot, c.name, c.elected]);
    expect(winners).toContainEqual(['local.preston.preston-central-east.2025-05-01', 'Michael Lavalette', true]);
    expect(winners.map((w) => w[1]).sort()).toEqual(['Almas Razakazi', 'Michael Lavalette', 'Yousuf Motala']);

    const [y2024] = await run('election-result.cypher', { electionId: 'parl.preston.2024-07-04' });
    const [lavalette, ...others] = y2024!.candidacies as Row[];
    expect(others).toEqual([]);
    expect(lavalette).toMatchObject({ name: 'Michael Lavalette', label: 'Independent', share: 22, rank: 2, elected: false });
    expect(lavalette!.docs).toEqual(['doc:001_7390ba2169d19db4', 'doc:003_602ecd93bfef7ec0']);

    expect(await run('election-result.cypher', { electionId: 'parl.nowhere.1999-01-01' })).toEqual([]);
  });
});

describe('event-participants.cypher', () => {
  it('names the chair and the speakers of the eve-of-May-Day rally of 30 April 2022', async () => {
    const rows = await run('event-participants.cypher', { eventId: 'event:eve-of-may-day-rally-2022' });
    expect(rows[0]!.event).toMatchObject({ id: 'event:eve-of-may-day-rally-2022', kind: 'rally', date: '2022-04-30', place: 'online' });
    const byRole = (role: string): unknown[] => rows.filter((r) => r.role === role).map((r) => r.name);
    expect(byRole('chair')).toEqual(['Daisy Carter']);
    expect(byRole('speaker')).toEqual([
      'Ian Lavery', 'Diane Abbott', 'Richard Burgon', 'Jess Barnard', 'Ronan Burtenshaw', 'Kate Hudson', 'Sarah Woolley', 'Holly Turner',
    ]);
    expect(byRole('host')).toEqual(['Arise Festival', 'Tribune']);
    expect(byRole('guest')).toEqual(['Txema Guijarro', 'Varsha Gandikota', 'Nathalia Urban', 'Guillaume Long', 'Bhaskar Sunkara']);
    expect(rows.map((r) => r.role)).toEqual([
      'chair', 'host', 'host', ...Array(8).fill('speaker'), ...Array(5).fill('guest'),
    ]);
    expect(rows.find((r) => r.role === 'chair')!.quotes).toEqual(['Chaired by Daisy Carter, Young Labour.']);
    rows.forEach((r) => expectEvidenced(r, { offsets: true }));
  });
});

describe('statement-signatories.cypher', () => {
  it('lists the 11 signatories of the February 2022 Stop the War statement in order, all withdrawn', async () => {
    const rows = await run('statement-signatories.cypher', { statementId: 'statement:stop-the-war-ukraine-2022' });
    expect(rows.map((r) => [r.order, r.name])).toEqual([
      [1, 'Diane Abbott'], [2, 'John McDonnell'], [3, 'Richard Burgon'], [4, 'Ian Lavery'], [5, 'Beth Winter'],
      [6, 'Zarah Sultana'], [7, 'Bell Ribeiro-Addy'], [8, 'Apsana Begum'], [9, 'Mick Whitley'], [10, 'Tahir Ali'],
      [11, 'Ian Mearns'],
    ]);
    for (const r of rows) {
      expect(r).toMatchObject({ kind: 'Person', withdrawn: true, alleged: false });
      const evidence = r.evidence as Row[];
      expect(evidence).toHaveLength(1);
      expect(evidence[0]!.quotes).toEqual([r.name, 'All withdrew their signatues after Labour Party pressure.']);
      evidence.forEach((e) => expectEvidenced(e));
    }
  });

  it('returns nobody for a statement nobody signed', async () => {
    expect(await run('statement-signatories.cypher', { statementId: 'statement:social-work-manifesto' })).toEqual([]);
  });
});

describe('co-campaigners-in-window.cypher', () => {
  it('finds Ian Lavery\'s co-campaigners in 2022: the eve-of-May-Day platform, the Stop the War signatories and Sam Tarry', async () => {
    const rows = await run('co-campaigners-in-window.cypher', { personId: 'person:ian-lavery', from: '2022', to: '2022' });
    const rally = ['Daisy Carter', 'Diane Abbott', 'Richard Burgon', 'Jess Barnard', 'Ronan Burtenshaw', 'Kate Hudson', 'Sarah Woolley', 'Holly Turner',
      'Txema Guijarro', 'Varsha Gandikota', 'Nathalia Urban', 'Guillaume Long', 'Bhaskar Sunkara'];
    const signatories = ['Diane Abbott', 'John McDonnell', 'Richard Burgon', 'Beth Winter', 'Zarah Sultana', 'Bell Ribeiro-Addy', 'Apsana Begum',
      'Mick Whitley', 'Tahir Ali', 'Ian Mearns'];
    // And Sam Tarry, whose sacking Lavery called "shameful": a backing the text dates July 2022;
    // Diane Abbott and Grahame Morris backed him then too, so they are Lavery's co-backers.
    expect(rows.map((r) => r.name).sort()).toEqual([...new Set([...rally, ...signatories, 'Sam Tarry', 'Grahame Morris'])].sort());
    expect(rows.find((r) => r.name === 'Grahame Morris')!.activities).toEqual([
      expect.objectContaining({ activity: 'person:sam-tarry', via: 'co-backing', date: '2022-07', weight: 0.5 }),
    ]);
    expect(rows.find((r) => r.name === 'Sam Tarry')!.activities).toEqual([
      expect.objectContaining({ activity: 'person:sam-tarry', via: 'backing', date: '2022-07', weight: 1 }),
    ]);
    // Only Abbott and Burgon were both on the platform and on the letter; Abbott also co-backed Tarry.
    expect(rows.slice(0, 2).map((r) => [r.name, r.sharedCount, r.strength])).toEqual([
      ['Diane Abbott', 3, 2], ['Richard Burgon', 2, 1.5],
    ]);
    const burgon = rows.find((r) => r.name === 'Richard Burgon')!;
    expect(burgon.activities).toEqual(expect.arrayContaining([
      expect.objectContaining({ activity: 'event:eve-of-may-day-rally-2022', via: 'event', date: '2022-04-30', weight: 1, withdrawn: false }),
      expect.objectContaining({ activity: 'statement:stop-the-war-ukraine-2022', via: 'statement', date: '2022-02-18', weight: 0.5, withdrawn: true }),
    ]));
    // Guests weigh 0.5, the chair 1.0.
    expect(rows.find((r) => r.name === 'Bhaskar Sunkara')!.strength).toBe(0.5);
    expect(rows.find((r) => r.name === 'Daisy Carter')!.strength).toBe(1);
    for (const r of rows) for (const a of r.activities as Row[]) expect((a.date as string).startsWith('2022')).toBe(true);
  });

  it('from March 2022 leaves out the February statement (its day is before the window)', async () => {
    const rows = await run('co-campaigners-in-window.cypher', { personId: 'person:ian-lavery', from: '2022-03', to: null });
    const burgon = rows.find((r) => r.name === 'Richard Burgon')!;
    expect((burgon.activities as Row[]).map((a) => a.activity)).toEqual(['event:eve-of-may-day-rally-2022']);
    expect(rows.some((r) => r.name === 'Ian Mearns')).toBe(false);
    for (const r of rows) for (const a of r.activities as Row[]) expect(a.date as string >= '2022-03').toBe(true);
  });

  // Issue 9: partial dates are intervals for the derived activity dates too, so a window given
  // by full days and the same window given by its year answer alike, through the analyst query
  // and through the API's query (with the API's dateWindow), and activities dated only by year or
  // month are inside it.
  it('gives Ian Lavery the same 2021 co-campaigners for 2021-01-01..2021-12-31 as for 2021..2021', async () => {
    const byDay = await run('co-campaigners-in-window.cypher', { personId: 'person:ian-lavery', from: '2021-01-01', to: '2021-12-31' });
    const byYear = await run('co-campaigners-in-window.cypher', { personId: 'person:ian-lavery', from: '2021', to: '2021' });
    expect(byDay).toEqual(byYear);
    const dates = byYear.flatMap((r) => (r.activities as Row[]).map((a) => a.date as string));
    expect(dates.some((d) => d.length < 10), 'an activity dated by month or year only').toBe(true);
    for (const d of dates) expect(d.startsWith('2021')).toBe(true);
    const api = async (from: string, to: string): Promise<string[]> => {
      const page = await campaignedWith(db, { personId: 'person:ian-lavery', ...dateWindow(from, to), kinds: null, page: pageArgs(100, null) });
      return (page?.rows ?? []).map((r) => r.node.id as string).sort();
    };
    const apiByDay = await api('2021-01-01', '2021-12-31');
    expect(apiByDay).toEqual(await api('2021', '2021'));
    expect(apiByDay).toEqual(byYear.map((r) => r.id as string).sort());
  });

  it('with no bounds gives every co-campaigner, undated activities included', async () => {
    const all = await run('co-campaigners-in-window.cypher', { personId: 'person:ian-lavery', from: null, to: null });
    const [{ n }] = (await db.read("MATCH (:Person {id: 'person:ian-lavery'})-[:CAMPAIGNED_WITH]-(p) RETURN count(DISTINCT p) AS n")) as [{ n: number }];
    expect(all).toHaveLength(n);
    const burgon = all.find((r) => r.name === 'Richard Burgon')!;
    expect(burgon.sharedCount).toBe(11);
    expect(all[0]!.name).toBe('Richard Burgon');
  });

  it('finds Michael Lavalette\'s 2003 co-campaigner (the alleged backing by George Galloway) but none of his opponents', async () => {
    const rows = await run('co-campaigners-in-window.cypher', { personId: 'person:michael-lavalette', from: '2003', to: '2005' });
    expect(rows.map((r) => r.name)).toEqual(['George Galloway']);
    expect(rows[0]!.activities).toEqual([expect.objectContaining({ activity: 'local.preston.town-centre.2003-05-01', via: 'backing', alleged: true, weight: 0.5 })]);
  });
});

describe('shortest-evidenced-path.cypher', () => {
  async function path(fromId: string, toId: string): Promise<Row | undefined> {
    const rows = await run('shortest-evidenced-path.cypher', { fromId, toId });
    expect(rows.length).toBeLessThanOrEqual(1);
    return rows[0];
  }

  function expectChained(p: Row): void {
    const ids = p.ids as string[];
    const hops = p.hops as Row[];
    expect(hops).toHaveLength(p.length as number);
    hops.forEach((h, i) => {
      expect(LINK_TYPES as readonly string[]).toContain(h.type);
      const [a, b] = h.forward ? [h.from, h.to] : [h.to, h.from];
      expect([a, b]).toEqual([ids[i], ids[i + 1]]);
      expectEvidenced(h);
    });
  }

  it('connects Michael Lavalette and Ian Lavery in two evidenced hops', async () => {
    const p = (await path('person:michael-lavalette', 'person:ian-lavery'))!;
    expect(p.length).toBe(2);
    expect((p.ids as string[])[0]).toBe('person:michael-lavalette');
    expect((p.ids as string[])[2]).toBe('person:ian-lavery');
    expectChained(p);
    // Each end's hop comes from a document about that person: 000-003 name Lavalette, only 004 names Lavery.
    const [first, second] = p.hops as Row[];
    expect(['doc:000_cdae2d0373aead64', 'doc:001_7390ba2169d19db4', 'doc:002_25c6c743af6c7b61', 'doc:003_602ecd93bfef7ec0']).toContain(first!.doc);
    expect(second!.doc).toBe('doc:004_d9ca3ea79ec72c5c');
  });

  it('connects George Galloway to Michael Lavalette directly', async () => {
    const p = (await path('person:george-galloway', 'person:michael-lavalette'))!;
    expect(p.length).toBe(1);
    expectChained(p);
    expect(['BACKED', 'OPPOSED']).toContain((p.hops as Row[])[0]!.type);
  });

  it('never walks MENTIONS or the derived relationships', async () => {
    // Two candidates who only stood against each other and share no evidenced link but the
    // election itself: the path goes through the election node, not STOOD_AGAINST.
    const p = (await path('person:fiona-bryce', 'person:ellen-boardman'))!;
    expect(p.length).toBe(2);
    expect(p.ids).toEqual(['person:fiona-bryce', 'parl.preston.2005-05-05', 'person:ellen-boardman']);
    expect((p.hops as Row[]).map((h) => h.type)).toEqual(['STOOD_IN', 'STOOD_IN']);
    // A person and a document that mentions them are not connected by MENTIONS.
    // Ed Sykes and Lavalette are named by the same document; the path must exist and avoid it.
    const viaDoc = await path('person:ed-sykes', 'person:michael-lavalette');
    expect(viaDoc, 'a path from Ed Sykes to Michael Lavalette').toBeDefined();
    const hops = viaDoc!.hops as Row[];
    expect(hops.length).toBeGreaterThan(0);
    expect(hops).toHaveLength(viaDoc!.length as number);
    for (const h of hops) expect(h.type).not.toBe('MENTIONS');
    expect(await path('person:michael-lavalette', 'person:nobody')).toBeUndefined();
  });
});

describe('person-timeline.cypher', () => {
  it('takes a window: full-date and partial-date bounds at both ends, links with periods as intervals', async () => {
    const ids = async (from: string | null, to: string | null): Promise<string[]> =>
      (await run('person-timeline.cypher', { personId: 'person:michael-lavalette', from, to })).map((r) => r.what as string);
    // The 2003-05-01 Town Centre election, at either end of the window, full or partial.
    for (const [from, to] of [['2003-05-01', '2003-05-01'], ['2003-05-01', '2003-05-31'], ['2003-01-01', '2003-05-01'], ['2003-01-01', '2003-12-31']] as const) {
      expect(await ids(from, to), `${from}..${to}`).toContain('local.preston.town-centre.2003-05-01');
    }
    expect(await ids('2003-05-02', '2003-12-31')).not.toContain('local.preston.town-centre.2003-05-01');
    expect(await ids('2002-01-01', '2003-04-30')).not.toContain('local.preston.town-centre.2003-05-01');
    // The SWP membership from 1981-01 with no end is inside 2022; Labour (1979 to 1981-01) is not.
    const in2022 = await ids('2022-01-01', '2022-12-31');
    expect(in2022).toContain('org:socialist-workers-party');
    expect(in2022).not.toContain('org:labour-party');
    // A window leaves the undated rows out.
    expect((await run('person-timeline.cypher', { personId: 'person:michael-lavalette', from: '1900-01-01', to: null })).every((r) => r.date !== null)).toBe(true);
  });

  it('orders Michael Lavalette\'s positions, memberships, candidacies, events and statements by date', async () => {
    const rows = await run('person-timeline.cypher', { personId: 'person:michael-lavalette', from: null, to: null });
    const dated = rows.filter((r) => r.date !== null);
    const undated = rows.slice(dated.length);
    expect(undated.every((r) => r.date === null)).toBe(true);
    // In interval order (first day, then last day): "2025-05-01" before "2025-05".
    const ends = (d: unknown): string => `${earliestDay(parsePartialDate(d as string)!)}|${latestDay(parsePartialDate(d as string)!)}`;
    for (let i = 1; i < dated.length; i += 1) expect(ends(dated[i - 1]!.date) <= ends(dated[i]!.date), `${String(dated[i - 1]!.date)} then ${String(dated[i]!.date)}`).toBe(true);
    expect([...new Set(rows.map((r) => r.kind))]).toEqual(expect.arrayContaining(['position', 'membership', 'candidacy', 'event', 'statement', 'opposition', 'backing']));
    // Links to him too, told from his side: Galloway backed him, dated by the 2003 election it was
    // for (inferred, with the reason).
    expect(rows.find((r) => r.type === 'BACKED' && r.what === 'person:george-galloway')).toMatchObject({ direction: 'INCOMING', date: '2003' });
    expect(rows.find((r) => r.type === 'BACKED' && r.what === 'person:george-galloway')!.dateInferred).toMatch(/1 May 2003/);
    expect(rows.find((r) => r.type === 'OPPOSED' && r.what === 'person:george-galloway')).toMatchObject({ direction: 'OUTGOING', date: '2007' });

    expect(rows[0]).toMatchObject({ date: '1979', end: '1981-01', kind: 'membership', what: 'org:labour-party' });
    const find = (what: string): Row => rows.find((r) => r.what === what)!;
    expect(find('org:socialist-workers-party')).toMatchObject({ date: '1981-01', kind: 'membership' });
    expect(find('org:socialist-workers-party').dateInferred).toMatch(/January 1981/);
    expect(find('local.preston.town-centre.2003-05-01')).toMatchObject({ date: '2003-05-01', kind: 'candidacy', role: 'Socialist Alliance' });
    expect(find('local.preston.town-centre.2003-05-01').detail).toMatchObject({ votes: 546, share: 37.8, elected: true });
    expect(find('parl.preston.2005-05-05').detail).toMatchObject({ votes: 2318, rank: 4, elected: false });
    expect(find('parl.preston.2005-05-05').dateInferred).toMatch(/5 May 2005/);
    expect(find('org:preston-city-council')).toMatchObject({ kind: 'position', role: 'councillor', date: '2003-05-01', end: '2011-05' });
    expect(find('statement:social-work-after-baby-p')).toMatchObject({ kind: 'statement', type: 'AUTHORED', date: '2009' });
    expect(undated.map((r) => r.what)).toEqual(expect.arrayContaining(['statement:social-work-manifesto', 'event:swan-conference-liverpool']));
    // Order of the documented milestones.
    const at = (what: string): number => rows.findIndex((r) => r.what === what);
    expect(at('org:labour-party')).toBeLessThan(at('local.preston.town-centre.2003-05-01'));
    expect(at('local.preston.town-centre.2003-05-01')).toBeLessThan(at('parl.preston.2005-05-05'));
    expect(at('parl.preston.2005-05-05')).toBeLessThan(at('local.preston.town-centre.2007-05-03'));
    expect(at('local.preston.town-centre.2007-05-03')).toBeLessThan(at('parl.preston.2024-07-04'));
    expect(at('parl.preston.2024-07-04')).toBeLessThan(at('local.preston.preston-central-east.2025-05-01'));
    rows.forEach((r) => expectEvidenced(r));
  });
});

describe('top-campaign-pairs.cypher', () => {
  it('ranks Ian Lavery and Richard Burgon first, by shared activities then strength', async () => {
    const rows = await run('top-campaign-pairs.cypher', { limit: 5, via: null });
    expect(rows).toHaveLength(5);
    expect(rows.slice(0, 3).map((r) => [(r.person1 as Row).name, (r.person2 as Row).name, r.sharedCount, r.strength])).toEqual([
      ['Ian Lavery', 'Richard Burgon', 11, 8.5],
      ['Ian Lavery', 'John McDonnell', 10, 8.5],
      ['John McDonnell', 'Richard Burgon', 8, 7],
    ]);
    expect(rows[0]).toMatchObject({ platforms: 5, firstDate: '2015', lastDate: '2022-04-30' });
    expect(rows[0]!.activities).toEqual(expect.arrayContaining(['event:eve-of-may-day-rally-2022', 'statement:stop-the-war-ukraine-2022']));
    for (let i = 1; i < rows.length; i += 1) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      expect((a.sharedCount as number) > (b.sharedCount as number) || (a.sharedCount === b.sharedCount && (a.strength as number) >= (b.strength as number))).toBe(true);
    }
    for (const r of rows) expect(((r.person1 as Row).id as string) < ((r.person2 as Row).id as string)).toBe(true);
    // Read from the CAMPAIGNED_WITH summary: it agrees with the SHARED_ACTIVITY entries it sums.
    for (const r of rows) expect((r.activities as string[]).length).toBe(r.sharedCount);
    const [byKind] = await db.read(`MATCH (:Person {id: 'person:ian-lavery'})-[s:SHARED_ACTIVITY]-(:Person {id: 'person:richard-burgon'})
      RETURN count(s) AS n, sum(s.weight) AS strength`);
    expect(byKind).toEqual({ n: 11, strength: 8.5 });
  });

  it('counts one kind of activity when asked', async () => {
    const rows = await run('top-campaign-pairs.cypher', { limit: 3, via: 'statement' });
    expect(rows).toHaveLength(3);
    for (const r of rows) for (const a of r.activities as string[]) expect(a.startsWith('statement:')).toBe(true);
    const slates = await run('top-campaign-pairs.cypher', { limit: 10, via: 'slate' });
    // The three Preston Independents elected in 2025 stood as one slate.
    expect(slates.map((r) => [(r.person1 as Row).name, (r.person2 as Row).name]).sort()).toEqual([
      ['Almas Razakazi', 'Michael Lavalette'], ['Almas Razakazi', 'Yousuf Motala'], ['Michael Lavalette', 'Yousuf Motala'],
    ]);
  });
});
