import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import type { RunningService } from '../../src/server/startService.js';
import { ask, codesOf, query, SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// Relay conventions, typed vocabularies and the Entity interface over HTTP, against the whole
// imported corpus. Every expected value is a fact of extraction/*.yaml or corpus/documents.yaml.

interface PageInfo { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
interface Page<N> { totalCount?: number; pageInfo: PageInfo; edges: Array<{ cursor: string; node: N }> }

const LAVERY = 'person:ian-lavery';
const LAVALETTE = 'person:michael-lavalette';
const RALLY = 'event:eve-of-may-day-rally-2022';
const PRESTON_2005 = 'parl.preston.2005-05-05';
const CANARY_INTERVIEW = 'doc:002_25c6c743af6c7b61';

/** Asserts what Relay requires of one page's PageInfo, given whether it was asked after a cursor. */
function expectRelayPage<N>(page: Page<N>, after: string | null, where: string): void {
  expect(page.pageInfo.startCursor, `${where}: startCursor is the first edge's`).toBe(page.edges[0]?.cursor ?? null);
  expect(page.pageInfo.endCursor, `${where}: endCursor is the last edge's`).toBe(page.edges.at(-1)?.cursor ?? null);
  expect(page.pageInfo.hasPreviousPage, `${where}: hasPreviousPage`).toBe(after !== null);
}

describe('Relay conventions over the imported corpus', () => {
  let db: Database;
  let service: RunningService;

  /** Follows `endCursor` through every page of `connectionAt(data)`, checking each page; returns the nodes in order. */
  async function allPages<N>(text: string, variables: Record<string, unknown>, connectionAt: (data: never) => Page<N>, first: number): Promise<{ nodes: N[]; pages: number; totalCount: number | undefined }> {
    const nodes: N[] = [];
    let after: string | null = null;
    let pages = 0;
    let totalCount: number | undefined;
    for (;;) {
      const page: Page<N> = connectionAt(await query<never>(service.url, text, { ...variables, first, after }));
      pages += 1;
      expectRelayPage(page, after, `page ${pages}`);
      expect(page.edges.length).toBeLessThanOrEqual(first);
      if (page.pageInfo.hasNextPage) expect(page.edges).toHaveLength(first);
      totalCount = page.totalCount;
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages, 'paging ends').toBeLessThan(100);
    }
    return { nodes, pages, totalCount };
  }

  beforeAll(async () => {
    db = testDatabase();
    await freshCorpusGraph(db);
    service = await startTestService({ ...SLOW_MACHINE_ENV });
  });

  afterAll(async () => {
    await service?.stop();
    await db?.close();
  });

  describe('global object identification', () => {
    const NODE = `query($id: ID!) { node(id: $id) { __typename id
      ... on Person { name born { value } }
      ... on Organisation { name organisationKind }
      ... on Event { name eventKind date { value } participants(first: 1) { totalCount } }
      ... on Election { name electionKind }
      ... on Document { title documentKind } } }`;
    const node = async (id: string) => (await query<{ node: Record<string, unknown> | null }>(service.url, NODE, { id })).node;

    it('refetches a person, an organisation, an event, an election and a document by id, with their fields', async () => {
      expect(await node(LAVERY)).toEqual({ __typename: 'Person', id: LAVERY, name: 'Ian Lavery', born: { value: '1963-01-06' } });
      expect(await node('org:socialist-campaign-group')).toEqual({ __typename: 'Organisation', id: 'org:socialist-campaign-group', name: 'Socialist Campaign Group', organisationKind: 'PARLIAMENTARY_GROUP' });
      expect(await node(RALLY)).toMatchObject({ __typename: 'Event', id: RALLY, eventKind: 'RALLY', date: { value: '2022-04-30' }, participants: { totalCount: 16 } });
      expect(await node(PRESTON_2005)).toEqual({ __typename: 'Election', id: PRESTON_2005, name: '2005 general election in Preston', electionKind: 'PARL' });
      expect(await node(CANARY_INTERVIEW)).toMatchObject({ __typename: 'Document', id: CANARY_INTERVIEW, documentKind: 'INTERVIEW' });
    });

    it('answers null for an id that names nothing, and BAD_USER_INPUT for one of no known form', async () => {
      expect(await node('person:nobody-of-that-name')).toBeNull();
      const bad = await ask(service.url, NODE, { id: 'not an id' });
      expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    });

    it('refetches several at once with nodes(ids:), in the order asked, null for an absent one', async () => {
      const { nodes } = await query<{ nodes: Array<{ __typename: string; id: string } | null> }>(
        service.url, 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [RALLY, 'person:nobody-of-that-name', LAVERY] },
      );
      expect(nodes).toEqual([{ __typename: 'Event', id: RALLY }, null, { __typename: 'Person', id: LAVERY }]);
    });
  });

  describe('cursor connections', () => {
    it('pages events with startCursor and hasPreviousPage, each page after the last', async () => {
      const EVENTS = 'query($first: Int, $after: String) { events(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }';
      const { nodes, pages, totalCount } = await allPages<{ id: string }>(EVENTS, {}, (d: { events: Page<{ id: string }> }) => d.events, 3);
      expect(pages).toBeGreaterThan(1);
      expect(nodes).toHaveLength(totalCount!);
      expect(new Set(nodes.map((n) => n.id)).size, 'no event twice').toBe(nodes.length);
      expect(nodes.map((n) => n.id)).toContain(RALLY);
    });

    it("pages a nested connection (the rally's 16 participants) the same way", async () => {
      const PARTICIPANTS = `query($first: Int, $after: String) { event(id: "${RALLY}") { participants(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { participant { id } role } } } } }`;
      const { nodes, pages } = await allPages<{ participant: { id: string }; role: string }>(PARTICIPANTS, {}, (d: { event: { participants: Page<{ participant: { id: string }; role: string }> } }) => d.event.participants, 5);
      expect(pages).toBe(4);
      expect(nodes).toHaveLength(16);
      expect(nodes[0]).toEqual({ participant: { id: 'person:daisy-carter' }, role: 'CHAIR' });
    });

    it('pages the documents, oldest first, as the deprecated documents list gives them', async () => {
      const DOCS = 'query($first: Int, $after: String) { documentsConnection(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id published { value } } } } }';
      const { nodes, totalCount } = await allPages<{ id: string; published: { value: string } }>(DOCS, {}, (d: { documentsConnection: Page<{ id: string; published: { value: string } }> }) => d.documentsConnection, 2);
      const { documents } = await query<{ documents: Array<{ id: string }> }>(service.url, '{ documents { id } }');
      expect(totalCount).toBe(5);
      expect(nodes.map((n) => n.id)).toEqual(documents.map((d) => d.id));
      const published = nodes.map((n) => n.published.value);
      expect(published).toEqual([...published].sort());
    });

    it("pages Michael Lavalette's timeline, oldest first, as the deprecated timeline list gives it", async () => {
      const TIMELINE = `query($first: Int, $after: String) { person(id: "${LAVALETTE}") { timelineConnection(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { date { value } relation entity { id } summary } } } } }`;
      type Entry = { date: { value: string }; relation: string; entity: { id: string }; summary: string };
      const { nodes, totalCount, pages } = await allPages<Entry>(TIMELINE, {}, (d: { person: { timelineConnection: Page<Entry> } }) => d.person.timelineConnection, 4);
      const { person } = await query<{ person: { timeline: Entry[] } }>(service.url, `{ person(id: "${LAVALETTE}") { timeline { date { value } relation entity { id } summary } } }`);
      expect(pages).toBeGreaterThan(2);
      expect(nodes).toHaveLength(totalCount!);
      expect(nodes).toEqual(person.timeline);
      expect(nodes[0]).toMatchObject({ date: { value: '1979' }, relation: 'MEMBER_OF', entity: { id: 'org:labour-party' } });
      expect(nodes.find((n) => n.entity.id === PRESTON_2005)).toMatchObject({ relation: 'STOOD_IN', summary: 'candidate in 2005 general election in Preston' });
    });

    it('pages search results by rank: one at a time gives what one page of ten gives', async () => {
      const SEARCH = `query($text: String!, $first: Int, $after: String) { searchConnection(text: $text, first: $first, after: $after) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor score node { id } } } }`;
      type Edge = { cursor: string; score: number; node: { id: string } };
      const ten = (await query<{ searchConnection: Page<{ id: string }> & { edges: Edge[] } }>(service.url, SEARCH, { text: 'Preston', first: 10 })).searchConnection;
      expectRelayPage(ten, null, 'one page of ten');
      expect(ten.edges).toHaveLength(10);
      const scores = ten.edges.map((e) => (e as Edge).score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const ones: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i += 1) {
        const page: Page<{ id: string }> = (await query<{ searchConnection: Page<{ id: string }> }>(service.url, SEARCH, { text: 'Preston', first: 1, after })).searchConnection;
        expectRelayPage(page, after, `search page ${i + 1}`);
        expect(page.pageInfo.hasNextPage).toBe(true);
        ones.push(page.edges[0]!.node.id);
        after = page.pageInfo.endCursor;
      }
      expect(ones).toEqual(ten.edges.map((e) => e.node.id));
      const lavery = (await query<{ searchConnection: { edges: Edge[] } }>(service.url, SEARCH, { text: 'Lavry', first: 1 })).searchConnection;
      expect(lavery.edges[0]!.node.id).toBe(LAVERY);
      const bad = await ask(service.url, SEARCH, { text: 'Preston', first: 1, after: 'nonsense' });
      expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    });

    it('marks the old lists deprecated, and still answers them', async () => {
      const { __type } = await query<{ __type: { fields: Array<{ name: string; isDeprecated: boolean }> } }>(
        service.url, '{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated } } }',
      );
      const deprecated = __type.fields.filter((f) => f.isDeprecated).map((f) => f.name).sort();
      expect(deprecated).toEqual(['documents', 'search']);
      const { search } = await query<{ search: Array<{ entity: { id: string } }> }>(service.url, '{ search(text: "Lavry", first: 1) { entity { id } } }');
      expect(search[0]!.entity.id).toBe(LAVERY);
    });
  });

  describe('typed vocabularies', () => {
    it('answers the corpus kinds and roles as enum values', async () => {
      const data = await query<{
        event: { eventKind: string; participants: { edges: Array<{ node: { role: string } }> } };
        statement: { statementKind: string };
        labour: { organisationKind: string };
        document: { documentKind: string; supports: { edges: Array<{ node: { relation: string } }> } };
        person: { activities: { edges: Array<{ node: { role: string } }> } };
      }>(service.url, `{
        event(id: "${RALLY}") { eventKind participants(first: 100) { edges { node { role } } } }
        statement(id: "statement:stop-the-war-ukraine-2022") { statementKind }
        labour: organisation(id: "org:labour-party") { organisationKind }
        document(id: "${CANARY_INTERVIEW}") { documentKind supports(first: 100) { edges { node { relation } } } }
        person(id: "${LAVERY}") { activities(first: 100) { edges { node { role } } } } }`);
      expect(data.event.eventKind).toBe('RALLY');
      expect(new Set(data.event.participants.edges.map((e) => e.node.role))).toEqual(new Set(['CHAIR', 'HOST', 'SPEAKER', 'GUEST']));
      expect(data.statement.statementKind).toBe('STATEMENT');
      expect(data.labour.organisationKind).toBe('PARTY');
      expect(data.document.documentKind).toBe('INTERVIEW');
      for (const e of data.document.supports.edges) expect(e.node.relation).toMatch(/^[A-Z_]+$/);
      const roles = new Set(data.person.activities.edges.map((e) => e.node.role));
      expect(roles).toContain('SPEAKER');
      expect(roles).toContain('SIGNATORY');
    });

    it('filters elections by kind: PARL has Preston 2005 and no local ballot', async () => {
      type Elections = { totalCount: number; edges: Array<{ node: { id: string; electionKind: string } }> };
      const ELECTIONS = 'query($kind: ElectionKind) { elections(kind: $kind, first: 100) { totalCount edges { node { id electionKind } } } }';
      const parl = (await query<{ elections: Elections }>(service.url, ELECTIONS, { kind: 'PARL' })).elections;
      const local = (await query<{ elections: Elections }>(service.url, ELECTIONS, { kind: 'LOCAL' })).elections;
      const all = (await query<{ elections: Elections }>(service.url, ELECTIONS, {})).elections;
      const parlIds = parl.edges.map((e) => e.node.id);
      expect(parlIds).toContain(PRESTON_2005);
      expect(parlIds).toContain('parl.wansbeck.2015-05-07');
      expect(parlIds.filter((id) => !id.startsWith('parl.'))).toEqual([]);
      expect(new Set(parl.edges.map((e) => e.node.electionKind))).toEqual(new Set(['PARL']));
      expect(parl.totalCount).toBe(parl.edges.length);
      expect(local.edges.map((e) => e.node.id)).toContain('local.preston.town-centre.2003-05-01');
      expect(new Set(local.edges.map((e) => e.node.electionKind))).toEqual(new Set(['LOCAL']));
      expect(parl.totalCount + local.totalCount).toBeLessThanOrEqual(all.totalCount);
      expect(all.edges.map((e) => e.node.electionKind)).toContain('LEADERSHIP');
      const bad = await ask(service.url, '{ elections(kind: parl) { totalCount } }');
      expect(codesOf(bad)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });
  });

  describe('the Entity interface', () => {
    it('gives search results their description and main date without fragments', async () => {
      const SEARCH = `query($text: String!, $kinds: [EntityKind!]) { searchConnection(text: $text, kinds: $kinds, first: 5) {
        edges { node { __typename id name description date { value precision } } } } }`;
      type Hit = { __typename: string; id: string; name: string; description: string | null; date: { value: string; precision: string } | null };
      const hits = async (text: string, kinds: string[]) => (await query<{ searchConnection: { edges: Array<{ node: Hit }> } }>(service.url, SEARCH, { text, kinds })).searchConnection.edges.map((e) => e.node);
      const [lavery] = await hits('Ian Lavery', ['PERSON']);
      expect(lavery).toMatchObject({ id: LAVERY, date: { value: '1963-01-06', precision: 'DAY' } });
      expect(lavery!.description).toContain('MP for Wansbeck since 2010');
      const [rally] = await hits('eve of May Day Rally', ['EVENT']);
      expect(rally).toMatchObject({ id: RALLY, date: { value: '2022-04-30' } });
      const [preston] = await hits('2005 general election in Preston', ['ELECTION']);
      expect(preston).toMatchObject({ id: PRESTON_2005, date: { value: '2005-05-05' } });
      const [group] = await hits('Socialist Campaign Group', ['ORGANISATION']);
      expect(group).toMatchObject({ id: 'org:socialist-campaign-group', description: 'Group of left-wing Labour MPs.', date: null });
      const { document } = await query<{ document: { description: string; date: { value: string } } }>(service.url, `{ document(id: "${CANARY_INTERVIEW}") { description date { value } published { value } } }`);
      expect(document.description).toBe('The Canary, interview');
    });
  });
});
