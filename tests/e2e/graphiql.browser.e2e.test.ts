import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import type { RunningService } from '../../src/server/startService.js';
import { SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// GraphiQL in a real headless Chromium: the page loads with nothing from outside this host,
// runs an operation against /graphql, and shows the corpus's answer. `npm test` installs
// Chromium (scripts/ensure-installed.mjs --with-browser); without it this test fails, never skips.

const CHROMIUM = '/usr/bin/chromium';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The host a request goes to (a blob: URL carries its page's origin); null for data: URLs. */
function hostOf(url: string): string | null {
  if (url.startsWith('data:')) return null;
  return new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url).hostname;
}

/** The response pane's text, with the editor's non-breaking spaces made plain. */
async function responseText(page: Page): Promise<string> {
  return ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, ' ');
}

/** Waits until the response pane contains `text`. */
async function waitForResponse(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\s+/g, ' ').includes(expected),
    text,
    { timeout: 60_000 },
  );
}

describe('GraphiQL in a browser', () => {
  let db: Database;
  let service: RunningService;
  let browser: Browser;
  let page: Page;
  let requested: string[];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: run npm test (it installs Chromium as root), or install it yourself (apt-get install -y chromium).`);
    }
    db = testDatabase();
    await freshCorpusGraph(db);
    service = await startTestService({ ...SLOW_MACHINE_ENV });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await db?.close();
  });

  beforeEach(async () => {
    // A new context per test: GraphiQL keeps tabs in localStorage, which must not carry over.
    const context = await browser.newContext();
    page = await context.newPage();
    requested = [];
    page.on('request', (request) => requested.push(request.url()));
  });

  afterEach(async () => {
    await page.context().close();
    const outside = requested.filter((url) => {
      const host = hostOf(url);
      return host !== null && !LOCAL_HOSTS.has(host);
    });
    expect(outside, 'no request leaves this host (no CDN, fonts or telemetry)').toEqual([]);
  });

  it('opens with the example operations, and runs the one picked from the run menu', async () => {
    await page.goto(`${service.url}/graphiql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
    // The editor renders only its visible lines; the first operations are among them.
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('Status'), null, { timeout: 60_000 });
    const editor = ((await page.locator('.graphiql-query-editor').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(editor).toContain('query Status');
    expect(editor).toContain('query Search');

    // With several operations, the run button asks which one: the menu names every operation
    // of the document, so it shows all the examples were loaded.
    await page.click('.graphiql-execute-button');
    const menu = page.locator('[role="menuitem"]');
    await menu.first().waitFor({ timeout: 30_000 });
    expect(await menu.allTextContents()).toEqual(['Status', 'Search', 'Refetch', 'ParliamentaryElections', 'CoCampaigners', 'PathLavaletteToLavery', 'Preston2005', 'StopTheWarSignatories']);
    await menu.filter({ hasText: /^Status$/ }).click();
    await waitForResponse(page, '"serverVersion": "5.26.');
    expect(await responseText(page)).toContain('"edition": "community"');

    await page.click('.graphiql-execute-button');
    await menu.filter({ hasText: /^CoCampaigners$/ }).click();
    await waitForResponse(page, 'Richard Burgon');
    const answer = await responseText(page);
    expect(answer).toContain('"totalCount": 165');
    expect(answer).toContain('Tribune & Arise eve of May Day Rally');
  });

  it('runs the query given in ?query= and shows the answer', async () => {
    const query = '{ search(text: "Lavry", first: 1) { entity { id name } } }';
    await page.goto(`${service.url}/graphiql?query=${encodeURIComponent(query)}`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').includes('Lavry'), null, { timeout: 60_000 });
    await page.click('.graphiql-execute-button');
    await waitForResponse(page, '"name": "Ian Lavery"');
    expect(await responseText(page)).toContain('"id": "person:ian-lavery"');
    expect(requested.some((url) => url === `${service.url}/graphql`), 'the answer came from this service').toBe(true);
  });
});
