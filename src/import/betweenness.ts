import type { UndirectedGraph } from 'graphology';

// Betweenness centrality of the CAMPAIGNED_WITH network: unweighted (a hop is a hop, whatever
// the pair's strength), normalised as graphology-metrics normalises it (1 / ((n-1)(n-2)), each
// unordered pair counted from both ends). Brandes' algorithm costs one breadth-first search
// per source, O(V·E) in all: exact for the corpus, but hours at scale M (100,000 people, 1.7
// million pairs; bench/analyticsCost.ts). So above EXACT_UP_TO people it is estimated from a
// fixed number of seeded random sources, the sum scaled by n / sources (Brandes & Pich 2007):
// cost O(k·E), and the same numbers at every import of the same network.

/** Exact betweenness up to this many connected people; estimated above. */
export const EXACT_UP_TO = 5_000;
/** Sources of the estimate above EXACT_UP_TO. */
export const SAMPLE_SOURCES = 64;

/**
 * Given an undirected graph and a random source (used only when sampling), returns each node's
 * betweenness and whether it was estimated. `sources` overrides the number of sampled sources.
 */
export function betweenness(g: UndirectedGraph, rng: () => number, sources?: number): { values: Record<string, number>; sampled: number | null } {
  const ids = g.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  // Adjacency as flat arrays (CSR): neighbours of i are adj[off[i]] .. adj[off[i + 1] - 1].
  const off = new Int32Array(n + 1);
  ids.forEach((id, i) => { off[i + 1] = (off[i] ?? 0) + g.degree(id); });
  const adj = new Int32Array(off[n] ?? 0);
  const fill = off.slice(0, n);
  g.forEachEdge((_e, _a, s, t) => {
    const a = index.get(s) ?? 0, b = index.get(t) ?? 0;
    adj[fill[a]!++] = b; adj[fill[b]!++] = a;
  });
  const k = sources ?? (n > EXACT_UP_TO ? SAMPLE_SOURCES : n);
  const from = k >= n ? [...Array(n).keys()] : pick(n, k, rng);
  const total = new Float64Array(n);
  const dist = new Int32Array(n), paths = new Float64Array(n), delta = new Float64Array(n), order = new Int32Array(n);
  for (const s of from) {
    dist.fill(-1); paths.fill(0); delta.fill(0);
    dist[s] = 0; paths[s] = 1;
    let head = 0, tail = 0;
    order[tail++] = s;
    while (head < tail) { // BFS; `order` ends as the nodes by distance from s
      const v = order[head++]!;
      for (let j = off[v]!; j < off[v + 1]!; j++) {
        const w = adj[j]!;
        if (dist[w]! < 0) { dist[w] = dist[v]! + 1; order[tail++] = w; }
        if (dist[w] === dist[v]! + 1) paths[w]! += paths[v]!;
      }
    }
    for (let i = tail - 1; i >= 0; i--) { // dependencies, farthest first, through successors
      const v = order[i]!;
      for (let j = off[v]!; j < off[v + 1]!; j++) {
        const w = adj[j]!;
        if (dist[w] === dist[v]! + 1) delta[v]! += (paths[v]! / paths[w]!) * (1 + delta[w]!);
      }
      if (v !== s) total[v]! += delta[v]!;
    }
  }
  const scale = (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) * (n / from.length);
  const values: Record<string, number> = {};
  ids.forEach((id, i) => { values[id] = (total[i] ?? 0) * scale; });
  return { values, sampled: from.length < n ? from.length : null };
}

/** k distinct indices of 0..n-1, by a partial Fisher–Yates shuffle driven by rng. */
function pick(n: number, k: number, rng: () => number): number[] {
  const a = [...Array(n).keys()];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}
