import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import type { RunningService } from '../../src/server/startService.js';
import { SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { allyKey, BURGON, drawn, edgeList, LAVALETTE, LAVERY, launchChromium, nodeAttrs, readyMark, settled, view } from '../support/explorerBrowser.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// Issue 14's "what it does", item by item, in Chromium against the real corpus and a service
// in production mode (NODE_ENV=production: no introspection, no GraphiQL), because the explorer
// stays on in production. Each test opens its view from a URL, as a shared link would.

const HENDRICK = 'person:mark-hendrick'; // stood against Lavalette in Preston, 2005

describe('the network explorer, view by view (production mode)', () => {
  let db: Database;
  let service: RunningService;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    db = testDatabase();
    await freshCorpusGraph(db);
    service = await startTestService({ ...SLOW_MACHINE_ENV, NODE_ENV: 'production' });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.on('request', (r) => requested.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await db?.close();
  });

  it('caps a supernode and pages it: 25 of Ian Lavery\'s 165 first, "Load more" 25 more, 2 hops a capped second ring', async () => {
    await view(page, service.url, `person=${LAVERY}`);
    expect(await drawn(page)).toMatchObject({ allies: 25, total: 165 });
    expect(await page.locator('#more').isEnabled()).toBe(true);
    const before = await readyMark(page);
    await page.locator('#more').click();
    await settled(page, before);
    expect(await drawn(page)).toMatchObject({ allies: 50, total: 165 });
    expect(await page.locator('#status').textContent()).toContain('50 of 165 co-campaigners drawn');

    await view(page, service.url, `person=${LAVERY}&hops=2`);
    const nodes = await nodeAttrs(page);
    const ring1 = new Set(Object.keys(nodes).filter((n) => nodes[n]?.side === 'ally' && nodes[n]?.ring === 1));
    const ring2 = Object.keys(nodes).filter((n) => nodes[n]?.side === 'ally' && nodes[n]?.ring === 2);
    expect(ring1.size).toBe(25);
    expect(ring2.length).toBeGreaterThan(0);
    // The second ring: at most 5 each of the strongest 10 (network.ts), each linked to the first ring.
    expect(ring2.length).toBeLessThanOrEqual(50);
    const edges = await edgeList(page);
    for (const n of ring2) expect(edges.some((e) => (e.source === n && ring1.has(e.target)) || (e.target === n && ring1.has(e.source)))).toBe(true);
  });

  it('draws edge width by shared activities and colour by community', async () => {
    // Lavery's strongest 100: from many shared activities down to few, in several communities.
    await view(page, service.url, `person=${LAVERY}&first=100`);
    const allies = (await edgeList(page)).filter((e) => e.a.side === 'ally').sort((x, y) => Number(x.a.sharedCount) - Number(y.a.sharedCount));
    expect(Number(allies.at(-1)?.a.sharedCount)).toBeGreaterThan(Number(allies[0]?.a.sharedCount));
    for (let i = 1; i < allies.length; i++) expect(Number(allies[i]?.a.size)).toBeGreaterThanOrEqual(Number(allies[i - 1]?.a.size));
    expect(Number(allies.at(-1)?.a.size)).toBeGreaterThan(Number(allies[0]?.a.size));
    const nodes = Object.values(await nodeAttrs(page)).filter((a) => a.side === 'ally');
    const colourOf = new Map<unknown, Set<unknown>>();
    for (const a of nodes) colourOf.set(a.community, (colourOf.get(a.community) ?? new Set()).add(a.color));
    for (const colours of colourOf.values()) expect(colours.size).toBe(1);
    expect(new Set(nodes.map((a) => a.color)).size).toBeGreaterThan(1);
  });

  it('draws opponents (STOOD_AGAINST) apart from allies, never as one of them', async () => {
    await view(page, service.url, `person=${LAVALETTE}&first=100`);
    const nodes = await nodeAttrs(page);
    const edges = await edgeList(page);
    const opp = edges.filter((e) => e.key.startsWith('opp:'));
    expect(opp.map((e) => (e.source === LAVALETTE ? e.target : e.source))).toContain(HENDRICK);
    for (const e of opp) {
      const other = e.source === LAVALETTE ? e.target : e.source;
      expect(e.a).toMatchObject({ side: 'opponent', type: 'arrow', color: '#d62728' });
      expect(nodes[other]).toMatchObject({ side: 'opponent' });
      expect(Number(nodes[other]?.y)).toBeLessThan(0); // the lower arc; allies fill the upper one
      expect(edges.some((x) => x.key === allyKey(LAVALETTE, other))).toBe(false);
    }
    for (const a of Object.values(nodes).filter((x) => x.side === 'ally')) expect(Number(a.y)).toBeGreaterThanOrEqual(0);
    await page.locator('#show-table').check();
    await page.locator('#table td', { hasText: 'stood against' }).first().waitFor({ timeout: 60_000 });
  });

  it('opens a profile with positions, memberships, candidacies and timeline', async () => {
    await view(page, service.url, `person=${LAVERY}&panel=profile:${LAVERY}`);
    const panel = page.locator('#panel .profile-panel');
    await panel.waitFor({ timeout: 60_000 });
    expect(await panel.locator('h3').allTextContents()).toEqual(['Positions', 'Memberships', 'Candidacies', expect.stringMatching(/^Timeline \(\d+\)$/)]);
    expect(await panel.locator('li', { hasText: 'Member of Parliament, House of Commons (Wansbeck)' }).count()).toBeGreaterThan(0);
    expect(await panel.locator('ol.timeline li').count()).toBeGreaterThan(0);
    expect(await panel.locator('.quote').count()).toBeGreaterThan(0);
  });

  it('activity kinds go to the API: only statements, on the network and in the link\'s panel', async () => {
    await view(page, service.url, `person=${LAVERY}&kinds=STATEMENT&panel=edge:${LAVERY}|${BURGON}`);
    const d = await drawn(page);
    expect(d.total ?? 0).toBeGreaterThan(0);
    expect(d.total ?? 0).toBeLessThan(165);
    const kinds = await page.locator('#panel article.activity > p:first-of-type').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(k).toMatch(/^statement · /);
    expect(await page.locator('#filters input[name=kind][value=STATEMENT]').isChecked()).toBe(true);
  });

  it('a shared URL opens the same view in a new browser', async () => {
    await view(page, service.url, `person=${LAVERY}&hops=2&from=2019&to=2023&panel=edge:${LAVERY}|${BURGON}`);
    const here = await drawn(page);
    const other = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage();
    await view(other, service.url, `person=${LAVERY}&hops=2&from=2019&to=2023&panel=edge:${LAVERY}|${BURGON}`);
    const there = await drawn(other);
    expect(there.nodes.sort()).toEqual([...here.nodes].sort());
    expect(there.edges.sort()).toEqual([...here.edges].sort());
    expect(await other.locator('#panel h2').textContent()).toBe(await page.locator('#panel h2').textContent());
    expect(await other.locator('#from').inputValue()).toBe('2019');
    await other.close();
  });

  it('asked only /graphql and its own /explore files, nothing from elsewhere', () => {
    // The browser's own favicon request is not the app's doing.
    const paths = new Set(requested.map((u) => (u.startsWith(service.url) ? new URL(u).pathname : u)).filter((p) => p !== '/favicon.ico'));
    expect([...paths].sort()).toEqual(['/explore', '/explore/explorer.css', '/explore/explorer.js', '/graphql']);
  });
});
