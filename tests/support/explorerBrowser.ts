import { chromium, type Browser, type Page } from 'playwright-core';

// What the explorer's browser tests share: Debian's Chromium (headless, software WebGL) and
// readers of the app's own graph state (window.explorer), so tests never read pixels.

export const CHROMIUM = '/usr/bin/chromium';
export const LAVERY = 'person:ian-lavery';
export const BURGON = 'person:richard-burgon';
export const LAVALETTE = 'person:michael-lavalette';
export const GALLOWAY = 'person:george-galloway';

/** Headless Chromium; --enable-unsafe-swiftshader gives WebGL without a GPU (--disable-gpu). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader'] });
}

export type Drawn = { nodes: string[]; edges: string[]; allies: number; total: number | null; centre: string | null };

/** What the app has drawn: node and edge keys, first-ring allies, and the API's total. */
export function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const x = (window as unknown as { explorer: { graph: { nodes(): string[]; edges(): string[]; filterNodes(f: (n: string, a: Record<string, unknown>) => boolean): string[] } | null; totalCount: number | null; state: { person: string | null } } }).explorer;
    const g = x.graph;
    return { nodes: g?.nodes() ?? [], edges: g?.edges() ?? [], allies: g?.filterNodes((_n, a) => a.side === 'ally' && a.ring === 1).length ?? 0, total: x.totalCount, centre: x.state.person };
  });
}

/** Every drawn node's or edge's attributes, by key. */
export function nodeAttrs(page: Page): Promise<Record<string, Record<string, unknown>>> {
  return page.evaluate(() => {
    const g = (window as unknown as { explorer: { graph: { mapNodes(f: (n: string, a: Record<string, unknown>) => unknown): Array<[string, Record<string, unknown>]> } } }).explorer.graph;
    return Object.fromEntries(g.mapNodes((n, a) => [n, a]));
  });
}
export function edgeList(page: Page): Promise<Array<{ key: string; source: string; target: string; a: Record<string, unknown> }>> {
  return page.evaluate(() => {
    const g = (window as unknown as { explorer: { graph: { mapEdges(f: (e: string, a: Record<string, unknown>, s: string, t: string) => unknown): Array<{ key: string; source: string; target: string; a: Record<string, unknown> }> } } }).explorer.graph;
    return g.mapEdges((key, a, source, target) => ({ key, source, target, a }));
  });
}

/** A drawn edge's attributes, or null when it is not drawn. */
export function edgeAttrs(page: Page, key: string): Promise<Record<string, unknown> | null> {
  return page.evaluate((k) => { const g = (window as unknown as { explorer: { graph: { hasEdge(e: string): boolean; getEdgeAttributes(e: string): Record<string, unknown> } } }).explorer.graph; return g.hasEdge(k) ? g.getEdgeAttributes(k) : null; }, key);
}

/** How many co-campaigners the API left out for the view's leaveOut (0 when none asked). */
export const leftOut = (page: Page): Promise<number | null> => page.evaluate(() => (window as unknown as { explorer: { leftOut: number | null } }).explorer.leftOut);

export const allyKey = (a: string, b: string): string => `ally:${[a, b].sort().join('|')}`;

export const readyMark = (page: Page): Promise<string | undefined> => page.evaluate(() => document.body.dataset.ready);

/** Waits until the page has finished reacting to its latest hash (main.ts sets data-ready). */
export async function settled(page: Page, before: string | undefined): Promise<void> {
  await page.waitForFunction((b) => document.body.dataset.ready !== undefined && document.body.dataset.ready !== b, before, { timeout: 120_000 });
}

/** Opens /explore with this hash (as a shared link would) and waits until it is drawn. */
export async function view(page: Page, url: string, hash: string): Promise<void> {
  const before = await readyMark(page);
  await page.goto(`${url}/explore#${hash}`);
  await settled(page, before);
}
