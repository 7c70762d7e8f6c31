import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import type { RunningService } from '../../src/server/startService.js';
import { ask, codesOf, query, SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// Issues 10 §3 and 13 "Filters", over HTTP against the corpus plus one made-up draft
// (tests/fixtures/unreviewed/: Ian Lavery, Richard Burgon and an invented Oriel Vantongeren speak
// at an invented 2033 meeting; Lavery's and Vantongeren's links are unreviewed): campaignedWith
// and paths leave out unreviewed, withdrawn or alleged facts, and rank by count, strength or recency.

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'unreviewed');
const LAVERY = 'person:ian-lavery';
const BURGON = 'person:richard-burgon';
const LAVALETTE = 'person:michael-lavalette';
const GALLOWAY = 'person:george-galloway';
const ORIEL = 'person:oriel-vantongeren';
const FERRY = 'event:fictional-ferry-fare-meeting-2033';
const STOP_THE_WAR = 'statement:stop-the-war-ukraine-2022';

let db: Database;
let service: RunningService;

beforeAll(async () => {
  db = testDatabase(60_000);
  await freshCorpusGraph(db);
  await importCorpusFiles(db, [join(FIXTURE, 'extraction', '903_fictional-ferry-meeting.yaml')], { corpusDir: join(FIXTURE, 'corpus'), extractionDir: join(FIXTURE, 'extraction') });
  service = await startTestService({ ...SLOW_MACHINE_ENV });
});

afterAll(async () => {
  await service?.stop();
  await db?.close();
});

interface Shared { activity: { id: string }; weight: number; withdrawn: boolean; alleged: boolean; reviewed: boolean; date: { value: string } | null }
interface Edge { cursor: string; node: { id: string }; sharedCount: number; strength: number; lastDate: string | null; activities: Shared[] }
const CW = `query($id: ID!, $leaveOut: [LeaveOut!]! = [], $orderBy: CoCampaignerOrder, $after: String) {
  campaignedWith(personId: $id, leaveOut: $leaveOut, orderBy: $orderBy, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage } edges { cursor node { id } sharedCount strength lastDate
      activities { activity { id } weight withdrawn alleged reviewed date { value } } } } }`;
type Page = { campaignedWith: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: Edge[] } };
/** Every co-campaigner, in order, page by page (a page holds at most 100). */
async function coCampaigners(id: string, vars: Record<string, unknown> = {}): Promise<Edge[]> {
  const edges: Edge[] = [];
  for (let page: Page | null = null; !page || page.campaignedWith.pageInfo.hasNextPage;) {
    page = await query<Page>(service.url, CW, { id, ...vars, after: edges.at(-1)?.cursor ?? null });
    edges.push(...page.campaignedWith.edges);
  }
  return edges;
}
/** Each co-campaigner's activity ids, from the unfiltered answer, keeping those `keep` accepts. */
const expectedKept = (all: Edge[], keep: (a: Shared) => boolean): Map<string, string[]> =>
  new Map(all.map((e) => [e.node.id, e.activities.filter(keep).map((a) => a.activity.id)] as const).filter(([, ids]) => ids.length > 0));
const asMap = (edges: Edge[]): Map<string, string[]> => new Map(edges.map((e) => [e.node.id, e.activities.map((a) => a.activity.id)]));

describe('campaignedWith(leaveOut)', () => {
  it('WITHDRAWN: the eleven withdrawn Stop the War signatures no longer count', async () => {
    const all = await coCampaigners(LAVERY);
    // Before: Lavery shares the withdrawn statement with the ten other signatories.
    expect(all.filter((e) => e.activities.some((a) => a.activity.id === STOP_THE_WAR && a.withdrawn))).toHaveLength(10);
    const kept = await coCampaigners(LAVERY, { leaveOut: ['WITHDRAWN'] });
    expect(asMap(kept)).toEqual(expectedKept(all, (a) => !a.withdrawn));
    expect(kept.length).toBeLessThan(all.length);
    for (const e of kept) expect(e.strength).toBeCloseTo(e.activities.reduce((t, a) => t + a.weight, 0), 9);
    const burgon = (edges: Edge[]): Edge => edges.find((e) => e.node.id === BURGON)!;
    expect(burgon(kept).sharedCount).toBe(burgon(all).sharedCount - 1);
  });

  it('ALLEGED: Galloway\'s alleged 2003 backing leaves him out of Lavalette\'s co-campaigners', async () => {
    const all = await coCampaigners(LAVALETTE);
    expect(all.find((e) => e.node.id === GALLOWAY)?.activities.map((a) => a.alleged)).toEqual([true]);
    const kept = await coCampaigners(LAVALETTE, { leaveOut: ['ALLEGED'] });
    expect(asMap(kept)).toEqual(expectedKept(all, (a) => !a.alleged));
    expect(kept.some((e) => e.node.id === GALLOWAY)).toBe(false);
  });

  it('UNREVIEWED: the drafted meeting is shown as unreviewed, and left out on request', async () => {
    const all = await coCampaigners(BURGON);
    const lavery = all.find((e) => e.node.id === LAVERY)!;
    expect(lavery.activities.filter((a) => a.activity.id === FERRY).map((a) => [a.reviewed, a.weight])).toEqual([[false, 1]]);
    expect(all.find((e) => e.node.id === ORIEL)?.activities.map((a) => [a.activity.id, a.reviewed])).toEqual([[FERRY, false]]);
    const kept = await coCampaigners(BURGON, { leaveOut: ['UNREVIEWED'] });
    expect(asMap(kept)).toEqual(expectedKept(all, (a) => a.reviewed));
    expect(kept.some((e) => e.node.id === ORIEL)).toBe(false);
    expect(kept.find((e) => e.node.id === LAVERY)!.sharedCount).toBe(lavery.sharedCount - 1);
  });
});

describe('campaignedWith(activityKinds: [CO_BACKING])', () => {
  it('gives Ian Lavery the six other backers of The Liberation Movement, each a backer of it', async () => {
    const q = `{ campaignedWith(personId: "${LAVERY}", activityKinds: [CO_BACKING], first: 100) {
      edges { node { id } activities { activity { id } activityKind role otherRole weight } } } }`;
    const edges = (await query<{ campaignedWith: { edges: Array<{ node: { id: string }; activities: unknown[] }> } }>(service.url, q)).campaignedWith.edges;
    const tlm = { activity: { id: 'org:the-liberation-movement' }, activityKind: 'CO_BACKING', role: 'backer', otherRole: 'backer', weight: 0.5 };
    const backers = edges.filter((e) => e.activities.some((a) => JSON.stringify(a) === JSON.stringify(tlm))).map((e) => e.node.id);
    expect(backers.sort()).toEqual(['person:alexei-sayle', 'person:caroline-lucas', 'person:cathy-tyson', 'person:clive-lewis', 'person:lowkey', 'person:rachael-maskell']);
  });
});

describe('campaignedWith(orderBy)', () => {
  it('STRENGTH ranks the strongest first; RECENCY the most recent first; COUNT stays the default', async () => {
    const byCount = await coCampaigners(LAVERY);
    expect(await coCampaigners(LAVERY, { orderBy: 'COUNT' })).toEqual(byCount);
    for (let i = 1; i < byCount.length; i += 1) expect(byCount[i - 1]!.sharedCount).toBeGreaterThanOrEqual(byCount[i]!.sharedCount);
    const byStrength = await coCampaigners(LAVERY, { orderBy: 'STRENGTH' });
    expect(byStrength.map((e) => e.node.id).sort()).toEqual(byCount.map((e) => e.node.id).sort());
    for (let i = 1; i < byStrength.length; i += 1) expect(byStrength[i - 1]!.strength).toBeGreaterThanOrEqual(byStrength[i]!.strength);
    // The drafted 2033 meeting is Lavery's latest activity: Burgon and Vantongeren come first.
    const byRecency = await coCampaigners(LAVERY, { orderBy: 'RECENCY' });
    expect(byRecency.slice(0, 2).map((e) => e.node.id).sort()).toEqual([BURGON, ORIEL].sort());
    expect(byRecency[0]!.lastDate).toBe('2033-09-09');
    expect(byRecency.map((e) => e.node.id)).not.toEqual(byCount.map((e) => e.node.id));
  });

  it('refuses a cursor made under another order or another leaveOut', async () => {
    const first = await query<{ campaignedWith: { edges: Edge[] } }>(service.url, CW.replace('first: 100', 'first: 2'), { id: LAVERY, orderBy: 'STRENGTH' });
    const after = first.campaignedWith.edges[1]!.cursor;
    expect(codesOf(await ask(service.url, CW, { id: LAVERY, orderBy: 'STRENGTH', after }))).toEqual([]);
    expect(codesOf(await ask(service.url, CW, { id: LAVERY, orderBy: 'COUNT', after }))).toEqual(['BAD_USER_INPUT']);
    expect(codesOf(await ask(service.url, CW, { id: LAVERY, orderBy: 'STRENGTH', leaveOut: ['WITHDRAWN'], after }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('paths(leaveOut)', () => {
  const PATHS = `query($from: ID!, $to: ID!, $leaveOut: [LeaveOut!]! = []) {
    paths(fromId: $from, toId: $to, leaveOut: $leaveOut) { relations { type from to evidence { reviewed } } } }`;
  type Path = { relations: Array<{ type: string; from: string; to: string; evidence: Array<{ reviewed: boolean }> }> };
  const paths = async (from: string, to: string, leaveOut: string[] = []): Promise<Path[]> =>
    (await query<{ paths: Path[] }>(service.url, PATHS, { from, to, leaveOut })).paths;

  it('ALLEGED walks no alleged link: Galloway\'s alleged backing of Lavalette is not a hop', async () => {
    const isBacking = (p: Path): boolean => p.relations.some((r) => r.type === 'BACKED' && r.from === GALLOWAY && r.to === LAVALETTE);
    expect((await paths(GALLOWAY, LAVALETTE)).some(isBacking)).toBe(true);
    const kept = await paths(GALLOWAY, LAVALETTE, ['ALLEGED']);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.some(isBacking)).toBe(false);
  });

  it('UNREVIEWED walks no draft link: the invented speaker is reachable only through drafts', async () => {
    const all = await paths(BURGON, ORIEL);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((p) => p.relations.some((r) => r.evidence.every((e) => !e.reviewed)))).toBe(true);
    expect(await paths(BURGON, ORIEL, ['UNREVIEWED'])).toEqual([]);
  });
});
