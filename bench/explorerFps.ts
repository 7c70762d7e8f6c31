/**
 * `node scripts/run-ts.mjs --node-only bench/explorerFps.ts [--nodes 5000] [--seconds 5]`
 * (or `npx tsx bench/explorerFps.ts`): the explorer's size and speed, no database needed.
 * Prints the bundle's size (bytes, gzip) as the service serves it, then the frame rate (sigma
 * renders per second) of a synthetic network of N people drawn by the explorer's own layout
 * code in headless Chromium (software WebGL: a machine with a GPU does better), side by side
 * for the sigma settings before they depended on size ("before"), by size ("sized"), now
 * ("now": also half the pixel ratio when large) and a candidate ("nolabels"), as
 * bench/explorer/fpsPage.ts says (`--variants before,sized,now,nolabels`), in two ways of
 * moving the view: "camera" (script moves the camera each frame) and "drag" (the mouse
 * drags and wheels over the canvas, as a user does). Reports; never fails on a number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureExplorerBundle } from '../src/server/explorerBundle.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const nodes = arg('nodes', 5000);
const seconds = arg('seconds', 5);
const at = process.argv.indexOf('--variants');
const variants = (at >= 0 ? process.argv[at + 1] ?? '' : 'before,sized,now,nolabels').split(',');

const dir = await ensureExplorerBundle();
const bundle = readFileSync(join(dir, 'explorer.js'));
console.log(`bundle dist-explorer/explorer.js: ${bundle.length} bytes, ${gzipSync(bundle).length} bytes gzip`);

const page = await build({ entryPoints: [join(import.meta.dirname, 'explorer', 'fpsPage.ts')], bundle: true, format: 'esm', platform: 'browser', write: false, minify: true });
const script = page.outputFiles[0]?.text ?? '';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader'] });
try {
  const tab = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await tab.setContent('<!doctype html><div id="graph" style="width:1400px;height:900px"></div>');
  await tab.addScriptTag({ content: script, type: 'module' });
  await tab.waitForFunction(() => 'fpsBench' in window);
  type Bench = { fpsBench: { setup(n: number, v: string): { nodes: number; edges: number }; measure(s: number, m: string): Promise<{ renders: number; fps: number }> } };
  for (const variant of variants) {
    const size = await tab.evaluate(([n, v]) => (window as unknown as Bench).fpsBench.setup(n, v), [nodes, variant] as const);
    for (const mode of ['camera', 'drag']) {
      const counting = tab.evaluate(([s, m]) => (window as unknown as Bench).fpsBench.measure(s, m), [seconds, mode] as const);
      if (mode === 'drag') await drag(tab, seconds);
      const r = await counting;
      console.log(`frame rate (${variant} settings, ${mode}): ${r.fps.toFixed(1)} fps (${r.renders} renders in ${seconds} s), ${size.nodes} nodes and ${size.edges} edges (headless Chromium, software WebGL)`);
    }
  }
} finally {
  await browser.close();
}

/** Drags the mouse in circles over the canvas, wheeling in and out now and then, for `seconds`. */
async function drag(tab: import('playwright-core').Page, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  await tab.mouse.move(700, 450);
  await tab.mouse.down();
  for (let i = 0; Date.now() < end; i++) {
    await tab.mouse.move(700 + 200 * Math.cos(i / 10), 450 + 150 * Math.sin(i / 10), { steps: 2 });
    if (i % 25 === 24) { await tab.mouse.up(); await tab.mouse.wheel(0, i % 50 === 49 ? 200 : -200); await tab.mouse.down(); }
  }
  await tab.mouse.up();
}
