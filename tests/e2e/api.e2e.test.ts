import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseGraphQL, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../../src/config/repoRoot.js';
import type { Database } from '../../src/graph/database.js';
import { exampleOperations } from '../../src/server/exampleOperations.js';
import type { RunningService } from '../../src/server/startService.js';
import { query, SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { graphql, startTestService } from '../support/testService.js';

// The GraphQL API over HTTP against the whole imported corpus. Every expected value below is a
// fact of extraction/*.yaml (the ids, votes, roles and quotes are the corpus's own).

interface DateValue { value: string; precision: string; inferred: boolean; inferredReason: string | null }
interface Evidence { quote: string; start: number; end: number; document: { id: string } }
interface SharedActivity {
  activity: { __typename: string; id: string; name: string };
  activityKind: string;
  role: string;
  otherRole: string;
  date: DateValue | null;
  alleged: boolean;
  withdrawn: boolean;
  evidence: Evidence[];
}
interface CoCampaignerEdge {
  cursor: string;
  node: { id: string; name: string };
  sharedCount: number;
  strength: number;
  firstDate: string | null;
  lastDate: string | null;
  activities: SharedActivity[];
}
interface CoCampaigners { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: CoCampaignerEdge[] }

const EVIDENCE = 'evidence { quote start end document { id } }';
const CO_CAMPAIGNERS = `
query CoCampaigners($personId: ID!, $from: PartialDate, $to: PartialDate, $kinds: [ActivityKind!], $first: Int, $after: String) {
  campaignedWith(personId: $personId, from: $from, to: $to, activityKinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node { id name }
      sharedCount
      strength
      firstDate
      lastDate
      activities {
        activity { __typename id name }
        activityKind role otherRole
        date { value precision inferred inferredReason }
        alleged withdrawn
        ${EVIDENCE}
      }
    }
  }
}`;

const LAVERY = 'person:ian-lavery';
const LAVALETTE = 'person:michael-lavalette';
const BURGON = 'person:richard-burgon';
const RALLY = 'event:eve-of-may-day-rally-2022';
const STOP_THE_WAR = 'statement:stop-the-war-ukraine-2022';
const PRESTON_2005 = 'parl.preston.2005-05-05';
const TOWN_CENTRE_2003 = 'local.preston.town-centre.2003-05-01';
const LAVALETTE_2005_OPPONENTS = ['person:mark-hendrick', 'person:fiona-bryce', 'person:william-parkinson', 'person:ellen-boardman'];

describe('the GraphQL API over the imported corpus', () => {
  let db: Database;
  let service: RunningService;
  let texts: Map<string, string>;

  /** One page of co-campaigners. */
  const coCampaigners = async (variables: Record<string, unknown>): Promise<CoCampaigners> =>
    (await query<{ campaignedWith: CoCampaigners }>(service.url, CO_CAMPAIGNERS, variables)).campaignedWith;

  /** Every page of co-campaigners, following endCursor; checks each page's totalCount. */
  async function allCoCampaigners(variables: Record<string, unknown>, first: number): Promise<{ edges: CoCampaignerEdge[]; totalCount: number; pages: number }> {
    const edges: CoCampaignerEdge[] = [];
    let after: string | null = null;
    let totalCount = -1;
    let pages = 0;
    for (;;) {
      const page = await coCampaigners({ ...variables, first, after });
      pages += 1;
      if (totalCount === -1) totalCount = page.totalCount;
      expect(page.totalCount, 'every page reports the same totalCount').toBe(totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(first);
      edges.push(...page.edges);
      if (page.edges.length > 0) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages, 'paging ends').toBeLessThan(200);
    }
    return { edges, totalCount, pages };
  }

  /** Asserts the evidence quote is exactly the document text at [start, end). */
  function expectQuoted(evidence: Evidence, where: string): void {
    const text = texts.get(evidence.document.id);
    expect(text, `${where}: cites a document of the corpus`).toBeDefined();
    expect(evidence.end).toBeGreaterThan(evidence.start);
    expect(text!.slice(evidence.start, evidence.end), `${where}: quote at [${evidence.start}, ${evidence.end})`).toBe(evidence.quote);
  }

  beforeAll(async () => {
    db = testDatabase();
    await freshCorpusGraph(db);
    service = await startTestService({ ...SLOW_MACHINE_ENV });
    const { documents } = await query<{ documents: Array<{ id: string; text: string }> }>(service.url, '{ documents { id text } }');
    texts = new Map(documents.map((d) => [d.id, d.text]));
  });

  afterAll(async () => {
    await service?.stop();
    await db?.close();
  });

  describe('campaignedWith', () => {
    it("lists Richard Burgon among Ian Lavery's co-campaigners, with their shared activities and evidence", async () => {
      const page = await coCampaigners({ personId: LAVERY, first: 10 });
      const burgon = page.edges.find((e) => e.node.id === BURGON);
      expect(burgon, 'Richard Burgon is on the first page').toBeDefined();
      expect(burgon!.node.name).toBe('Richard Burgon');
      expect(burgon!.sharedCount).toBe(burgon!.activities.length);
      expect(burgon!.sharedCount).toBe(11);

      const byId = new Map(burgon!.activities.map((a) => [a.activity.id, a]));
      const rally = byId.get(RALLY);
      expect(rally).toMatchObject({
        activity: { __typename: 'Event', name: 'Socialism - Unity - Internationalism: Tribune & Arise eve of May Day Rally' },
        activityKind: 'EVENT', role: 'speaker', otherRole: 'speaker', withdrawn: false, alleged: false,
        date: { value: '2022-04-30', precision: 'DAY', inferred: true },
      });
      expect(rally!.evidence).toEqual(expect.arrayContaining([
        { quote: 'Ian Lavery', start: 5038, end: 5048, document: { id: 'doc:004_d9ca3ea79ec72c5c' } },
        { quote: 'Richard Burgon', start: 5068, end: 5082, document: { id: 'doc:004_d9ca3ea79ec72c5c' } },
      ]));

      const statement = byId.get(STOP_THE_WAR);
      expect(statement).toMatchObject({
        activity: { __typename: 'Statement', name: 'Stop the War Statement on Crisis in the Ukraine' },
        activityKind: 'STATEMENT', role: 'signatory', otherRole: 'signatory', withdrawn: true,
        date: { value: '2022-02-18', inferred: false },
      });
      expect(statement!.evidence.map((e) => e.quote)).toEqual(expect.arrayContaining(['Ian Lavery', 'Richard Burgon', 'All withdrew their signatues after Labour Party pressure.']));
      expect(byId.get('statement:cuba-covid-letter-2020')).toMatchObject({ activityKind: 'STATEMENT', withdrawn: false });

      const dates = burgon!.activities.flatMap((a) => (a.date ? [a.date.value] : [])).sort();
      expect(burgon!.firstDate).toBe(dates[0]);
      expect(burgon!.lastDate).toBe(dates.at(-1));
      expect(burgon!.lastDate).toBe('2022-04-30');
    });

    it('gives every shared activity evidence whose quote is the document text at [start, end)', async () => {
      const page = await coCampaigners({ personId: LAVERY, first: 20 });
      let checked = 0;
      for (const edge of page.edges) {
        for (const activity of edge.activities) {
          expect(activity.evidence.length, `${edge.node.id} / ${activity.activity.id} has evidence`).toBeGreaterThan(0);
          for (const evidence of activity.evidence) {
            expectQuoted(evidence, `${edge.node.id} / ${activity.activity.id}`);
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(50);
    });

    it("never lists Michael Lavalette's 2005 Preston opponents as co-campaigners, but does list them as opponents", async () => {
      const { person } = await query<{ person: { opponents: Array<{ person: { id: string; name: string }; elections: Array<{ id: string }> }> } }>(
        service.url,
        `query($id: ID!) { person(id: $id) { opponents { person { id name } elections { id } } } }`,
        { id: LAVALETTE },
      );
      const opponents2005 = person.opponents.filter((o) => o.elections.some((e) => e.id === PRESTON_2005)).map((o) => o.person.id);
      expect(opponents2005.sort()).toEqual([...LAVALETTE_2005_OPPONENTS].sort());
      expect(person.opponents.find((o) => o.person.id === 'person:mark-hendrick')?.person.name).toBe('Mark Hendrick');

      // Page through every co-campaigner, two at a time, so paging itself is exercised.
      const all = await allCoCampaigners({ personId: LAVALETTE }, 2);
      expect(all.pages).toBeGreaterThan(1);
      const ids = all.edges.map((e) => e.node.id);
      expect(ids).toHaveLength(all.totalCount);
      for (const opponent of person.opponents) expect(ids, opponent.person.id).not.toContain(opponent.person.id);
      expect(ids).toContain('person:iain-ferguson');
      const ferguson = all.edges.find((e) => e.node.id === 'person:iain-ferguson')!;
      expect(ferguson.activities.map((a) => a.activity.id).sort()).toEqual(['statement:social-work-after-baby-p', 'statement:social-work-manifesto']);
    });

    it('keeps only the activities inside a date window, and only the people left with one', async () => {
      const everything = await allCoCampaigners({ personId: LAVERY }, 100);
      const in2022 = await allCoCampaigners({ personId: LAVERY, from: '2022', to: '2022' }, 100);
      expect(in2022.totalCount).toBeGreaterThan(0);
      expect(in2022.totalCount).toBeLessThan(everything.totalCount);

      // The same answer, derived from the unfiltered list: the activities dated in 2022.
      const expected = new Map<string, string[]>();
      for (const edge of everything.edges) {
        const inside = edge.activities.filter((a) => a.date?.value.startsWith('2022')).map((a) => a.activity.id).sort();
        if (inside.length > 0) expected.set(edge.node.id, inside);
      }
      const got = new Map(in2022.edges.map((e) => [e.node.id, e.activities.map((a) => a.activity.id).sort()]));
      expect(got).toEqual(expected);
      for (const edge of in2022.edges) {
        expect(edge.sharedCount).toBe(edge.activities.length);
        for (const a of edge.activities) expect(a.date?.value, `${edge.node.id} / ${a.activity.id}`).toMatch(/^2022/);
        expect(edge.firstDate! >= '2022').toBe(true);
      }

      // A month window: Burgon's rally (30 April 2022) is inside, the February statement is not.
      const spring = await allCoCampaigners({ personId: LAVERY, from: '2022-03', to: '2022-04' }, 100);
      const burgon = spring.edges.find((e) => e.node.id === BURGON)!;
      expect(burgon.activities.map((a) => a.activity.id)).toEqual([RALLY]);
      expect(spring.edges.map((e) => e.node.id)).not.toContain('person:john-mcdonnell');

      // An empty window leaves nobody.
      const none = await coCampaigners({ personId: LAVERY, from: '1900', to: '1901' });
      expect(none).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });

    it('keeps only the activity kinds asked for', async () => {
      const everything = await allCoCampaigners({ personId: LAVERY }, 100);
      for (const kinds of [['STATEMENT'], ['EVENT'], ['BACKING', 'CAMPAIGN']]) {
        const filtered = await allCoCampaigners({ personId: LAVERY, kinds }, 100);
        const expected = new Map<string, string[]>();
        for (const edge of everything.edges) {
          const kept = edge.activities.filter((a) => kinds.includes(a.activityKind)).map((a) => a.activity.id).sort();
          if (kept.length > 0) expected.set(edge.node.id, kept);
        }
        expect(filtered.totalCount, kinds.join()).toBe(expected.size);
        expect(new Map(filtered.edges.map((e) => [e.node.id, e.activities.map((a) => a.activity.id).sort()])), kinds.join()).toEqual(expected);
      }
      const statements = await coCampaigners({ personId: LAVERY, kinds: ['STATEMENT'], first: 100 });
      const burgon = statements.edges.find((e) => e.node.id === BURGON)!;
      expect(burgon.activities.map((a) => a.activity.id).sort()).toEqual(['statement:cuba-covid-letter-2020', STOP_THE_WAR]);
      const backing = await coCampaigners({ personId: LAVERY, kinds: ['BACKING'], first: 100 });
      expect(backing.edges.map((e) => e.node.id)).toContain('person:jeremy-corbyn');
    });

    it('pages with first/after: no overlap, a stable order, and a consistent totalCount', async () => {
      const bySmallPages = await allCoCampaigners({ personId: LAVERY }, 25);
      const byLargePages = await allCoCampaigners({ personId: LAVERY }, 100);
      expect(bySmallPages.pages).toBeGreaterThan(byLargePages.pages);
      const ids = bySmallPages.edges.map((e) => e.node.id);
      expect(new Set(ids).size, 'no person appears on two pages').toBe(ids.length);
      expect(ids).toHaveLength(bySmallPages.totalCount);
      expect(bySmallPages.totalCount).toBe(byLargePages.totalCount);
      expect(byLargePages.edges.map((e) => e.node.id), 'the same order whatever the page size').toEqual(ids);
      expect(new Set(ids.map((id) => id.split(':')[0]))).toEqual(new Set(['person']));
      expect(ids).not.toContain(LAVERY);

      // Ranked: most shared activities first, then strength.
      const ranks = bySmallPages.edges.map((e) => [e.sharedCount, e.strength] as const);
      for (let i = 1; i < ranks.length; i += 1) {
        const [count, strength] = ranks[i]!;
        const [prevCount, prevStrength] = ranks[i - 1]!;
        expect(count <= prevCount && (count < prevCount || strength <= prevStrength), `rank ${i}`).toBe(true);
      }

      // The second page starts right after the first page's endCursor.
      const first = await coCampaigners({ personId: LAVERY, first: 5 });
      const second = await coCampaigners({ personId: LAVERY, first: 5, after: first.pageInfo.endCursor });
      expect(first.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 5));
      expect(second.edges.map((e) => e.node.id)).toEqual(ids.slice(5, 10));
      expect(first.pageInfo.hasNextPage).toBe(true);

      // After the last cursor there is nothing more.
      const last = bySmallPages.edges.at(-1)!.cursor;
      const beyond = await coCampaigners({ personId: LAVERY, first: 5, after: last });
      expect(beyond.edges).toEqual([]);
      expect(beyond.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
      expect(beyond.totalCount).toBe(bySmallPages.totalCount);
    });

    it('answers the same through Person.campaignedWith', async () => {
      const direct = await coCampaigners({ personId: LAVERY, first: 5 });
      const { person } = await query<{ person: { campaignedWith: { totalCount: number; edges: Array<{ node: { id: string } }> } } }>(
        service.url,
        `{ person(id: "${LAVERY}") { campaignedWith(first: 5) { totalCount edges { node { id } } } } }`,
      );
      expect(person.campaignedWith.totalCount).toBe(direct.totalCount);
      expect(person.campaignedWith.edges.map((e) => e.node.id)).toEqual(direct.edges.map((e) => e.node.id));
    });

    it('answers an empty connection for a person with no co-campaigners or no such person', async () => {
      const nobody = await coCampaigners({ personId: 'person:no-such-person' });
      expect(nobody).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    });
  });

  describe('paths', () => {
    it('connects Michael Lavalette to Ian Lavery with evidence, from a document, on every hop', async () => {
      const { paths } = await query<{ paths: Array<{ nodes: Array<{ __typename: string; id: string }>; relations: Array<{ type: string; from: string; to: string; evidence: Evidence[] }> }> }>(
        service.url,
        `query($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to, first: 5) {
           nodes { __typename id }
           relations { type from to ${EVIDENCE} } } }`,
        { from: LAVALETTE, to: LAVERY },
      );
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.length).toBeLessThanOrEqual(5);
      const hops = paths[0]!.relations.length;
      for (const path of paths) {
        expect(path.nodes[0]!.id).toBe(LAVALETTE);
        expect(path.nodes.at(-1)!.id).toBe(LAVERY);
        expect(path.relations, 'all paths are equally short').toHaveLength(hops);
        expect(path.nodes).toHaveLength(hops + 1);
        path.relations.forEach((relation, i) => {
          const ends = [path.nodes[i]!.id, path.nodes[i + 1]!.id].sort();
          expect([relation.from, relation.to].sort(), `hop ${i} joins consecutive nodes`).toEqual(ends);
          expect(relation.type).not.toMatch(/^(MENTIONS|CAMPAIGNED_WITH|STOOD_AGAINST)$/);
          expect(relation.evidence.length, `hop ${i} (${relation.type}) has evidence`).toBeGreaterThan(0);
          for (const evidence of relation.evidence) expectQuoted(evidence, `hop ${i} ${relation.type}`);
        });
      }
    });

    it('finds no path within fewer hops than the shortest', async () => {
      const { paths } = await query<{ paths: unknown[] }>(service.url, `{ paths(fromId: "${LAVALETTE}", toId: "${LAVERY}", maxHops: 1) { nodes { id } } }`);
      expect(paths).toEqual([]);
    });
  });

  describe('search', () => {
    type Hit = { score: number; entity: { __typename: string; id: string; name: string; misspellings?: string[] } };
    const search = async (text: string, extra = ''): Promise<Hit[]> =>
      (await query<{ search: Hit[] }>(service.url, `query($text: String!) { search(text: $text${extra}) { score entity { __typename id name ... on Person { misspellings } } } }`, { text })).search;

    it('forgives a typo: "Lavry" finds Ian Lavery first', async () => {
      const hits = await search('Lavry');
      expect(hits[0]!.entity).toMatchObject({ __typename: 'Person', id: LAVERY, name: 'Ian Lavery' });
      for (let i = 1; i < hits.length; i += 1) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    });

    it('finds Iain Ferguson from the misspelling the corpus prints, "Iain Feguson"', async () => {
      const hits = await search('Iain Feguson');
      expect(hits[0]!.entity).toMatchObject({ id: 'person:iain-ferguson', name: 'Iain Ferguson', misspellings: ['Iain Feguson'] });
    });

    it('keeps only the kinds asked for', async () => {
      const orgs = await search('Stop the War', ', kinds: [ORGANISATION]');
      expect(orgs[0]!.entity.id).toBe('org:stop-the-war-coalition');
      expect(new Set(orgs.map((h) => h.entity.__typename))).toEqual(new Set(['Organisation']));
      const statements = await search('Stop the War', ', kinds: [STATEMENT]');
      expect(statements[0]!.entity.id).toBe(STOP_THE_WAR);
      expect(new Set(statements.map((h) => h.entity.__typename))).toEqual(new Set(['Statement']));
      const elections = await search('Preston', ', kinds: [ELECTION], first: 20');
      expect(elections.map((h) => h.entity.id)).toEqual(expect.arrayContaining([PRESTON_2005, TOWN_CENTRE_2003]));
      expect(new Set(elections.map((h) => h.entity.__typename))).toEqual(new Set(['Election']));
    });

    it('finds the same best hits of a kind whatever `first` is', async () => {
      // Regression: the kind filter ran after reading only a few times `first` index hits, so
      // a kind ranked below that many hits of other kinds vanished from a short page.
      for (const [text, kind] of [['s', 'DOCUMENT'], ['a', 'DOCUMENT'], ['Labour', 'ELECTION']] as const) {
        const long = await search(text, `, kinds: [${kind}], first: 100`);
        expect(long.length, `${text} ${kind}`).toBeGreaterThan(0);
        const short = await search(text, `, kinds: [${kind}], first: 1`);
        expect(short.map((h) => h.entity.id), `${text} ${kind}`).toEqual([long[0]!.entity.id]);
      }
    });

    it('answers nothing, not an error, for text with no words', async () => {
      expect(await search('')).toEqual([]);
      expect(await search('?!*')).toEqual([]);
    });
  });

  describe('elections', () => {
    const ELECTION_FIELDS = `id name electionKind body area seats majority majorityPct turnout turnoutPct turnoutChange swing result
      date { value precision inferred inferredReason }
      candidacies { person { id name } label party { id name } votes share shareChange rank elected evidence { quote start end document { id } } }`;
    interface Candidacy { person: { id: string; name: string }; label: string; party: { id: string; name: string } | null; votes: number; share: number; shareChange: number | null; rank: number; elected: boolean; evidence: Evidence[] }
    interface Election { id: string; name: string; majority: number; turnout: number; candidacies: Candidacy[]; [field: string]: unknown }

    it('returns the full 2005 Preston result by id, with its totals', async () => {
      const { election } = await query<{ election: Election }>(service.url, `query($id: ID!) { election(id: $id) { ${ELECTION_FIELDS} } }`, { id: PRESTON_2005 });
      expect(election).toMatchObject({
        id: PRESTON_2005, name: '2005 general election in Preston', electionKind: 'PARL', body: 'House of Commons', area: 'Preston',
        majority: 9407, majorityPct: 21.6, turnout: 34081, turnoutPct: 53.8, turnoutChange: 4.6, swing: -3.2, result: 'Labour Co-op hold',
        date: { value: '2005-05-05', precision: 'DAY', inferred: true },
      });
      expect(election.candidacies.map((c) => [c.person.name, c.label, c.party?.id, c.votes, c.share, c.shareChange, c.rank, c.elected])).toEqual([
        ['Mark Hendrick', 'Labour Co-op', 'org:labour-party', 17210, 50.5, -6.5, 1, true],
        ['Fiona Bryce', 'Conservative', 'org:conservative-party', 7803, 22.9, -0.1, 2, false],
        ['William Parkinson', 'Liberal Democrat', 'org:liberal-democrats', 5701, 16.7, 3.5, 3, false],
        ['Michael Lavalette', 'Respect', 'org:respect-party', 2318, 6.8, 6.8, 4, false],
        ['Ellen Boardman', 'UKIP', 'org:ukip', 1049, 3.1, 3.1, 5, false],
      ]);
      // The totals agree with the candidacies: the majority is the winner's lead over the runner-up.
      expect(election.majority).toBe(election.candidacies[0]!.votes - election.candidacies[1]!.votes);
      expect(election.candidacies.reduce((sum, c) => sum + c.votes, 0)).toBeLessThanOrEqual(election.turnout);
      for (const c of election.candidacies) {
        expect(c.evidence.length).toBeGreaterThan(0);
        for (const e of c.evidence) expectQuoted(e, c.person.id);
      }
      expect(election.candidacies[0]!.evidence[0]!.quote).toBe('Labour Co-op | Mark Hendrick | 17,210 | 50.5 | -6.5');
    });

    it('finds the 2005 Preston election by area and partial date', async () => {
      for (const [area, date] of [['Preston', '2005'], ['preston', '2005-05'], ['PRESTON', '2005-05-05']]) {
        const { elections } = await query<{ elections: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
          service.url,
          'query($area: String, $date: PartialDate) { elections(area: $area, date: $date) { totalCount edges { node { id } } } }',
          { area, date },
        );
        expect(elections, `${area} ${date}`).toEqual({ totalCount: 1, edges: [{ node: { id: PRESTON_2005 } }] });
      }
      const { elections } = await query<{ elections: { totalCount: number; edges: Array<{ node: { id: string; date: { value: string } } }> } }>(
        service.url, '{ elections(area: "Preston") { totalCount edges { node { id date { value } } } } }',
      );
      const dates = elections.edges.map((e) => e.node.date.value);
      expect(dates, 'newest first').toEqual([...dates].sort().reverse());
      expect(elections.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([PRESTON_2005, TOWN_CENTRE_2003, 'local.preston.town-centre.2007-05-03']));
      expect(elections.totalCount).toBe(elections.edges.length);
    });

    it('returns the 2003 Town Centre ward result', async () => {
      const { election } = await query<{ election: Election }>(service.url, `query($id: ID!) { election(id: $id) { ${ELECTION_FIELDS} } }`, { id: TOWN_CENTRE_2003 });
      expect(election).toMatchObject({
        name: '2003 Preston City Council election, Town Centre ward', electionKind: 'LOCAL', area: 'Preston Town Centre',
        majority: 106, turnout: 1444, turnoutPct: 28, result: 'Socialist Alliance gain from Labour',
      });
      expect(election.candidacies.map((c) => [c.person.name, c.label, c.votes, c.share, c.rank, c.elected])).toEqual([
        ['Michael Lavalette', 'Socialist Alliance', 546, 37.8, 1, true],
        ['Musa Ahmed Jiwa', 'Labour', 440, 30.4, 2, false],
        ['Julian Sedgewick', 'Conservative', 228, 15.8, 3, false],
        ['Liam Pennington', 'Liberal Democrat', 220, 15.2, 4, false],
      ]);
      expect(election.majority).toBe(546 - 440);
    });
  });

  describe('events and statements', () => {
    it('lists the eve-of-May-Day rally participants with their roles, the chair first', async () => {
      const { event } = await query<{ event: { name: string; eventKind: string; place: string; date: DateValue; participants: { totalCount: number; edges: Array<{ node: { participant: { __typename: string; id: string; name: string }; role: string; alleged: boolean; evidence: Evidence[] } }> } } }>(
        service.url,
        `query($id: ID!) { event(id: $id) { name eventKind place date { value precision inferred inferredReason }
           participants { totalCount edges { node { participant { __typename id name } role alleged ${EVIDENCE} } } } } }`,
        { id: RALLY },
      );
      expect(event).toMatchObject({ eventKind: 'RALLY', place: 'online', date: { value: '2022-04-30', inferred: true } });
      const participants = event.participants.edges.map((e) => e.node);
      expect(event.participants.totalCount).toBe(16);
      expect(participants).toHaveLength(16);
      expect(participants[0]).toMatchObject({ participant: { __typename: 'Person', id: 'person:daisy-carter', name: 'Daisy Carter' }, role: 'CHAIR' });
      expect(participants[0]!.evidence.map((e) => e.quote)).toEqual(['Chaired by Daisy Carter, Young Labour.']);
      const roles = new Map(participants.map((p) => [p.participant.id, p.role]));
      expect(roles.get('org:arise-festival')).toBe('HOST');
      expect(roles.get('org:tribune')).toBe('HOST');
      for (const speaker of [LAVERY, BURGON, 'person:diane-abbott', 'person:jess-barnard']) expect(roles.get(speaker), speaker).toBe('SPEAKER');
      expect(participants.filter((p) => p.role === 'GUEST')).toHaveLength(5);
      for (const p of participants) for (const e of p.evidence) expectQuoted(e, p.participant.id);
    });

    it('lists the Stop the War statement signatories in printed order, all withdrawn', async () => {
      const SIGNATORIES = `query($id: ID!, $first: Int, $after: String) { statement(id: $id) {
          name statementKind date { value precision inferred inferredReason } issuers { id } authors { id }
          signatories(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
            edges { node { order withdrawn signatory { id name } ${EVIDENCE} } } } } }`;
      type Page = { statement: { name: string; statementKind: string; date: DateValue; issuers: Array<{ id: string }>; authors: unknown[]; signatories: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { order: number; withdrawn: boolean; signatory: { id: string; name: string }; evidence: Evidence[] } }> } } };
      const { statement } = await query<Page>(service.url, SIGNATORIES, { id: STOP_THE_WAR });
      expect(statement).toMatchObject({
        name: 'Stop the War Statement on Crisis in the Ukraine', statementKind: 'STATEMENT',
        date: { value: '2022-02-18', precision: 'DAY', inferred: false, inferredReason: null },
        issuers: [{ id: 'org:stop-the-war-coalition' }], authors: [],
      });
      const signatories = statement.signatories.edges.map((e) => e.node);
      expect(statement.signatories.totalCount).toBe(11);
      expect(signatories.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(signatories.map((s) => s.signatory.name)).toEqual([
        'Diane Abbott', 'John McDonnell', 'Richard Burgon', 'Ian Lavery', 'Beth Winter', 'Zarah Sultana',
        'Bell Ribeiro-Addy', 'Apsana Begum', 'Mick Whitley', 'Tahir Ali', 'Ian Mearns',
      ]);
      expect(signatories.every((s) => s.withdrawn)).toBe(true);
      const lavery = signatories.find((s) => s.signatory.id === LAVERY)!;
      expect(lavery.evidence[0]).toEqual({ quote: 'Ian Lavery', start: 8220, end: 8230, document: { id: 'doc:004_d9ca3ea79ec72c5c' } });
      for (const s of signatories) for (const e of s.evidence) expectQuoted(e, s.signatory.id);

      // The same list, four at a time.
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await query<Page>(service.url, SIGNATORIES, { id: STOP_THE_WAR, first: 4, after });
        paged.push(...page.statement.signatories.edges.map((e) => e.node.signatory.id));
        if (!page.statement.signatories.pageInfo.hasNextPage) break;
        after = page.statement.signatories.pageInfo.endCursor;
      }
      expect(paged).toEqual(signatories.map((s) => s.signatory.id));
    });

    it('lists events and statements in a date window, newest first', async () => {
      const { events, statements } = await query<{ events: { totalCount: number; edges: Array<{ node: { id: string; date: { value: string } } }> }; statements: { edges: Array<{ node: { id: string; date: { value: string } } }> } }>(
        service.url,
        '{ events(from: "2022", to: "2022", first: 100) { totalCount edges { node { id date { value } } } } statements(from: "2022-02", to: "2022-02") { edges { node { id date { value } } } } }',
      );
      expect(events.edges.map((e) => e.node.id)).toContain(RALLY);
      for (const e of events.edges) expect(e.node.date.value).toMatch(/^2022/);
      const dates = events.edges.map((e) => e.node.date.value);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(events.totalCount).toBe(events.edges.length);
      expect(statements.edges.map((e) => e.node.id)).toContain(STOP_THE_WAR);
      for (const s of statements.edges) expect(s.node.date.value).toMatch(/^2022-02/);
    });
  });

  describe('entities', () => {
    it('resolves entity(id) to the right type for every kind', async () => {
      const cases = [
        [LAVERY, 'Person', 'PERSON', 'Ian Lavery'],
        ['org:labour-party', 'Organisation', 'ORGANISATION', 'Labour Party'],
        [RALLY, 'Event', 'EVENT', 'Socialism - Unity - Internationalism: Tribune & Arise eve of May Day Rally'],
        [STOP_THE_WAR, 'Statement', 'STATEMENT', 'Stop the War Statement on Crisis in the Ukraine'],
        [PRESTON_2005, 'Election', 'ELECTION', '2005 general election in Preston'],
        ['doc:000_cdae2d0373aead64', 'Document', 'DOCUMENT', 'Biography of Michael Lavalette (wiki article)'],
      ] as const;
      for (const [id, typename, kind, name] of cases) {
        const { entity } = await query<{ entity: { __typename: string; id: string; kind: string; name: string } }>(
          service.url, 'query($id: ID!) { entity(id: $id) { __typename id kind name } }', { id },
        );
        expect(entity, id).toEqual({ __typename: typename, id, kind, name });
      }
    });

    it('answers null, not an error, for an id that names nothing, or an entity of another kind', async () => {
      const answer = await graphql(service.url, `{
        entity(id: "person:nobody-of-that-name") { id }
        person(id: "org:labour-party") { id }
        event(id: "${LAVERY}") { id }
        election(id: "parl.nowhere.1999") { id }
        document(id: "doc:no-such-document") { id }
        organisation(id: "org:labour-party") { id }
      }`);
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual({ entity: null, person: null, event: null, election: null, document: null, organisation: { id: 'org:labour-party' } });
    });

    it('names where the corpus mentions an entity, with quotes at their offsets', async () => {
      const { person } = await query<{ person: { aliases: string[]; mentions: Evidence[] } }>(service.url, `{ person(id: "${LAVERY}") { aliases mentions { quote start end document { id } } } }`);
      expect(person.aliases).toContain('Lavery');
      expect(person.mentions.length).toBeGreaterThan(0);
      for (const m of person.mentions) expectQuoted(m, 'mention');
    });
  });

  describe('documents', () => {
    it('lists the five source documents, oldest first', async () => {
      const { documents } = await query<{ documents: Array<{ id: string; title: string; publisher: string | null; documentKind: string; published: DateValue; author: string | null }> }>(
        service.url, '{ documents { id title publisher documentKind author published { value precision inferred inferredReason } } }',
      );
      expect(documents.map((d) => d.id).sort()).toEqual([
        'doc:000_cdae2d0373aead64', 'doc:001_7390ba2169d19db4', 'doc:002_25c6c743af6c7b61', 'doc:003_602ecd93bfef7ec0', 'doc:004_d9ca3ea79ec72c5c',
      ]);
      const published = documents.map((d) => d.published.value);
      expect(published).toEqual([...published].sort());
      expect(documents.find((d) => d.id === 'doc:002_25c6c743af6c7b61')).toMatchObject({ publisher: 'The Canary', author: 'Ed Sykes', documentKind: 'INTERVIEW' });
      for (const d of documents) {
        expect(d.title.length).toBeGreaterThan(0);
        expect(d.published.inferred, d.id).toBe(true);
        expect(d.published.inferredReason!.length, d.id).toBeGreaterThan(0);
      }
      for (const [id, text] of texts) expect(text.length, id).toBeGreaterThan(1000);
    });

    it('lists every link a document supports, one per link of its extraction, each evidenced from it', async () => {
      const id = 'doc:000_cdae2d0373aead64';
      const extraction = parseYaml(readFileSync(join(repoRoot, 'extraction', '000_cdae2d0373aead64.yaml'), 'utf8')) as { links: Array<{ type: string; from: string; to: string }> };
      type Support = { relation: string; from: { id: string }; to: { id: string }; alleged: boolean; withdrawn: boolean; evidence: Evidence[] };
      type Page = { document: { supports: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Support }> } } };
      const supports: Support[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await query<Page>(
          service.url,
          `query($id: ID!, $after: String) { document(id: $id) { supports(first: 20, after: $after) {
             totalCount pageInfo { hasNextPage endCursor } edges { node { relation from { id } to { id } alleged withdrawn ${EVIDENCE} } } } } }`,
          { id, after },
        );
        expect(page.document.supports.totalCount).toBe(extraction.links.length);
        supports.push(...page.document.supports.edges.map((e) => e.node));
        if (!page.document.supports.pageInfo.hasNextPage) break;
        after = page.document.supports.pageInfo.endCursor;
      }
      const key = (l: { type: string; from: string; to: string }): string => `${l.type} ${l.from} ${l.to}`;
      expect(supports.map((s) => key({ type: s.relation, from: s.from.id, to: s.to.id })).sort()).toEqual(extraction.links.map(key).sort());
      for (const s of supports) {
        expect(s.evidence.length).toBeGreaterThan(0);
        for (const e of s.evidence) {
          expect(e.document.id).toBe(id);
          expectQuoted(e, key({ type: s.relation, from: s.from.id, to: s.to.id }));
        }
      }
      expect(supports.find((s) => s.relation === 'BACKED' && s.from.id === 'person:george-galloway')?.alleged).toBe(true);
    });
  });

  describe('a person', () => {
    it("gives Michael Lavalette's positions, memberships, candidacies and timeline", async () => {
      type Link = { role?: string | null; organisation: { id: string }; start: DateValue | null; end: DateValue | null; current: boolean | null; evidence: Evidence[] };
      const { person } = await query<{ person: {
        name: string; born: DateValue; description: string;
        positions: Link[]; memberships: Link[];
        candidacies: Array<{ election: { id: string }; label: string | null; party: { id: string } | null; votes: number | null; rank: number | null; elected: boolean | null }>;
        timeline: Array<{ date: DateValue; relation: string; summary: string; entity: { id: string; name: string }; evidence: Evidence[] }>;
      } }>(
        service.url,
        `query($id: ID!) { person(id: $id) { name description born { value precision inferred inferredReason }
           positions { role organisation { id } start { value precision inferred inferredReason } end { value precision inferred inferredReason } current ${EVIDENCE} }
           memberships { organisation { id } start { value precision inferred inferredReason } end { value precision inferred inferredReason } current ${EVIDENCE} }
           candidacies { election { id } label party { id } votes rank elected }
           timeline { date { value precision inferred inferredReason } relation summary entity { id name } ${EVIDENCE} } } }`,
        { id: LAVALETTE },
      );
      expect(person.name).toBe('Michael Lavalette');
      expect(person.born).toEqual({ value: '1962', precision: 'YEAR', inferred: false, inferredReason: null });

      const councillor = person.positions.find((p) => p.organisation.id === 'org:preston-city-council')!;
      expect(councillor).toMatchObject({ role: 'councillor', start: { value: '2003-05-01', inferred: true }, end: { value: '2011-05', precision: 'MONTH', inferred: false } });
      expect(person.positions.find((p) => p.organisation.id === 'org:liverpool-hope-university')).toMatchObject({ role: 'Associate Professor of Social Work', current: true });

      const labour = person.memberships.find((m) => m.organisation.id === 'org:labour-party')!;
      expect(labour).toMatchObject({ start: { value: '1979', inferred: false }, end: { value: '1981-01', inferred: true } });
      expect(labour.end!.inferredReason).toContain('by January 1981');
      expect(person.memberships.find((m) => m.organisation.id === 'org:socialist-workers-party')).toMatchObject({ start: { value: '1981-01' }, current: true });
      for (const link of [...person.positions, ...person.memberships]) for (const e of link.evidence) expectQuoted(e, link.organisation.id);

      const byElection = new Map(person.candidacies.map((c) => [c.election.id, c]));
      expect(byElection.get(TOWN_CENTRE_2003)).toMatchObject({ label: 'Socialist Alliance', party: { id: 'org:socialist-alliance' }, votes: 546, rank: 1, elected: true });
      expect(byElection.get(PRESTON_2005)).toMatchObject({ label: 'Respect', party: { id: 'org:respect-party' }, votes: 2318, rank: 4, elected: false });
      expect(byElection.get('local.preston.town-centre.2007-05-03')).toMatchObject({ votes: 1179, elected: true });

      const dates = person.timeline.map((t) => t.date.value);
      expect(dates, 'oldest first').toEqual([...dates].sort());
      expect(person.timeline[0]).toMatchObject({ date: { value: '1979' }, relation: 'MEMBER_OF', entity: { id: 'org:labour-party' } });
      expect(person.timeline.find((t) => t.entity.id === PRESTON_2005)).toMatchObject({ relation: 'STOOD_IN', date: { value: '2005-05-05', inferred: true } });
      expect(person.timeline.find((t) => t.relation === 'ISSUED')).toMatchObject({ entity: { id: 'statement:preston-anti-cuts-motion-2010-12' }, date: { value: '2010-12' } });
      expect(person.timeline.find((t) => t.entity.id === PRESTON_2005)?.summary).toBe('candidate in 2005 general election in Preston');
      expect(new Set(person.candidacies.map((c) => c.election.id)).size, 'one candidacy per election, merged across documents').toBe(person.candidacies.length);
      for (const t of person.timeline) {
        expect(t.summary).toContain(t.entity.name);
        for (const e of t.evidence) expectQuoted(e, `${t.relation} ${t.entity.id}`);
      }
    });

    it("pages Ian Lavery's activities, newest first", async () => {
      const { person } = await query<{ person: { activities: { totalCount: number; edges: Array<{ node: { activity: { id: string }; role: string; date: DateValue | null; withdrawn: boolean } }> } } }>(
        service.url, `{ person(id: "${LAVERY}") { activities(first: 100) { totalCount edges { node { activity { id } role date { value } withdrawn } } } } }`,
      );
      const activities = person.activities.edges.map((e) => e.node);
      expect(activities).toHaveLength(person.activities.totalCount);
      expect(activities[0]).toMatchObject({ activity: { id: RALLY }, role: 'SPEAKER', date: { value: '2022-04-30' } });
      expect(activities.find((a) => a.activity.id === STOP_THE_WAR)).toMatchObject({ role: 'SIGNATORY', withdrawn: true });
      const dated = activities.flatMap((a) => (a.date ? [a.date.value] : []));
      expect(dated).toEqual([...dated].sort().reverse());
    });
  });

  describe('dates', () => {
    it('gives an inferred date its reason, and a stated date none', async () => {
      const { event, statement, election } = await query<{ event: { date: DateValue }; statement: { date: DateValue }; election: { date: DateValue } }>(
        service.url,
        `{ event(id: "${RALLY}") { date { value precision inferred inferredReason } }
           statement(id: "${STOP_THE_WAR}") { date { value precision inferred inferredReason } }
           election(id: "${PRESTON_2005}") { date { value precision inferred inferredReason } } }`,
      );
      expect(event.date).toMatchObject({ value: '2022-04-30', precision: 'DAY', inferred: true });
      expect(event.date.inferredReason).toContain("the text says 'on April 30' without a year");
      expect(election.date.inferred).toBe(true);
      expect(election.date.inferredReason).toContain('5 May 2005');
      expect(statement.date).toEqual({ value: '2022-02-18', precision: 'DAY', inferred: false, inferredReason: null });
    });
  });

  describe('the example operations GraphiQL opens with', () => {
    const operations = parseGraphQL(exampleOperations).definitions.map((d) => (d as OperationDefinitionNode).name!.value);

    it('are the ones the documentation promises', () => {
      expect(operations).toEqual(['Status', 'Search', 'Refetch', 'ParliamentaryElections', 'CoCampaigners', 'PathLavaletteToLavery', 'Preston2005', 'StopTheWarSignatories']);
    });

    it('each answer without errors, with the answer they describe', async () => {
      const run = async <T>(operationName: string): Promise<T> => {
        const res = await fetch(`${service.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: exampleOperations, operationName }),
        });
        const body = (await res.json()) as { data?: T; errors?: unknown };
        expect(res.status, operationName).toBe(200);
        expect(body.errors, operationName).toBeUndefined();
        return body.data!;
      };
      expect((await run<{ status: { serverVersion: string } }>('Status')).status.serverVersion).toMatch(/^5\.26\./);
      expect((await run<{ searchConnection: { edges: Array<{ node: { id: string; date: { value: string } } }> } }>('Search')).searchConnection.edges[0]!.node)
        .toMatchObject({ id: LAVERY, date: { value: '1963-01-06' } });
      expect((await run<{ node: { id: string; eventKind: string; participants: { totalCount: number } } }>('Refetch')).node)
        .toMatchObject({ id: RALLY, eventKind: 'RALLY', participants: { totalCount: 16 } });
      const parl = (await run<{ elections: { edges: Array<{ node: { id: string; electionKind: string } }> } }>('ParliamentaryElections')).elections.edges;
      expect(parl.length).toBeGreaterThan(0);
      expect(parl.filter((e) => e.node.electionKind !== 'PARL')).toEqual([]);
      expect((await run<{ campaignedWith: CoCampaigners }>('CoCampaigners')).campaignedWith.edges[0]!.node.id).toBe(BURGON);
      const paths = (await run<{ paths: Array<{ nodes: Array<{ id: string }>; relations: Array<{ evidence: unknown[] }> }> }>('PathLavaletteToLavery')).paths;
      expect(paths.length).toBeGreaterThan(0);
      expect(paths[0]!.nodes.at(-1)!.id).toBe(LAVERY);
      expect((await run<{ election: { candidacies: unknown[] } }>('Preston2005')).election.candidacies).toHaveLength(5);
      expect((await run<{ statement: { signatories: { totalCount: number } } }>('StopTheWarSignatories')).statement.signatories.totalCount).toBe(11);
    });
  });
});
