import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type ResolvedCorpus } from '../../src/extraction/resolveCorpus.js';
import { LINK_TYPES } from '../../src/extraction/vocabulary.js';
import type { Row } from '../../src/graph/database.js';
import { CAMPAIGN_KINDS, DERIVED_TYPES, MAX_PAIRWISE, PLATFORM_ROLES } from '../../src/import/deriveCampaignedWith.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { docNodeId } from '../../src/import/importRows.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';

// Facts the corpus documents state, checked through Cypher on the imported graph, and the
// invariants every import must keep (evidence, derivation, inferred dates).

const db = testDatabase(60_000);
let corpus: ResolvedCorpus;

const one = async (query: string, params: Record<string, unknown> = {}): Promise<Row> => {
  const rows = await db.read(query, params);
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

beforeAll(async () => {
  await freshCorpusGraph(db);
  corpus = await loadCorpus({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR });
  expect(corpus.issues).toEqual([]);
});
afterAll(() => db.close());

describe('people are resolved across documents', () => {
  it('Michael Lavalette is one node, mentioned by the four documents about him', async () => {
    const r = await one(`
      MATCH (n:Entity) WHERE n.name = 'Michael Lavalette' OR 'Michael Lavalette' IN n.aliases OR 'Lavalette' IN n.aliases
      RETURN n.id AS id, labels(n) AS labels, n.born AS born,
             [(d:Document)-[:MENTIONS]->(n) | d.id] AS docs`);
    expect(r.id).toBe('person:michael-lavalette');
    expect(r.labels).toEqual(expect.arrayContaining(['Entity', 'Person']));
    expect(r.born).toBe('1962');
    expect((r.docs as string[]).sort()).toEqual([
      'doc:000_cdae2d0373aead64', 'doc:001_7390ba2169d19db4', 'doc:002_25c6c743af6c7b61', 'doc:003_602ecd93bfef7ec0',
    ]);
  });

  it('the misspelling "Iain Feguson" is an alias of Iain Ferguson, not a second person', async () => {
    const r = await one(`
      MATCH (n:Entity) WHERE n.name IN ['Iain Ferguson', 'Iain Feguson'] OR 'Iain Feguson' IN n.aliases
      RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.misspellings AS misspellings, n.aliasText AS aliasText,
             [(d:Document)-[m:MENTIONS]->(n) | m.quotes] AS quotes`);
    expect(r).toMatchObject({ id: 'person:iain-ferguson', name: 'Iain Ferguson', misspellings: ['Iain Feguson'] });
    expect(r.aliases).toContain('Iain Feguson');
    expect(r.aliasText).toContain('Iain Feguson');
    expect((r.quotes as string[][]).flat()).toEqual(expect.arrayContaining(['Iain Feguson']));
    // The misspelling finds him in the name search too.
    const [hit] = await db.read(`CALL db.index.fulltext.queryNodes('entity_names', '"Iain Feguson"') YIELD node RETURN node.id AS id LIMIT 1`);
    expect(hit?.id).toBe('person:iain-ferguson');
    // Both spellings are his co-authorship of the Social Work manifesto.
    const co = await one(`
      MATCH (:Person {id: 'person:iain-ferguson'})-[s:SHARED_ACTIVITY]-(:Person {id: 'person:michael-lavalette'})
      RETURN collect(s.activity) AS activities`);
    expect((co.activities as string[]).sort()).toEqual(['statement:social-work-after-baby-p', 'statement:social-work-manifesto']);
  });
});

describe('campaigned with, stood against', () => {
  it('George Galloway\'s backing of Lavalette in 2003 is alleged, and so is the derived pair', async () => {
    const backed = await one(`
      MATCH (:Person {id: 'person:george-galloway'})-[r:BACKED]->(:Person {id: 'person:michael-lavalette'})
      RETURN r.alleged AS alleged, r.election AS election, r.quotes AS quotes, r.doc AS doc`);
    expect(backed).toMatchObject({ alleged: true, election: 'local.preston.town-centre.2003-05-01', doc: 'doc:000_cdae2d0373aead64' });
    expect(backed.quotes).toEqual(['George Galloway was alleged to have backed Michael Lavalette in this election']);
    const pair = await one(`
      MATCH (g:Person {id: 'person:george-galloway'})-[c:CAMPAIGNED_WITH]->(l:Person {id: 'person:michael-lavalette'})
      RETURN c {.*} AS c, [(g)-[s:SHARED_ACTIVITY]->(l) | s {.*}] AS shared`);
    expect(pair.shared).toEqual([{
      activity: 'local.preston.town-centre.2003-05-01', via: 'backing', side: '', alleged: true, withdrawn: false, reviewed: true,
      weight: 0.5, date: '2003-05-01', dateFrom: '2003-05-01', dateTo: '2003-05-01',
    }]);
    expect(pair.c).toEqual({
      sharedCount: 1, strength: 0.5, firstDate: '2003-05-01', firstFrom: '2003-05-01', lastDate: '2003-05-01', lastTo: '2003-05-01',
      platforms: 0, allegedCount: 1, withdrawnCount: 0, unreviewedCount: 0,
    });
  });

  it('Lavalette\'s 2005 opponents stood against him and did not campaign with him', async () => {
    const rows = await db.read(`
      UNWIND $opponents AS id
      MATCH (o:Person {id: id}), (l:Person {id: 'person:michael-lavalette'})
      OPTIONAL MATCH (o)-[s:STOOD_AGAINST]-(l)
      RETURN o.name AS name, s.elections AS elections, startNode(s).id < endNode(s).id AS ordered,
             EXISTS { (o)-[:CAMPAIGNED_WITH]-(l) } AS campaignedWith`,
    { opponents: ['person:mark-hendrick', 'person:fiona-bryce', 'person:william-parkinson', 'person:ellen-boardman'] });
    expect(rows.map((r) => r.name)).toEqual(['Mark Hendrick', 'Fiona Bryce', 'William Parkinson', 'Ellen Boardman']);
    for (const r of rows) expect(r).toMatchObject({ elections: ['parl.preston.2005-05-05'], ordered: true, campaignedWith: false });
    // And everyone he ever stood against is an opponent, never a co-campaigner.
    const overlap = await one(`
      MATCH (a:Person)-[:STOOD_AGAINST]->(b:Person) WHERE EXISTS { (a)-[:CAMPAIGNED_WITH]-(b) } RETURN count(*) AS n`);
    expect(overlap.n).toBe(0);
    const all = await db.read(`
      MATCH (:Person {id: 'person:michael-lavalette'})-[:STOOD_AGAINST]-(o) RETURN o.id AS id ORDER BY id`);
    expect(all.map((r) => r.id)).toEqual([
      'person:ellen-boardman', 'person:fiona-bryce', 'person:julian-sedgewick', 'person:liam-pennington',
      'person:mark-hendrick', 'person:musa-ahmed-jiwa', 'person:william-parkinson',
    ]);
  });

  it('Ian Lavery campaigned with Richard Burgon: the eve-of-May-Day rally, the Stop the War statement and more', async () => {
    const { c, shared } = await one(`
      MATCH (l:Person {id: 'person:ian-lavery'})-[c:CAMPAIGNED_WITH]->(b:Person {id: 'person:richard-burgon'})
      RETURN c {.*} AS c, [(l)-[s:SHARED_ACTIVITY]->(b) | s {.*}] AS shared`);
    const rel = c as { sharedCount: number; strength: number };
    const all = shared as Array<{ activity: string; via: string; date: string; weight: number; withdrawn: boolean; alleged: boolean }>;
    expect(rel.sharedCount).toBeGreaterThanOrEqual(3);
    expect(rel.sharedCount).toBe(all.length);
    const entry = (activity: string): Record<string, unknown> => {
      const found = all.filter((s) => s.activity === activity);
      expect(found, activity).toHaveLength(1);
      const { via, date, weight, withdrawn, alleged } = found[0]!;
      return { via, date, weight, withdrawn, alleged };
    };
    // Both spoke at the rally (platform: 1.0); both signed the statement and withdrew (0.5).
    expect(entry('event:eve-of-may-day-rally-2022')).toEqual({ via: 'event', date: '2022-04-30', weight: 1, withdrawn: false, alleged: false });
    expect(entry('statement:stop-the-war-ukraine-2022')).toEqual({ via: 'statement', date: '2022-02-18', weight: 0.5, withdrawn: true, alleged: false });
    expect(rel.strength).toBe(all.reduce((t, s) => t + s.weight, 0));
    expect(c).toMatchObject({ lastDate: '2022-04-30' });
  });

  it('STOOD_AGAINST lists each shared ballot once, with its date, from the lower id to the higher', async () => {
    const rows = await db.read(`
      MATCH (a:Person)-[s:STOOD_AGAINST]->(b:Person)
      RETURN a.id AS a, b.id AS b, s.elections AS elections, s.dates AS dates,
             [e IN s.elections | head(COLLECT { MATCH (x:Election) WHERE x.id = e RETURN coalesce(x.date, '') })] AS electionDates,
             size([e IN s.elections WHERE EXISTS { (a)-[:STOOD_IN]->(:Election {id: e})<-[:STOOD_IN]-(b) }]) AS shared`);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect((r.a as string) < (r.b as string)).toBe(true);
      expect(new Set(r.elections as string[]).size).toBe((r.elections as string[]).length);
      expect(r.dates).toEqual(r.electionDates);
      expect(r.shared).toBe((r.elections as string[]).length);
    }
  });

  // The hustings rule (candidates are not co-campaigners; organisers, hosts and chairs are) is
  // tested on a fixture with a real multi-candidate hustings: tests/integration/hustingsRule.int.test.ts.

  it('derives exactly the pairs an independent reading of the evidenced links gives', async () => {
    const expected = await recomputeCampaignedWith();
    const actual = await db.read(`
      MATCH (a)-[c:CAMPAIGNED_WITH]->(b)
      RETURN a.id AS a, b.id AS b, c.sharedCount AS sharedCount, c.strength AS strength, c.firstDate AS firstDate, c.lastDate AS lastDate,
             [(a)-[s:SHARED_ACTIVITY]->(b) | s {.*}] AS shared`);
    const [{ n: orphans }] = (await db.read(`
      MATCH (a)-[:SHARED_ACTIVITY]->(b) WHERE NOT EXISTS { (a)-[:CAMPAIGNED_WITH]->(b) } RETURN count(*) AS n`)) as [{ n: number }];
    expect(orphans, 'every pair with a shared activity has its summary').toBe(0);
    const got = new Map<string, string[]>();
    for (const r of actual) {
      expect((r.a as string) < (r.b as string)).toBe(true);
      const shared = r.shared as Array<Entry & { date: string | null }>;
      expect(r.sharedCount).toBe(shared.length);
      expect(r.strength).toBeCloseTo(shared.reduce((t, s) => t + s.weight, 0), 9);
      const dated = shared.map((s) => s.date ?? null).filter((d): d is string => d !== null).sort((x, y) => firstDay(x).localeCompare(firstDay(y)) || lastDay(x).localeCompare(lastDay(y)));
      const byEnd = [...dated].sort((x, y) => lastDay(y).localeCompare(lastDay(x)) || firstDay(y).localeCompare(firstDay(x)));
      expect([r.firstDate, r.lastDate]).toEqual(dated.length ? [dated[0], byEnd[0]] : [null, null]);
      got.set(`${r.a as string} ${r.b as string}`, shared.map((s) => entryKey({ ...s, date: s.date ?? '' })).sort());
    }
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [pair, entries] of expected) expect(got.get(pair), pair).toEqual(entries.sort());
  });
});

describe('evidence', () => {
  it('every evidenced relationship\'s quotes occur verbatim in its document at [starts, ends)', async () => {
    const docs = new Map((await db.read('MATCH (d:Document) RETURN d.id AS id, d.text AS text')).map((d) => [d.id as string, d.text as string]));
    const rels = await db.read(`
      MATCH ()-[r]->() WHERE r.quotes IS NOT NULL
      RETURN type(r) AS type, r.doc AS doc, r.quotes AS quotes, r.starts AS starts, r.ends AS ends`);
    expect(rels.length).toBeGreaterThan(1000);
    let checked = 0;
    const wrong: string[] = [];
    for (const r of rels) {
      const text = docs.get(r.doc as string);
      const [quotes, starts, ends] = [r.quotes as string[], r.starts as number[], r.ends as number[]];
      expect(starts).toHaveLength(quotes.length);
      expect(ends).toHaveLength(quotes.length);
      quotes.forEach((q, i) => {
        checked += 1;
        // Offsets are UTF-16 code units, as in JavaScript (Cypher's substring counts code points).
        if (text?.slice(starts[i], ends[i]) !== q) wrong.push(`${r.type as string} ${r.doc as string} ${JSON.stringify(q)} at ${starts[i]}`);
      });
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(rels.reduce((n, r) => n + (r.quotes as string[]).length, 0));
  });

  it('no link or mention lacks its document and quotes, and the graph holds no other relationship type', async () => {
    const types = await db.read('MATCH ()-[r]->() RETURN DISTINCT type(r) AS type');
    const allowed = [...LINK_TYPES, 'MENTIONS', ...DERIVED_TYPES];
    for (const t of types) expect(allowed).toContain(t.type);
    const bad = await db.read(`
      MATCH (a)-[r]->(b) WHERE NOT type(r) IN $derived
        AND (r.doc IS NULL OR r.quotes IS NULL OR size(r.quotes) = 0 OR size(r.starts) <> size(r.quotes)
             OR NOT EXISTS { MATCH (d:Document {id: r.doc}) }
             OR (type(r) <> 'MENTIONS' AND (r.key IS NULL OR NOT r.key STARTS WITH substring(r.doc, 4) + '#' + type(r) + '#')))
      RETURN type(r) AS type, a.id AS from, b.id AS to, r.doc AS doc LIMIT 10`, { derived: [...DERIVED_TYPES] });
    expect(bad).toEqual([]);
    // Every link of the extraction files is in the graph, once.
    const links = await one(`MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN count(r) AS n, count(DISTINCT r.key) AS keys`);
    expect(links).toEqual({ n: corpus.links.length, keys: corpus.links.length });
    const mentions = await one('MATCH (:Document)-[m:MENTIONS]->() RETURN count(m) AS n');
    expect(mentions.n).toBe(corpus.entities.reduce((n, e) => n + e.mentions.length, 0));
    // Every entity is mentioned by some document (nothing without a source).
    const orphans = await one('MATCH (n:Entity) WHERE NOT n:Document AND NOT EXISTS { (:Document)-[:MENTIONS]->(n) } RETURN count(n) AS n');
    expect(orphans.n).toBe(0);
  });
});

describe('inferred dates', () => {
  it('keep their reasons: every …Inferred of the extraction files is on its node or relationship, and every reason has its date', async () => {
    const expected: string[] = [];
    for (const d of corpus.documents) if (d.publishedInferred) expected.push(`node ${docNodeId(d.id)} publishedInferred ${d.publishedInferred}`);
    for (const e of corpus.entities) {
      for (const [k, v] of Object.entries(e.props)) if (k.endsWith('Inferred') && v !== null) expected.push(`node ${e.id} ${k} ${String(v)}`);
    }
    for (const l of corpus.links) {
      for (const [k, v] of Object.entries(l.props)) if (k.endsWith('Inferred') && v !== null) expected.push(`rel ${l.key} ${k} ${String(v)}`);
    }
    const actual = await db.read(`
      CALL {
        MATCH (n) UNWIND keys(n) AS k WITH n, k WHERE k ENDS WITH 'Inferred'
        RETURN 'node ' + n.id + ' ' + k + ' ' + n[k] AS line, n[left(k, size(k) - 8)] AS date
        UNION ALL
        MATCH ()-[r]->() UNWIND keys(r) AS k WITH r, k WHERE k ENDS WITH 'Inferred'
        RETURN 'rel ' + r.key + ' ' + k + ' ' + r[k] AS line, r[left(k, size(k) - 8)] AS date
      }
      RETURN line, date`);
    expect(actual.map((r) => r.line).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(40);
    for (const r of actual) expect(r.date, r.line as string).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });

  it('for example the 2005 general election and Lavalette\'s joining the SWP', async () => {
    const e = await one(`MATCH (e:Election {id: 'parl.preston.2005-05-05'}) RETURN e.date AS date, e.datePrecision AS precision, e.dateInferred AS why`);
    expect(e).toMatchObject({ date: '2005-05-05', precision: 'DAY' });
    expect(e.why).toMatch(/General Election 2005/);
    const m = await one(`
      MATCH (:Person {id: 'person:michael-lavalette'})-[r:MEMBER_OF]->(:Organisation {id: 'org:socialist-workers-party'})
      RETURN r.start AS start, r.startPrecision AS precision, r.startInferred AS why`);
    expect(m).toMatchObject({ start: '1981-01', precision: 'MONTH' });
    expect(m.why).toMatch(/by January 1981 he had left to join the SWP/);
  });
});

interface Entry { activity: string; via: string; side: string; date: string; weight: number; alleged: boolean; withdrawn: boolean }
const entryKey = (e: Entry): string => JSON.stringify([e.activity, e.via, e.side, e.date, e.weight, e.alleged, e.withdrawn]);
/** A partial date's first and last day as sortable strings ('2021-02' ends '2021-02-31'). */
const firstDay = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const lastDay = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const byInterval = (x: string, y: string): number => firstDay(x).localeCompare(firstDay(y)) || lastDay(x).localeCompare(lastDay(y));

/**
 * Recomputes CAMPAIGNED_WITH in TypeScript from the evidenced links, following the rules stated
 * in docs/graph-model.md (shared platforms, statements, slates, backing, campaign membership).
 */
async function recomputeCampaignedWith(): Promise<Map<string, string[]>> {
  const pairs = new Map<string, string[]>();
  const add = (a: string, b: string, e: Entry): void => {
    const [p1, p2] = a < b ? [a, b] : [b, a];
    const key = `${p1} ${p2}`;
    pairs.set(key, [...(pairs.get(key) ?? []), entryKey(e)]);
  };
  type Side = { p: string; weight: number; alleged: boolean; withdrawn: boolean };
  const expand = (activity: string, via: string, side: string, date: string | null, members: Side[]): void => {
    if (members.length < 2 || members.length > MAX_PAIRWISE) return;
    for (const x of members) for (const y of members) {
      if (x.p < y.p) add(x.p, y.p, { activity, via, side, date: date ?? '', weight: Math.min(x.weight, y.weight), alleged: x.alleged || y.alleged, withdrawn: x.withdrawn || y.withdrawn });
    }
  };
  const group = <T>(rows: T[], key: (r: T) => string): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return m;
  };

  const events = await db.read(`
    MATCH (p:Person)-[r:PARTICIPATED_IN]->(a:Event)
    RETURN p.id AS p, a.id AS a, a.kind AS kind, a.date AS date, r.role AS role, coalesce(r.alleged, false) AS alleged, coalesce(r.withdrawn, false) AS withdrawn`);
  const counted = events.filter((r) => r.kind !== 'hustings' || ['organiser', 'host', 'chair'].includes(r.role as string));
  for (const [a, rows] of group(counted, (r) => r.a as string)) {
    const members = [...group(rows, (r) => r.p as string)].map(([p, rs]) => ({
      p, weight: rs.some((r) => PLATFORM_ROLES.includes(r.role as string)) ? 1 : 0.5,
      alleged: rs.every((r) => r.alleged), withdrawn: rs.every((r) => r.withdrawn),
    }));
    expand(a, 'event', '', rows[0]!.date as string | null, members);
  }

  const statements = await db.read(`
    MATCH (p:Person)-[r:SIGNED|AUTHORED]->(s:Statement)
    RETURN p.id AS p, s.id AS a, s.date AS date, coalesce(r.alleged, false) AS alleged, coalesce(r.withdrawn, false) AS withdrawn`);
  for (const [a, rows] of group(statements, (r) => r.a as string)) {
    const members = [...group(rows, (r) => r.p as string)].map(([p, rs]) => {
      const withdrawn = rs.every((r) => r.withdrawn);
      return { p, weight: withdrawn ? 0.5 : 1, alleged: rs.every((r) => r.alleged), withdrawn };
    });
    expand(a, 'statement', '', rows[0]!.date as string | null, members);
  }

  const slates = await db.read(`
    MATCH (p:Person)-[r:STOOD_IN]->(e:Election) WHERE r.party IS NOT NULL
    OPTIONAL MATCH (e)-[:PART_OF]->(g:Election)
    RETURN p.id AS p, coalesce(g.id, e.id) AS scope, r.party AS party, e.date AS date`);
  for (const [key, rows] of group(slates, (r) => `${r.scope as string}|${r.party as string}`)) {
    const members = [...group(rows, (r) => r.p as string).keys()].map((p) => ({ p, weight: 1, alleged: false, withdrawn: false }));
    const dates = rows.map((r) => r.date as string | null).filter((d): d is string => d !== null).sort(byInterval);
    expand(key.split('|')[0]!, 'slate', key.split('|')[1]!, dates[0] ?? null, members);
  }

  const backing = await db.read(`
    MATCH (b:Person)-[r:BACKED]->(c:Person) WHERE b <> c
    OPTIONAL MATCH (e:Election {id: r.election})
    RETURN b.id AS b, c.id AS c, coalesce(e.id, c.id) AS activity, coalesce(e.date, r.start) AS date,
           coalesce(r.alleged, false) AS alleged, coalesce(r.withdrawn, false) AS withdrawn`);
  for (const rows of group(backing, (r) => `${[r.b, r.c].sort().join(' ')} ${r.activity as string}`).values()) {
    const alleged = rows.every((r) => r.alleged);
    const withdrawn = rows.every((r) => r.withdrawn);
    const dates = rows.map((r) => r.date as string | null).filter((d): d is string => d !== null).sort(byInterval);
    add(rows[0]!.b as string, rows[0]!.c as string, { activity: rows[0]!.activity as string, via: 'backing', side: '', date: dates[0] ?? '', weight: alleged || withdrawn ? 0.5 : 1, alleged, withdrawn });
  }

  const members = await db.read(`
    MATCH (p:Person)-[r:MEMBER_OF|HELD_POSITION]->(o:Organisation) WHERE o.kind IN $kinds
    RETURN o.id AS o, p.id AS p, r.start AS start, r.end AS end`, { kinds: CAMPAIGN_KINDS });
  for (const [o, rows] of group(members, (r) => r.o as string)) {
    const people = [...group(rows, (r) => r.p as string)].map(([p, rs]) => ({
      // Unknown ('') when a link leaves its start unknown; open ('9999') when one leaves its end.
      p, since: rs.some((r) => r.start === null) ? '' : rs.map((r) => r.start as string).sort(byInterval)[0]!,
      until: rs.some((r) => r.end === null) ? '9999' : rs.map((r) => lastDay(r.end as string)).sort().at(-1)!,
    }));
    if (people.length < 2 || people.length > MAX_PAIRWISE) continue;
    for (const x of people) for (const y of people) {
      if (x.p < y.p && (x.since === '' || firstDay(x.since) <= y.until) && (y.since === '' || firstDay(y.since) <= x.until)) {
        const later = y.since === '' || (x.since !== '' && byInterval(x.since, y.since) >= 0) ? x.since : y.since;
        add(x.p, y.p, { activity: o, via: 'campaign', side: '', date: later, weight: 0.5, alleged: false, withdrawn: false });
      }
    }
  }
  const backers = await db.read(`
    MATCH (p:Person)-[r:BACKED]->(t:Entity) WHERE p <> t
    RETURN t.id AS t, p.id AS p, r.start AS start, coalesce(r.alleged, false) AS alleged, coalesce(r.withdrawn, false) AS withdrawn`);
  for (const [t, rows] of group(backers, (r) => r.t as string)) {
    const people = [...group(rows, (r) => r.p as string)].map(([p, rs]) => {
      const starts = rs.map((r) => r.start as string | null).filter((d): d is string => d !== null).sort(byInterval);
      return { p, since: starts[0] ?? '', until: starts.map(lastDay).sort().at(-1) ?? '', alleged: rs.every((r) => r.alleged), withdrawn: rs.every((r) => r.withdrawn) };
    });
    if (people.length < 2 || people.length > MAX_PAIRWISE) continue;
    for (const x of people) for (const y of people) {
      if (x.p < y.p && (x.since === '' || y.since === '' || (firstDay(x.since) <= y.until && firstDay(y.since) <= x.until))) {
        const later = y.since === '' || (x.since !== '' && byInterval(x.since, y.since) >= 0) ? x.since : y.since;
        add(x.p, y.p, { activity: t, via: 'co-backing', side: '', date: later, weight: 0.5, alleged: x.alleged || y.alleged, withdrawn: x.withdrawn || y.withdrawn });
      }
    }
  }
  return pairs;
}
