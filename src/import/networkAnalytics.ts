import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { Params, Row } from '../graph/database.js';
import { betweenness, EXACT_UP_TO, SAMPLE_SOURCES } from './betweenness.js';

/** These CommonJS packages declare an ES default export; Node hands ESM their module.exports instead. */
function cjsDefault<T>(m: { default: T }): T {
  return (m as { default?: T }).default ?? (m as unknown as T);
}
const louvain = cjsDefault(louvainModule);
const pagerank = cjsDefault(pagerankModule);

// Network analytics of CAMPAIGNED_WITH, computed at the end of every import (atomic and
// batched) and stored on Person nodes: `community` (Louvain, weighted by strength),
// `pageRank` (weighted by strength) and `betweenness` (normalised, unweighted; exact up to
// EXACT_UP_TO connected people, estimated from SAMPLE_SOURCES sources above: betweenness.ts). It reads only
// each pair and its strength/sharedCount, so it does not depend on how the pairs are derived.
// People with no co-campaigner get none of the three properties.

type Run = (query: string, params?: Params) => Promise<Row[]>;

/** A deterministic random source (mulberry32), so Louvain gives the same communities each import. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Person properties this step writes (and removes before writing). */
export const ANALYTICS_PROPERTIES: readonly string[] = ['community', 'pageRank', 'betweenness'];

export interface PersonMetrics { id: string; community: number; pageRank: number; betweenness: number }

/**
 * Given the CAMPAIGNED_WITH pairs, returns each connected person's metrics. Communities are
 * numbered by size, largest 0 (ties by their smallest member id), so numbers are stable.
 */
export function computeMetrics(pairs: ReadonlyArray<{ a: string; b: string; strength: number }>): PersonMetrics[] {
  const g = new UndirectedGraph();
  // Sorted first: Louvain and the float sums depend on insertion order, and the atomic and
  // batched imports read the pairs in different orders; both must store the same numbers.
  // Each pair is put as (smaller id, larger id), so duplicates are adjacent and merge at once.
  const sorted = pairs.filter((p) => p.a !== p.b).map((p) => (p.a < p.b ? p : { a: p.b, b: p.a, strength: p.strength }))
    .sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  let last: { a: string; b: string } | null = null;
  for (const { a, b, strength } of sorted) {
    const w = Math.max(strength, 0.5);
    if (last && last.a === a && last.b === b) { g.updateEdgeAttribute(a, b, 'weight', (x) => Math.max(Number(x), w)); continue; }
    g.mergeNode(a); g.mergeNode(b);
    g.addEdge(a, b, { weight: w });
    last = { a, b };
  }
  if (g.order === 0) return [];
  const raw = louvain(g, { getEdgeWeight: 'weight', rng: seeded(20260501) });
  const members = new Map<number, { size: number; first: string }>();
  for (const [id, c] of Object.entries(raw) as Array<[string, number]>) {
    const m = members.get(c);
    if (!m) members.set(c, { size: 1, first: id });
    else { m.size++; if (id.localeCompare(m.first) < 0) m.first = id; }
  }
  // Sizes and smallest ids counted in one pass: growing arrays by copying and sorting members
  // inside the comparator took 36 s for 100,000 people (0.8 s now; bench/analyticsCost.ts).
  const order = [...members.entries()].sort((x, y) => y[1].size - x[1].size || x[1].first.localeCompare(y[1].first));
  const renumber = new Map(order.map(([c], i) => [c, i]));
  const pr = pagerank(g, { getEdgeWeight: 'weight' });
  const bc = betweenness(g, seeded(20260502)).values;
  return g.mapNodes((id) => ({ id, community: renumber.get(raw[id] ?? -1) ?? -1, pageRank: pr[id] ?? 0, betweenness: bc[id] ?? 0 }));
}

/** Reads the pairs, computes the metrics and writes them on Person nodes (clearing stale ones first). */
export async function networkAnalytics(run: Run, log: (m: string) => void = () => {}): Promise<number> {
  const rows = await run('MATCH (a:Person)-[r:CAMPAIGNED_WITH]->(b:Person) RETURN a.id AS a, b.id AS b, coalesce(r.strength, toFloat(r.sharedCount), 1.0) AS strength');
  const metrics = computeMetrics(rows.map((r) => ({ a: String(r.a), b: String(r.b), strength: Number(r.strength) })));
  const estimate = metrics.length > EXACT_UP_TO ? `, betweenness estimated from ${SAMPLE_SOURCES} sources` : '';
  log(`network analytics: ${metrics.length} connected people, ${new Set(metrics.map((m) => m.community)).size} communities${estimate}`);
  await run('MATCH (p:Person) WHERE p.community IS NOT NULL REMOVE p.community, p.pageRank, p.betweenness');
  for (let i = 0; i < metrics.length; i += 2000) {
    await run('UNWIND $rows AS row MATCH (p:Person {id: row.id}) SET p.community = row.community, p.pageRank = row.pageRank, p.betweenness = row.betweenness', { rows: metrics.slice(i, i + 2000) });
  }
  return metrics.length;
}
