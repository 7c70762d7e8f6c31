/**
 * `node scripts/run-ts.mjs --node-only bench/explorerFps.ts [--nodes 5000] [--seconds 5]`
 * (or `npx tsx bench/explorerFps.ts`): the explorer's size and speed, no database needed.
 * Prints the bundle's size (bytes, gzip) as the service serves it, and the frame rate of a
 * synthetic network of N people drawn by the explorer's own layout code in headless Chromium
 * (software WebGL: a machine with a GPU does better). Reports; never fails on a number.
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
  await tab.waitForFunction(() => 'runFpsBench' in window);
  const r = await tab.evaluate(([n, s]) => (window as unknown as { runFpsBench(n: number, s: number): Promise<{ nodes: number; edges: number; frames: number; fps: number }> }).runFpsBench(n, s), [nodes, seconds] as const);
  console.log(`frame rate: ${r.fps.toFixed(1)} fps over ${seconds} s, panning and zooming ${r.nodes} nodes and ${r.edges} edges (headless Chromium, software WebGL)`);
} finally {
  await browser.close();
}
