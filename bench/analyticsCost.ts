/**
 * `node --max-old-space-size=4096 scripts/run-ts.mjs --node-only bench/analyticsCost.ts [--people 100000] [--pairs 1682415] [--total-only]`
 * (or `npx tsx bench/analyticsCost.ts`): what the network analytics (src/import/networkAnalytics.ts)
 * add to an import at scale M, without a database. The defaults are scale M's counts from
 * bench/results/M.md (100,000 people, 1,682,415 CAMPAIGNED_WITH pairs); the pairs themselves are
 * synthetic (seeded): half inside regional blocks of 200 people, half between people drawn from
 * a heavy-tailed distribution, so a few people have thousands of co-campaigners, as at M.
 * Times each step of computeMetrics, and what exact betweenness would cost (per-source time ×
 * sources). Reading the pairs from Neo4j and writing the results are not included. Reports only.
 */
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { betweenness, EXACT_UP_TO, SAMPLE_SOURCES } from '../src/import/betweenness.js';
import { computeMetrics } from '../src/import/networkAnalytics.js';
import { Random } from './prng.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const people = arg('people', 100_000);
const target = arg('pairs', 1_682_415);
type Fn = (g: UndirectedGraph, o: Record<string, unknown>) => unknown;
const cjs = (m: unknown): Fn => ((m as { default?: Fn }).default ?? (m as Fn));

const rnd = new Random(20260501, 'analytics-bench');
const seen = new Set<string>();
const pairs: Array<{ a: string; b: string; strength: number }> = [];
const id = (i: number) => `person:p${i}`;
while (pairs.length < target) {
  const local = pairs.length % 2 === 0;
  const a = local ? Math.floor(rnd.next() * people) : Math.floor(people * rnd.next() ** 2);
  const b = local ? Math.min(people - 1, a - (a % 200) + Math.floor(rnd.next() * 200)) : Math.floor(rnd.next() * people);
  if (a === b) continue;
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  if (seen.has(key)) continue;
  seen.add(key);
  pairs.push({ a: id(Math.min(a, b)), b: id(Math.max(a, b)), strength: 0.5 + Math.floor(rnd.next() * 6) / 2 });
}
seen.clear();

const time = <T>(label: string, f: () => T): T => {
  const t = performance.now();
  const r = f();
  console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return r;
};

console.log(`synthetic network: ${people} people, ${pairs.length} pairs (seeded)`);
// --total-only: just the whole computeMetrics (what an import pays), not each step.
if (process.argv.includes('--total-only')) {
  time('computeMetrics, all of it (what an import adds, before reading and writing Neo4j)', () => computeMetrics(pairs));
  process.exit(0);
}
const g = time('build graph', () => {
  const x = new UndirectedGraph();
  for (const p of pairs) { x.mergeNode(p.a); x.mergeNode(p.b); x.addEdge(p.a, p.b, { weight: p.strength }); }
  return x;
});
const degrees = g.mapNodes((n) => g.degree(n)).sort((x, y) => x - y);
console.log(`connected people ${g.order}; co-campaigners p50 ${degrees[Math.floor(degrees.length / 2)]}, p99 ${degrees[Math.floor(degrees.length * 0.99)]}, max ${degrees.at(-1)}`);
time('louvain (weighted)', () => cjs(louvainModule)(g, { getEdgeWeight: 'weight', rng: () => rnd.next() }));
time('pagerank (weighted)', () => cjs(pagerankModule)(g, { getEdgeWeight: 'weight' }));
const few = 10;
const t0 = performance.now();
betweenness(g, () => rnd.next(), few);
const perSource = (performance.now() - t0) / 1000 / few;
console.log(`betweenness: ${(perSource * 1000).toFixed(0)} ms per source; exact (${g.order} sources) would take ~${(perSource * g.order / 3600).toFixed(1)} h`);
time(`betweenness as computed above ${EXACT_UP_TO} people (${SAMPLE_SOURCES} sampled sources)`, () => betweenness(g, () => rnd.next()));
time('computeMetrics, all of it (what an import adds, before reading and writing Neo4j)', () => computeMetrics(pairs));
