import type { DraftResult } from '../draft/index.js';

/** What an ingest did or (with --dry-run) would do: the document and its draft's counts. */
export interface IngestSummary {
  id: string;
  title: string;
  published: string;
  publishedInferred?: string;
  written: string[];
  imported: boolean;
  entitiesNew: DraftResult['created'];
  entitiesLinked: DraftResult['linked'];
  linksByType: Record<string, number>;
  uncovered: string[];
  review: DraftResult['review'];
}

/** The printed summary; `reviewLimit` items of the review list, most important first. */
export function formatIngestSummary(s: IngestSummary, reviewLimit = 10): string[] {
  const lines = [`document ${s.id}: "${s.title}", published ${s.published}${s.publishedInferred ? ' (inferred: ' + s.publishedInferred + ')' : ''}`];
  lines.push(`entities: ${s.entitiesNew.length} new, ${s.entitiesLinked.length} linked to existing nodes`);
  for (const e of s.entitiesLinked) lines.push(`  linked  ${e.id}  by "${e.matchedBy}"`);
  for (const e of s.entitiesNew) lines.push(`  new     ${e.id}  (${e.type}) ${e.name}`);
  const types = Object.entries(s.linksByType).sort(([a], [b]) => a.localeCompare(b));
  lines.push(`links: ${types.reduce((n, [, c]) => n + c, 0)}${types.length ? ' — ' + types.map(([t, c]) => `${t} ${c}`).join(', ') : ''}`);
  lines.push(`uncovered name-like spans: ${s.uncovered.length}${s.uncovered.length ? ' — ' + s.uncovered.slice(0, 20).map((u) => `"${u}"`).join(', ') : ''}`);
  lines.push(`worth a reviewer's look: ${s.review.length}`);
  for (const r of s.review.slice(0, reviewLimit)) lines.push(`  [${r.kind}] ${r.message}`);
  if (s.review.length > reviewLimit) lines.push(`  … and ${s.review.length - reviewLimit} more (see the draft)`);
  lines.push(s.written.length ? `written: ${s.written.join(', ')}` : 'dry run: nothing written');
  lines.push(s.imported ? 'imported: this document only, as unreviewed drafts' : 'not imported');
  return lines;
}
