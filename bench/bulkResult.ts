import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { LargeQueryResult } from './bulkQueries.js';
import { benchResultsDir } from './paths.js';

export interface BulkStage { ms: number; rows?: number; perSec?: number; note?: string }

/** What `npm run bench:bulk` measured so far; `stage` is the last stage completed. */
export interface BulkResult {
  scale: string;
  people: number;
  shards: number;
  startedAt: string;
  stage: string;
  elapsedMs?: number;
  loadavg?: number[];
  nodes?: number;
  relationships?: number;
  csvFiles?: number;
  stages: Record<string, BulkStage>;
  /** From the first shard read to the store in place: shards, CSV and importer. */
  endToEnd?: { ms: number; relationshipsPerSec: number };
  naive?: { sampleRows: number; rowsPerSec: number; batchedMergeRowsPerSec: number };
  /** Importer relationships/s over naive rows/s (each naive row is one relationship). */
  ratioToNaive?: number;
  endToEndRatioToNaive?: number;
  /** From the first shard read to the analytics done. */
  loadedMs?: number;
  queries?: LargeQueryResult;
}

const P99_TARGETS: Record<string, number> = { campaignedWith: 50, profile: 50, paths: 300 };

function markdown(r: BulkResult): string {
  const lines = [
    `# Bulk load at scale ${r.scale} (${r.people.toLocaleString('en')} people, ${r.shards} shards), \`npm run bench:bulk -- --scale ${r.scale}\``, '',
    `Started ${r.startedAt}; last stage completed: **${r.stage}** after ${Math.round((r.elapsedMs ?? 0) / 1000)} s. Load average at that point: ${(r.loadavg ?? []).join(', ')} (2 cores shared with other engineers' test runs).`, '',
    `${r.nodes ?? '?'} nodes and ${r.relationships ?? '?'} relationships in ${r.csvFiles ?? '?'} CSV files.`, '',
    '| stage | time | rows | rate |', '|---|---:|---:|---:|',
    ...Object.entries(r.stages).map(([name, s]) => `| ${name}${s.note ? ` (${s.note})` : ''} | ${(s.ms / 1000).toFixed(1)} s | ${s.rows ?? ''} | ${s.perSec ? `${s.perSec.toLocaleString('en')} /s` : ''} |`),
  ];
  if (r.endToEnd) lines.push('', `End to end (first shard read to store in place): ${(r.endToEnd.ms / 1000).toFixed(1)} s = ${r.endToEnd.relationshipsPerSec.toLocaleString('en')} relationships/s.`);
  if (r.naive) {
    lines.push(`Naive baseline, one transaction per link row (${r.naive.sampleRows} rows of the first shard, same graph): ${r.naive.rowsPerSec} rows/s; batched MERGE of the same number of rows: ${r.naive.batchedMergeRowsPerSec} rows/s.`);
    lines.push(`Importer over naive: ${r.ratioToNaive}×; end to end over naive: ${r.endToEndRatioToNaive}×.`);
  }
  if (r.loadedMs) lines.push('', `Loaded, derived and analysed in ${(r.loadedMs / 1000).toFixed(0)} s from the first shard read.`);
  if (r.queries) {
    const q = r.queries;
    lines.push('', `## Queries (${q.inputs} people below the 99th percentile of degree: p50 ${q.degree.p50}, p99 ${q.degree.p99}, max ${q.degree.max}), one client`, '',
      '| operation | GraphQL p50 | GraphQL p99 | raw p50 | raw p99 | target p99 | requests (errors) |', '|---|---:|---:|---:|---:|---:|---:|',
      ...Object.entries(q.latency).map(([name, l]) => `| ${name} | ${l.graphql.p50} ms | ${l.graphql.p99} ms | ${l.raw.p50} ms | ${l.raw.p99} ms | ≤ ${P99_TARGETS[name] ?? '?'} ms ${l.graphql.p99 <= (P99_TARGETS[name] ?? 0) ? 'met' : 'missed'} | ${l.graphql.requests} (${l.graphql.errors}) |`),
      '', `Service (node) RSS: ${q.rss.idleMb} MB idle, peak ${q.rss.peakMb} MB and mean ${q.rss.meanMb} MB while queried (target ≤ 500 MB: ${q.rss.peakMb <= 500 ? 'met' : 'missed'}).`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes bench/results/bulk-<scale>.json and .md; at L also L.json and L.md (the full L run). */
export function writeBulkResult(r: BulkResult): void {
  r.loadavg = loadavg().map((v) => Math.round(v * 100) / 100);
  const names = r.scale === 'L' ? [`bulk-${r.scale}`, r.scale] : [`bulk-${r.scale}`];
  for (const name of names) {
    writeFileSync(join(benchResultsDir, `${name}.json`), `${JSON.stringify(r, null, 2)}\n`);
    writeFileSync(join(benchResultsDir, `${name}.md`), markdown(r));
  }
}
