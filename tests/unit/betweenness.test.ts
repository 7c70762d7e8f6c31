import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/import/betweenness.js';

// Our Brandes (src/import/betweenness.ts) against graphology-metrics' unweighted betweenness on
// a made-up random network, and the estimate it falls back to on large networks.
type Reference = (g: UndirectedGraph, o: { normalized: boolean; getEdgeWeight: null }) => Record<string, number>;
const reference = ((betweennessModule as unknown as { default?: Reference }).default ?? (betweennessModule as unknown as Reference));

function lcg(seed: number): () => number {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
}

function randomNetwork(n: number, extra: number, seed: number): UndirectedGraph {
  const r = lcg(seed), g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(`p${i}`);
  for (let i = 1; i < n; i++) g.addEdge(`p${i}`, `p${Math.floor(r() * i)}`); // a tree: connected
  for (let i = 0; i < extra; i++) { const a = `p${Math.floor(r() * n)}`, b = `p${Math.floor(r() * n)}`; if (a !== b && !g.hasEdge(a, b)) g.addEdge(a, b); }
  return g;
}

describe('betweenness', () => {
  it('is graphology-metrics\' normalised unweighted betweenness when exact', () => {
    const g = randomNetwork(300, 400, 7);
    const ours = betweenness(g, lcg(1));
    const theirs = reference(g, { normalized: true, getEdgeWeight: null });
    expect(ours.sampled).toBeNull();
    for (const id of g.nodes()) expect(ours.values[id]).toBeCloseTo(theirs[id] ?? NaN, 12);
  });

  it('estimated from sampled sources: the same numbers for the same seed, and most of the exact top ten', () => {
    const g = randomNetwork(2000, 3000, 11);
    const a = betweenness(g, lcg(5), 200), b = betweenness(g, lcg(5), 200);
    expect(a.sampled).toBe(200);
    expect(a.values).toEqual(b.values);
    const top = (v: Record<string, number>) => Object.entries(v).sort((x, y) => y[1] - x[1]).slice(0, 10).map(([id]) => id);
    const exact = top(betweenness(g, lcg(5)).values);
    expect(top(a.values).filter((id) => exact.includes(id)).length).toBeGreaterThanOrEqual(6);
  });
});
