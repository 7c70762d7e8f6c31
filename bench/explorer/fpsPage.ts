/// <reference lib="dom" />
import { MultiUndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { layOut } from '../../src/explorer/layout.js';
import { pixelRatioShare, scalePixelRatio, sigmaSettings } from '../../src/explorer/render.js';

// The page bench/explorerFps.ts opens: a synthetic network of N people drawn exactly as the
// explorer draws one (same layout and styling code, same sigma settings as src/explorer/render.ts,
// or the settings before they depended on size: variant "before"). Frames are counted as sigma's
// renders while the view moves: "camera" moves the camera from script every animation frame
// (sigma does not count that as moving); "drag" leaves it to bench/explorerFps.ts, which drags
// and wheels the real mouse over the canvas as a user does.

/** The settings the explorer used before they depended on the graph's size (kept to compare). */
const BEFORE: Partial<Settings> = { enableEdgeEvents: true, renderEdgeLabels: false, labelRenderedSizeThreshold: 6 };

/**
 * The variants compared: "before" (the settings above); "sized" (src/explorer/render.ts's
 * settings by size, at the device's pixel ratio, as landed before the pixel-ratio cut); "now"
 * (what render.ts does: those settings, and half the pixel ratio for large graphs); and a
 * candidate, "nolabels" (now, without node or edge labels).
 */
export type Variant = 'before' | 'sized' | 'now' | 'nolabels';
const settingsOf = (v: Variant, nodes: number, edges: number): Partial<Settings> =>
  v === 'before' ? BEFORE : v === 'nolabels' ? { ...sigmaSettings(nodes, edges), renderLabels: false, renderEdgeLabels: false } : sigmaSettings(nodes, edges);

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = Math.imul(a ^ (a >>> 15), a | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function network(n: number): MultiUndirectedGraph {
  const rand = prng(42);
  const g = new MultiUndirectedGraph();
  g.addNode('p0', { label: 'centre', ring: 0, side: 'centre', community: 0 });
  for (let i = 1; i < n; i++) g.addNode(`p${i}`, { label: `person ${i}`, ring: i < n / 2 ? 1 : 2, side: i % 50 === 0 ? 'opponent' : 'ally', community: i % 8 });
  for (let i = 1; i < n; i++) {
    const a = i < n / 2 ? 'p0' : `p${1 + Math.floor(rand() * (n / 2 - 1))}`;
    const side = g.getNodeAttribute(`p${i}`, 'side');
    g.addUndirectedEdgeWithKey(`e${i}`, a, `p${i}`, { side, sharedCount: 1 + Math.floor(rand() * 6), strength: rand() * 5, elections: '' });
  }
  for (let i = 0; i < n; i++) g.addUndirectedEdgeWithKey(`x${i}`, `p${1 + Math.floor(rand() * (n - 1))}`, `p${1 + Math.floor(rand() * (n - 1))}`, { side: 'ally', sharedCount: 1, strength: 1 });
  layOut(g, 'p0');
  g.forEachNode((node) => g.mergeNodeAttributes(node, { x: (g.getNodeAttribute(node, 'x') as number) + rand() * 0.05, y: (g.getNodeAttribute(node, 'y') as number) + rand() * 0.05 }));
  return g;
}

let sigma: Sigma | null = null;
let renders = 0;

/** Draws an N-person network with the variant's settings; returns its size. */
function setup(n: number, variant: Variant): { nodes: number; edges: number } {
  sigma?.kill();
  const container = document.getElementById('graph');
  if (!container) throw new Error('no #graph');
  const g = network(n);
  scalePixelRatio(variant === 'before' || variant === 'sized' ? 1 : pixelRatioShare(g.order, g.size));
  sigma = new Sigma(g, container, settingsOf(variant, g.order, g.size));
  sigma.on('afterRender', () => { renders++; });
  return { nodes: g.order, edges: g.size };
}

/** Counts renders while the caller moves the view (drag mode), or while it moves the camera itself. */
async function measure(seconds: number, mode: 'camera' | 'drag'): Promise<{ renders: number; fps: number }> {
  const camera = sigma?.getCamera();
  if (!camera) throw new Error('setup first');
  renders = 0;
  const start = performance.now();
  await new Promise<void>((done) => {
    const tick = (now: number) => {
      const t = (now - start) / 1000;
      if (mode === 'camera') camera.setState({ x: 0.5 + 0.2 * Math.sin(t), y: 0.5 + 0.2 * Math.cos(t), ratio: 0.6 + 0.4 * Math.sin(t / 2) ** 2 });
      if (t < seconds) requestAnimationFrame(tick); else done();
    };
    requestAnimationFrame(tick);
  });
  const elapsed = (performance.now() - start) / 1000;
  return { renders, fps: renders / elapsed };
}

Object.assign(window, { fpsBench: { setup, measure } });
