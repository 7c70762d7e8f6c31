import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import type { Database } from '../../src/graph/database.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { ingestDocument } from '../../src/ingest/ingestDocument.js';
import type { RunningService } from '../../src/server/startService.js';
import { SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// The explorer (/explore) in a real headless Chromium against the real corpus. What is drawn
// is read from the app's graph state (window.explorer), never from pixels. A screenshot is
// saved under .tmp/e2e-artifacts/; with EXPLORER_DOCS_SCREENSHOT=1 also as docs/explorer.png.

const CHROMIUM = '/usr/bin/chromium';
const LAVERY = 'person:ian-lavery';
const BURGON = 'person:richard-burgon';
const LAVALETTE = 'person:michael-lavalette';
/** Made up for the ingest tests (tests/fixtures/ingest/): a gala with Lavery, Lavalette and this new person. */
const WHITFIELD = 'person:rosa-whitfield';
type Drawn = { nodes: string[]; edges: string[]; allies: number; total: number | null; centre: string | null };

/** What the app has drawn: node and edge keys, first-ring allies, and the API's total. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const x = (window as unknown as { explorer: { graph: { nodes(): string[]; edges(): string[]; filterNodes(f: (n: string, a: Record<string, unknown>) => boolean): string[] } | null; totalCount: number | null; state: { person: string | null } } }).explorer;
    const g = x.graph;
    return { nodes: g?.nodes() ?? [], edges: g?.edges() ?? [], allies: g?.filterNodes((_n, a) => a.side === 'ally' && a.ring === 1).length ?? 0, total: x.totalCount, centre: x.state.person };
  });
}

/** Waits until the page has finished reacting to its latest hash. */
async function settled(page: Page, before: string | undefined): Promise<void> {
  await page.waitForFunction((b) => document.body.dataset.ready !== undefined && document.body.dataset.ready !== b, before, { timeout: 120_000 });
}

const readyMark = (page: Page) => page.evaluate(() => document.body.dataset.ready);

describe('the network explorer in a browser', () => {
  let db: Database;
  let service: RunningService;
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    db = testDatabase();
    await freshCorpusGraph(db);
    service = await startTestService({ ...SLOW_MACHINE_ENV });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader'] });
    page = await (await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } })).newPage();
    page.on('request', (r) => requested.push(r.url()));
  });

  let work = '';
  afterAll(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
    await browser?.close();
    await service?.stop();
    await db?.close();
  });

  it('finds "Lavry" by keyboard and draws Ian Lavery with at least 25 co-campaigners, loading nothing from outside', async () => {
    await page.goto(`${service.url}/explore`);
    await page.locator('#search').fill('Lavry');
    await page.locator('#results [role=option]', { hasText: 'Ian Lavery' }).first().waitFor({ timeout: 60_000 });
    const before = await readyMark(page);
    await page.locator('#search').press('Enter');
    await settled(page, before);
    const d = await drawn(page);
    expect(d.centre).toBe(LAVERY);
    expect(d.allies).toBeGreaterThanOrEqual(25);
    expect(d.total).toBe(165);
    expect(d.edges).toContain(`ally:${[LAVERY, BURGON].sort().join('|')}`);
    // Colour is the community computed at import (src/import/networkAnalytics.ts), read from the API.
    const communities = await page.evaluate((id) => (window as unknown as { explorer: { graph: { getNodeAttribute(n: string, k: string): unknown } } }).explorer.graph.getNodeAttribute(id, 'community'), LAVERY);
    expect(typeof communities).toBe('number');
    await page.locator('#panel h2', { hasText: 'Ian Lavery' }).waitFor({ timeout: 60_000 });
    const artifacts = join(repoRoot, '.tmp', 'e2e-artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'explorer.png') });
    // Recorded, never asserted (speed is for bench scripts): the page's first paints.
    const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((e) => ({ name: e.name, ms: Math.round(e.startTime) })));
    writeFileSync(join(artifacts, 'explorer-paint.json'), `${JSON.stringify(paints)}\n`);
    if (process.env.EXPLORER_DOCS_SCREENSHOT === '1') await page.screenshot({ path: join(repoRoot, 'docs', 'explorer.png') });
    expect(requested.filter((u) => !u.startsWith(service.url) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  });

  it('opens the Lavery–Burgon link: the eve-of-May-Day rally with its quote, linked to the highlighted span', async () => {
    await page.locator('#show-table').check();
    const before = await readyMark(page);
    await page.locator('#table tr[aria-label="Ian Lavery – Richard Burgon"], #table tr[aria-label="Richard Burgon – Ian Lavery"]').first().click();
    await settled(page, before);
    const rally = page.locator('#panel article.activity', { hasText: 'eve of May Day Rally' });
    await rally.first().waitFor({ timeout: 60_000 });
    const quoted = (await rally.first().locator('.quote').first().textContent()) ?? '';
    const text = /“([^”]+)”/.exec(quoted)?.[1] ?? '';
    expect(text.length).toBeGreaterThan(0);
    const beforeDoc = await readyMark(page);
    await rally.first().locator('.quote-link').first().click();
    await settled(page, beforeDoc);
    expect(await page.locator('#highlight').textContent()).toBe(text);
    // Before any draft is ingested, nothing is marked unreviewed (the last test adds a draft).
    await page.goBack();
    await rally.first().waitFor({ timeout: 60_000 });
    expect(await page.locator('#panel .flag.draft, #panel .quote.unreviewed').count()).toBe(0);
  });

  it('finds a path from Lavalette to Lavery with evidence on every hop, drawn on the graph', async () => {
    const graphView = await readyMark(page);
    await page.locator('#show-table').uncheck();
    await settled(page, graphView);
    await page.locator('#path-from').fill('Lavalette');
    await page.locator('#path-from-results [role=option]', { hasText: 'Michael Lavalette' }).first().waitFor({ timeout: 60_000 });
    await page.locator('#path-from').press('Enter');
    await page.locator('#path-to').fill('Lavery');
    await page.locator('#path-to-results [role=option]', { hasText: 'Ian Lavery' }).first().waitFor({ timeout: 60_000 });
    const before = await readyMark(page);
    await page.locator('#path-to').press('Enter');
    await settled(page, before);
    const hops = page.locator('#panel .path-panel li.hop');
    expect(await hops.count()).toBeGreaterThan(0);
    for (const hop of await hops.all()) expect(await hop.locator('.quote').count()).toBeGreaterThan(0);
    // The path is drawn on the graph too: each hop an edge with its quote count, each entity highlighted.
    const onGraph = await page.evaluate(() => {
      const x = (window as unknown as { explorer: { path: { nodes: Array<{ id: string }>; relations: unknown[] } | null; graph: { filterEdges(f: (e: string, a: Record<string, unknown>) => boolean): string[]; getEdgeAttribute(e: string, k: string): unknown; hasNode(n: string): boolean; getNodeAttribute(n: string, k: string): unknown; extremities(e: string): string[] } } }).explorer;
      const edges = x.graph.filterEdges((_e, a) => a.side === 'path');
      return {
        relations: x.path?.relations.length ?? 0,
        quotes: edges.map((e) => Number(x.graph.getEdgeAttribute(e, 'quotes'))),
        ends: edges.map((e) => x.graph.extremities(e).sort().join('|')),
        nodes: (x.path?.nodes ?? []).map((n) => [n.id, x.graph.hasNode(n.id) && x.graph.getNodeAttribute(n.id, 'highlighted') === true]),
      };
    });
    expect(onGraph.relations).toBe(await hops.count());
    expect(onGraph.quotes).toHaveLength(onGraph.relations);
    for (const q of onGraph.quotes) expect(q).toBeGreaterThan(0);
    expect(onGraph.nodes.map((n) => n[0])).toEqual(expect.arrayContaining(['person:michael-lavalette', LAVERY]));
    for (const n of onGraph.nodes) expect(n[1]).toBe(true);
    const ids = onGraph.nodes.map((n) => String(n[0]));
    for (let i = 0; i + 1 < ids.length; i++) expect(onGraph.ends).toContain([ids[i], ids[i + 1]].sort().join('|'));
    await page.screenshot({ path: join(repoRoot, '.tmp', 'e2e-artifacts', 'explorer-path.png') });
    const tableView = await readyMark(page);
    await page.locator('#show-table').check();
    await settled(page, tableView);
  });

  it('a date window removes the links outside it', async () => {
    const all = await drawn(page);
    const before = await readyMark(page);
    await page.locator('#from').fill('2022-04');
    await page.locator('#to').fill('2022-05');
    await page.locator('#apply').click();
    await settled(page, before);
    const windowed = await drawn(page);
    expect(windowed.total ?? 0).toBeLessThan(all.total ?? 0);
    expect(windowed.total ?? 0).toBeGreaterThan(0);
    const dates = await page.evaluate(() => (window as unknown as { explorer: { graph: { mapEdges(f: (e: string, a: Record<string, unknown>) => unknown): unknown[] } } }).explorer.graph.mapEdges((_e, a) => a.side === 'ally' ? [a.firstDate, a.lastDate] : null));
    for (const d of dates.filter(Boolean) as Array<[string, string]>) {
      expect(d[0] >= '2022-04').toBe(true);
      expect(d[1] <= '2022-05-31').toBe(true);
    }
  });

  it('exports GraphML with the same nodes and edges as drawn', async () => {
    const d = await drawn(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-graphml').click()]);
    const xml = readFileSync(await download.path(), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const nodes = [...doc.querySelectorAll('node')].map((n) => n.getAttribute('id'));
    const edges = [...doc.querySelectorAll('edge')].map((n) => n.getAttribute('id'));
    expect(nodes.sort()).toEqual([...d.nodes].sort());
    expect(edges.sort()).toEqual([...d.edges].sort());
    writeFileSync(join(repoRoot, '.tmp', 'e2e-artifacts', 'network.graphml'), xml);
  });

  it('navigates the table view by keyboard and opens a row with Enter', async () => {
    const rows = page.locator('#table tbody tr');
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await rows.nth(2).getAttribute('aria-label');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(third);
    const before = await readyMark(page);
    await page.keyboard.press('Enter');
    await settled(page, before);
    expect(await page.locator('#panel h2').first().textContent()).toBe(third);
  });

  it('shows links and quotes from an ingested, unreviewed draft as such, and hides them on request', async () => {
    // Ingest a made-up document into a copy of the corpus files (never the repository's) and this
    // database: it is imported as an unreviewed draft, so everything it alone says is unreviewed.
    work = mkdtempSync(join(tmpdir(), 'campaign-graph-explorer-draft-'));
    cpSync(CORPUS_DIR, join(work, 'corpus'), { recursive: true });
    cpSync(EXTRACTION_DIR, join(work, 'extraction'), { recursive: true });
    const draft = readFileSync(join(repoRoot, 'tests', 'fixtures', 'ingest', 'known-people.txt'), 'utf8');
    const s = await ingestDocument(draft, { title: 'Gala platform', publisher: 'Made-up test fixture' }, { corpusDir: join(work, 'corpus'), extractionDir: join(work, 'extraction'), db });
    expect(s.imported).toBe(true);

    const view = async (hash: string) => { const b = await readyMark(page); await page.goto(`${service.url}/explore#${hash}`); await settled(page, b); };
    const edge = (a: string, b: string) => `ally:${[a, b].sort().join('|')}`;
    const attrs = (key: string) => page.evaluate((k) => { const g = (window as unknown as { explorer: { graph: { hasEdge(e: string): boolean; getEdgeAttributes(e: string): Record<string, unknown> } } }).explorer.graph; return g.hasEdge(k) ? g.getEdgeAttributes(k) : null; }, key);

    // Rosa Whitfield is known only from the draft: both her links rest on it alone.
    await view(`person=${WHITFIELD}`);
    const d = await drawn(page);
    expect(d.edges.sort()).toEqual([edge(WHITFIELD, LAVERY), edge(WHITFIELD, LAVALETTE)].sort());
    for (const e of d.edges) expect(await attrs(e)).toMatchObject({ draft: true, color: '#f0a30a' });
    expect(await page.locator('#status').textContent()).toContain('unreviewed drafts');

    // The Lavery–Lavalette link's shared gala is flagged, and so is each of its quotes.
    await view(`person=${LAVERY}&panel=edge:${LAVERY}|${LAVALETTE}`);
    const gala = page.locator('#panel article.activity.unreviewed');
    await gala.first().waitFor({ timeout: 60_000 });
    expect(await gala.first().locator(':scope > .flag.draft').count()).toBe(1);
    expect(await gala.first().locator('.quote').count()).toBeGreaterThan(0);
    expect(await gala.first().locator('.quote:not(.unreviewed)').count()).toBe(0);

    // "Hide unreviewed": the links resting only on the draft are gone, and the status says how many.
    await view(`person=${WHITFIELD}&reviewed=only`);
    const hidden = await drawn(page);
    expect(hidden.edges).toEqual([]);
    expect(await page.locator('#status').textContent()).toContain('2 hidden');
    await view(`person=${LAVERY}&reviewed=only&panel=edge:${LAVERY}|${LAVALETTE}`);
    await page.locator('#panel .hidden-note').waitFor({ timeout: 60_000 });
    expect(await page.locator('#panel article.activity').count()).toBe(0);
    await page.screenshot({ path: join(repoRoot, '.tmp', 'e2e-artifacts', 'explorer-unreviewed.png') });
  });
});
