/// <reference lib="dom" />
import { MultiUndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { layOut } from '../../src/explorer/layout.js';

// The page bench/explorerFps.ts opens: a synthetic network of N people drawn exactly as the
// explorer draws one (same layout and styling code, same sigma settings), then the camera pans
// and zooms every frame for a few seconds while frames are counted.

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = Math.imul(a ^ (a >>> 15), a | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

async function run(n: number, seconds: number): Promise<{ nodes: number; edges: number; frames: number; fps: number }> {
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
  const container = document.getElementById('graph');
  if (!container) throw new Error('no #graph');
  const sigma = new Sigma(g, container, { enableEdgeEvents: true, renderEdgeLabels: false, labelRenderedSizeThreshold: 6 });
  const camera = sigma.getCamera();
  let frames = 0;
  const start = performance.now();
  await new Promise<void>((done) => {
    const tick = (now: number) => {
      const t = (now - start) / 1000;
      camera.setState({ x: 0.5 + 0.2 * Math.sin(t), y: 0.5 + 0.2 * Math.cos(t), ratio: 0.6 + 0.4 * Math.sin(t / 2) ** 2 });
      frames++;
      if (t < seconds) requestAnimationFrame(tick); else done();
    };
    requestAnimationFrame(tick);
  });
  const elapsed = (performance.now() - start) / 1000;
  return { nodes: g.order, edges: g.size, frames, fps: frames / elapsed };
}

Object.assign(window, { runFpsBench: run });
