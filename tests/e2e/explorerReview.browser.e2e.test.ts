import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import type { Database } from '../../src/graph/database.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { ingestDocument } from '../../src/ingest/ingestDocument.js';
import type { RunningService } from '../../src/server/startService.js';
import { SLOW_MACHINE_ENV } from '../support/apiClient.js';
import { allyKey, BURGON, drawn, edgeAttrs, GALLOWAY, LAVALETTE, LAVERY, launchChromium, leftOut, readyMark, settled, view } from '../support/explorerBrowser.js';
import { freshCorpusGraph } from '../support/testCorpus.js';
import { testDatabase } from '../support/testNeo4j.js';
import { startTestService } from '../support/testService.js';

// What the explorer leaves out and what it marks, in Chromium against the real corpus: the
// filter boxes pass the API's own `leaveOut` (WITHDRAWN, ALLEGED, UNREVIEWED) and the URL keeps
// it; facts from an ingested, unreviewed draft are marked as such. The draft is ingested last.

/** Made up for the ingest tests (tests/fixtures/ingest/): a gala with Lavery, Lavalette and this new person. */
const WHITFIELD = 'person:rosa-whitfield';

describe('the explorer\'s leaveOut and unreviewed drafts', () => {
  let db: Database;
  let service: RunningService;
  let browser: Browser;
  let page: Page;
  let work = '';
  const go = (hash: string) => view(page, service.url, hash);

  beforeAll(async () => {
    db = testDatabase();
    await freshCorpusGraph(db);
    service = await startTestService({ ...SLOW_MACHINE_ENV });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  });

  afterAll(async () => {
    if (work) rmSync(work, { recursive: true, force: true });
    await browser?.close();
    await service?.stop();
    await db?.close();
  });

  it('leaves out withdrawn and alleged activities by the API\'s own leaveOut, from the filter boxes, and the URL keeps it', async () => {
    // Lavery and Burgon both signed the Stop the War statement that was later withdrawn.
    await go(`person=${LAVERY}&panel=edge:${LAVERY}|${BURGON}`);
    await page.locator('#panel article.activity').first().waitFor({ timeout: 60_000 });
    const all = await drawn(page);
    const shared = Number((await edgeAttrs(page, allyKey(LAVERY, BURGON)))?.sharedCount);
    expect(await page.locator('#panel article.activity .flag', { hasText: 'withdrawn' }).count()).toBeGreaterThan(0);
    expect(await leftOut(page)).toBe(0);
    const before = await readyMark(page);
    await page.locator('#leave-out input[value=WITHDRAWN]').check();
    await page.locator('#apply').click();
    await settled(page, before);
    expect(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('leaveOut')).toBe('WITHDRAWN');
    const kept = await drawn(page);
    expect(Number((await edgeAttrs(page, allyKey(LAVERY, BURGON)))?.sharedCount)).toBe(shared - 1);
    // The API's count without leaveOut, less its count with it: the status line says how many.
    expect((kept.total ?? 0) + ((await leftOut(page)) ?? 0)).toBe(all.total);
    expect(await page.locator('#status').textContent()).toContain(`${await leftOut(page)} left out (withdrawn)`);
    await go(`person=${LAVERY}&leaveOut=WITHDRAWN&panel=edge:${LAVERY}|${BURGON}`);
    await page.locator('#panel .left-out-note').waitFor({ timeout: 60_000 });
    expect(await page.locator('#panel article.activity').count()).toBe(shared - 1);
    expect(await page.locator('#panel article.activity .flag', { hasText: 'withdrawn' }).count()).toBe(0);
    expect(await page.locator('#leave-out input[value=WITHDRAWN]').isChecked()).toBe(true);

    // Galloway's only shared activity with Lavalette is an alleged 2003 backing.
    await go(`person=${LAVALETTE}&first=100`);
    const lavalette = await drawn(page);
    expect(lavalette.total ?? 0).toBeLessThanOrEqual(100); // all drawn, so "not drawn" below means "not returned"
    expect(lavalette.nodes).toContain(GALLOWAY);
    await go(`person=${LAVALETTE}&first=100&leaveOut=ALLEGED`);
    const noAlleged = await drawn(page);
    expect(noAlleged.nodes).not.toContain(GALLOWAY);
    expect(await leftOut(page)).toBeGreaterThanOrEqual(1);
    expect((noAlleged.total ?? 0) + ((await leftOut(page)) ?? 0)).toBe(lavalette.total);
    expect(await page.locator('#leave-out input[value=ALLEGED]').isChecked()).toBe(true);
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

    const edge = allyKey;
    const attrs = (key: string) => edgeAttrs(page, key);

    // Rosa Whitfield is known only from the draft: both her links rest on it alone.
    await go(`person=${WHITFIELD}`);
    const d = await drawn(page);
    expect(d.edges.sort()).toEqual([edge(WHITFIELD, LAVERY), edge(WHITFIELD, LAVALETTE)].sort());
    for (const e of d.edges) expect(await attrs(e)).toMatchObject({ draft: true, color: '#f0a30a' });
    expect(await page.locator('#status').textContent()).toContain('unreviewed drafts');

    // The Lavery–Lavalette link's shared gala is flagged, and so is each of its quotes.
    await go(`person=${LAVERY}&panel=edge:${LAVERY}|${LAVALETTE}`);
    const gala = page.locator('#panel article.activity.unreviewed');
    await gala.first().waitFor({ timeout: 60_000 });
    expect(await gala.first().locator(':scope > .flag.draft').count()).toBe(1);
    expect(await gala.first().locator('.quote').count()).toBeGreaterThan(0);
    expect(await gala.first().locator('.quote:not(.unreviewed)').count()).toBe(0);

    // Leaving out unreviewed (the API's leaveOut): the links resting only on the draft are gone,
    // and the status says how many; the older `reviewed=only` links mean the same.
    for (const leave of ['leaveOut=UNREVIEWED', 'reviewed=only']) {
      await go(`person=${WHITFIELD}&${leave}`);
      const hidden = await drawn(page);
      expect(hidden.edges).toEqual([]);
      expect(await page.locator('#status').textContent()).toContain('2 left out (unreviewed)');
    }
    await go(`person=${LAVERY}&leaveOut=UNREVIEWED&panel=edge:${LAVERY}|${LAVALETTE}`);
    await page.locator('#panel .left-out-note').waitFor({ timeout: 60_000 });
    expect(await page.locator('#panel article.activity').count()).toBe(0);
    await page.screenshot({ path: join(repoRoot, '.tmp', 'e2e-artifacts', 'explorer-unreviewed.png') });
  });
});
