import type { BenchResult, OpLatency } from './harness.js';
import { OPERATION_NAMES } from './operations.js';

export interface TargetResult {
  target: string;
  /** The scale the issue sets the target at; measured here at the run's scale. */
  appliesAt: string;
  measured: string;
  met: boolean;
  note: string;
}

const CORE = ['search', 'campaignedWith', 'campaignedWithWindow', 'paths', 'profile', 'election'] as const;
const f = (n: number | undefined, d = 1): string => (n === undefined ? '–' : n >= 100 ? String(Math.round(n)) : n.toFixed(d));

/** Checks the issue's targets against one run. Targets never fail the run; they are reported. */
export function evaluateTargets(r: BenchResult): TargetResult[] {
  const out: TargetResult[] = [];
  const overhead = CORE.map((op) => ({ op, g: r.graphql[op]?.c1.p50 ?? 0, w: r.raw[op]?.c1.p50 ?? 0 }));
  const worst = overhead.reduce((a, b) => (b.g / Math.max(0.001, b.w) > a.g / Math.max(0.001, a.w) ? b : a));
  out.push({
    target: 'GraphQL p50 ≤ 1.2 × raw p50, every core operation',
    appliesAt: 'M',
    measured: overhead.map((x) => `${x.op} ${(x.g / Math.max(0.001, x.w)).toFixed(2)}×`).join(', '),
    met: overhead.every((x) => x.g <= 1.2 * x.w),
    note: `worst: ${worst.op} (${f(worst.g)} vs ${f(worst.w)} ms)`,
  });
  const peerOps = CORE.filter((op) => r.peer[op]);
  const peerCmp = peerOps.map((op) => {
    const ours = r.graphql[op]!.c1;
    const theirs = r.peer[op]!.c1;
    return { op, p50: ours.p50 < theirs.p50, p99: ours.p99 < theirs.p99, text: `${op} p50 ${f(ours.p50)}/${f(theirs.p50)}, p99 ${f(ours.p99)}/${f(theirs.p99)}` };
  });
  out.push({
    target: 'GraphQL beats @neo4j/graphql at p50 and p99 (ours/peer, ms, concurrency 1)',
    appliesAt: 'all',
    measured: peerCmp.map((x) => x.text).join('; '),
    met: peerCmp.every((x) => x.p50 && x.p99),
    note: `not expressible by the peer: ${CORE.filter((op) => !r.peer[op]).join(', ') || 'none'}`,
  });
  for (const op of ['campaignedWith', 'profile'] as const) {
    const p99 = r.graphql[op]?.c1.p99 ?? 0;
    out.push({ target: `${op} p99 ≤ 50 ms (people below the 99th percentile of degree)`, appliesAt: 'L', measured: `${f(p99)} ms`, met: p99 <= 50, note: '' });
  }
  const paths = r.graphql['paths']?.c1.p99 ?? 0;
  out.push({ target: 'paths maxHops 4 p99 ≤ 300 ms', appliesAt: 'L', measured: `${f(paths)} ms`, met: paths <= 300, note: '' });
  for (const [op, sup] of [['campaignedWith', 'campaignedWithSupernode'], ['profile', 'profileSupernode']] as const) {
    const typical = r.dbHits[op]?.median ?? 0;
    const big = r.dbHits[sup]?.median ?? 0;
    const degreeRatio = r.samples.supernode.coCampaigners / Math.max(1, r.samples.degree.coCampaignersP50);
    out.push({
      target: `supernode ${op} (first 20) bounded by the page size`,
      appliesAt: 'all',
      measured: `db hits ${big} vs ${typical} for a typical person (${(big / Math.max(1, typical)).toFixed(1)}×) at ${degreeRatio.toFixed(0)}× the co-campaigners`,
      met: big <= 5 * Math.max(1, typical),
      note: 'met when the supernode costs at most 5× a typical person',
    });
  }
  const rels = r.import.links.rowsPerSec;
  out.push({ target: 'import ≥ 50,000 relationships/s', appliesAt: 'L', measured: `${rels.toLocaleString('en')} rows/s (links phase)`, met: rels >= 50_000, note: '' });
  out.push({
    target: 'import ≥ 20 × the naive baseline',
    appliesAt: 'L',
    measured: `${r.import.naive.ratioToLinksPhase}× (links phase vs naive), ${r.import.naive.ratioSameSample}× on the same sample`,
    met: r.import.naive.ratioToLinksPhase >= 20,
    note: '',
  });
  const rss = r.rss.service.peakMbC16;
  out.push({ target: 'service RSS ≤ 500 MB during the concurrency-16 runs', appliesAt: 'all', measured: `peak ${rss} MB`, met: rss > 0 && rss <= 500, note: '' });
  return out;
}

function latencyRow(name: string, l: OpLatency | null | undefined): string {
  if (!l) return `| ${name} | – | – | – | – | – | – |`;
  return `| ${name} | ${f(l.c1.p50)} | ${f(l.c1.p95)} | ${f(l.c1.p99)} | ${f(l.c16.p50)} | ${f(l.c16.p99)} | ${f(l.c16.throughput)} |`;
}

/** The results as a markdown report (tables), for bench/results/<scale>.md and the README. */
export function renderMarkdown(r: BenchResult): string {
  const m = r.machine;
  const im = r.import;
  const lines: string[] = [];
  lines.push(`# Benchmark, scale ${r.scale} (${r.people.toLocaleString('en')} people)`, '');
  lines.push(`Run ${r.finishedAt} on ${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB; Node ${m.node}, ${m.java}, Neo4j ${m.neo4j}` +
    (m.neo4jHeapMb ? ` (heap ${m.neo4jHeapMb} MB, page cache ${m.neo4jPagecacheMb} MB)` : '') + '.', '');
  lines.push(`> ${m.note} Load average (1/5/15 min): ${m.loadAverage.beforeImport.join('/')} before the import, ${m.loadAverage.beforeQueries.join('/')} before the queries, ${m.loadAverage.end.join('/')} at the end.`, '');
  lines.push(`Graph: ${r.graph.totalNodes.toLocaleString('en')} nodes, ${r.graph.totalRelationships.toLocaleString('en')} relationships ` +
    `(${Object.entries(r.graph.relationships).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}). ` +
    `Person degree p50 ${r.samples.degree.p50}, p99 ${r.samples.degree.p99}, max ${r.samples.degree.max}; co-campaigners p50 ${r.samples.degree.coCampaignersP50}, p99 ${r.samples.degree.coCampaignersP99}; ` +
    `supernode ${r.samples.supernode.id} with ${r.samples.supernode.coCampaigners.toLocaleString('en')} co-campaigners.`, '');
  lines.push('## Import (per-batch transactions)', '');
  const cpuRate = (n: number): string => (n > 0 ? n.toLocaleString('en') : '–');
  lines.push('| phase | rows | time (s) | rows/s | rows per Neo4j CPU-s |', '|---|---:|---:|---:|---:|');
  lines.push(`| read + validate YAML (loadCorpus, ${im.shards} shard(s), ${im.loadCorpus.mb} MB) | – | ${f(im.loadCorpus.ms / 1000)} | ${im.loadCorpus.mbPerSec} MB/s | – |`);
  lines.push(`| entities (documents + entities, nodes) | ${im.entities.rows.toLocaleString('en')} | ${f(im.entities.ms / 1000)} | ${im.entities.rowsPerSec.toLocaleString('en')} | ${cpuRate(im.entities.rowsPerNeo4jCpuSec)} |`);
  lines.push(`| links (mentions + evidenced links, relationships) | ${im.links.rows.toLocaleString('en')} | ${f(im.links.ms / 1000)} | ${im.links.rowsPerSec.toLocaleString('en')} | ${cpuRate(im.links.rowsPerNeo4jCpuSec)} |`);
  lines.push(`| derivation (${im.derivation.sharedActivity === undefined ? '' : `SHARED_ACTIVITY ${im.derivation.sharedActivity.toLocaleString('en')} + `}CAMPAIGNED_WITH ${im.derivation.campaignedWith.toLocaleString('en')} + STOOD_AGAINST ${im.derivation.stoodAgainst.toLocaleString('en')}) | ${im.derivation.rows.toLocaleString('en')} | ${f(im.derivation.ms / 1000)} | ${im.derivation.rowsPerSec.toLocaleString('en')} | ${cpuRate(im.derivation.rowsPerNeo4jCpuSec)} |`);
  lines.push(`| naive: one transaction per link row (${im.naive.sampleRows} rows) | ${im.naive.sampleRows} | – | ${im.naive.rowsPerSec.toLocaleString('en')} | – |`, '');
  lines.push(`Batched links phase ÷ naive: **${im.naive.ratioToLinksPhase}×**; batched ÷ naive on the same ${im.naive.sampleRows} rows: ${im.naive.ratioSameSample}× (batch size ${im.batchSize}).`, '');
  lines.push('## Latency (ms) and throughput (requests/s)', '');
  lines.push(`Concurrency 1: ${r.settings.requestsC1} requests per operation and way (after ${r.settings.warmup} warm-up), the three ways interleaved request by request so that load from elsewhere slows them alike; concurrency ${r.settings.concurrency}: ${r.settings.requestsC16} requests per way, one way at a time; each run capped at ${r.settings.maxMsPerRun / 1000} s. Inputs: ${r.samples.inputsPerOperation} people below the 99th percentile of degree (and elections), round-robin.`, '');
  for (const way of ['graphql', 'raw', 'peer'] as const) {
    const title = way === 'graphql' ? '(a) our GraphQL API over HTTP' : way === 'raw' ? '(b) the same Cypher, sent directly with neo4j-driver' : '(c) @neo4j/graphql 7 over HTTP (nearest equivalent)';
    lines.push(`### ${title}`, '');
    lines.push('| operation | c1 p50 | c1 p95 | c1 p99 | c16 p50 | c16 p99 | c16 req/s |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const op of OPERATION_NAMES) lines.push(latencyRow(op, r[way][op]));
    lines.push('');
  }
  lines.push('### Overhead and peer, p50 at concurrency 1', '');
  lines.push('CPU-ms per request (Neo4j + serving process; for raw the serving process is the bench process, load loop included) is unaffected by other work on the machine, unlike wall time.', '');
  lines.push('| operation | GraphQL ÷ raw | GraphQL ÷ peer | CPU ms/req GraphQL | CPU ms/req raw | CPU ms/req peer | errors (g/r/p) |', '|---|---:|---:|---:|---:|---:|---|');
  const cpu = (l: OpLatency | null | undefined): string => (l?.cpu ? `${f(l.cpu.neo4jMsPerRequest)} + ${f(l.cpu.serverMsPerRequest)}` : '–');
  for (const op of OPERATION_NAMES) {
    const g = r.graphql[op];
    const w = r.raw[op];
    const p = r.peer[op];
    const err = (l: OpLatency | null | undefined): string => (l ? String(l.c1.errors + l.c16.errors) : '–');
    lines.push(`| ${op} | ${g && w ? (g.c1.p50 / Math.max(0.001, w.c1.p50)).toFixed(2) : '–'} | ${g && p ? (g.c1.p50 / Math.max(0.001, p.c1.p50)).toFixed(2) : '–'} | ${cpu(g)} | ${cpu(w)} | ${cpu(p)} | ${err(g)}/${err(w)}/${err(p)} |`);
  }
  lines.push('');
  lines.push('## PROFILE db hits (the Cypher of one call)', '');
  lines.push('| operation | median | max | queries per call |', '|---|---:|---:|---:|');
  for (const op of OPERATION_NAMES) {
    const h = r.dbHits[op];
    if (h) lines.push(`| ${op} | ${h.median.toLocaleString('en')} | ${h.max.toLocaleString('en')} | ${h.queriesPerCall} |`);
  }
  lines.push('');
  lines.push(`## Memory`, '', `Service (Node) RSS: ${r.rss.service.idleMb} MB idle, peak ${r.rss.service.peakMbC16} MB during the concurrency-16 runs (median of means ${r.rss.service.meanMbC16} MB), ${r.rss.service.endMb} MB at the end. Peer RSS peak: ${r.rss.peer.peakMbC16} MB.`, '');
  lines.push('## Targets', '', '| target | applies at | measured here | met here |', '|---|---|---|---|');
  for (const t of r.targets) lines.push(`| ${t.target} | ${t.appliesAt} | ${t.measured}${t.note ? ` (${t.note})` : ''} | ${t.met ? 'yes' : '**no**'} |`);
  lines.push('', '## Peer notes', '');
  for (const op of OPERATION_NAMES) lines.push(`- ${op}: ${r.operations[op]?.peerNote ?? ''}`);
  lines.push('');
  return lines.join('\n');
}
