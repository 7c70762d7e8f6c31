import { indexNames, isCovered } from '../validate/coverage.js';
import { findNameSpans } from '../validate/nameSpans.js';
import { DraftLinks } from './assemble/draftLinks.js';
import { DraftRegistry } from './assemble/draftRegistry.js';
import { toExtraction } from './assemble/toExtraction.js';
import { checkDraftInput } from './draftInputError.js';
import type { DraftInput, DraftResult, ReviewItem } from './draftTypes.js';
import type { Gazetteer } from './gazetteer.js';
import { findMentions, type Mention } from './mentions/findMentions.js';
import { surnameMentions } from './mentions/surnameMentions.js';
import { appositionRelations } from './relations/appositions.js';
import { backingRelations } from './relations/backing.js';
import { cueListRelations } from './relations/cueLists.js';
import type { DraftContext } from './relations/draftContext.js';
import { resultTableRelations } from './relations/resultTables.js';
import { proseResultRelations } from './relations/proseResults.js';
import { resultRelations } from './relations/results.js';
import { layoutOf } from './relations/sections.js';
import { serialiseDraft } from './serialiseDraft.js';

const STAGES = 6;
const REVIEW_ORDER = ['ambiguous-link', 'dropped', 'fuzzy-link', 'name-taken', 'low-confidence', 'uncovered-span'];

/** Resolves every typed mention: full names first, so a later surname alone finds its person. */
function resolveMentions(ctx: DraftContext): void {
  const resolve = (ms: readonly Mention[]): void => {
    for (const m of ms) {
      if (m.type === null) continue;
      ctx.registry.resolve(m, m.type, `rule:mention-${m.cue.split(':')[0]}`, m.cue === 'gazetteer' ? 0.95 : m.cue.startsWith('title') || m.cue.startsWith('post-nominal') ? 0.9 : 0.75);
    }
  };
  const typed = ctx.mentions.filter((m) => m.type !== null);
  resolve(typed.filter((m) => m.name.includes(' ')));
  resolve(typed.filter((m) => !m.name.includes(' ')));
  const lone = surnameMentions(ctx.text, ctx.registry, ctx.mentions);
  resolve(lone);
  ctx.mentions.push(...lone);
  ctx.mentions.sort((a, b) => a.start - b.start);
}

/** See the contract in ./index.ts. */
export function draftExtraction(input: DraftInput, gazetteer: Gazetteer, onProgress?: (done: number, total: number) => void): DraftResult {
  checkDraftInput(input.document, input.text);
  const text = input.text;
  const progress = (n: number): void => onProgress?.(n, STAGES);
  progress(0);
  const layout = layoutOf(text);
  // A span that is a whole heading is a title ("Harbour Workers Rally"), not a mention, unless known.
  const titles = new Set(layout.sections.flatMap((s) => (s.heading ? [`${s.heading.start + s.heading.text.search(/\S/)}#${s.heading.text.trim()}`] : [])));
  const mentions = findMentions(text, gazetteer).filter((m) => m.cue === 'gazetteer' || !titles.has(`${m.start}#${m.quote}`));
  const ctx: DraftContext = {
    input, text, layout, mentions,
    registry: new DraftRegistry(text, gazetteer), links: new DraftLinks(text),
  };
  progress(1);
  resolveMentions(ctx);
  progress(2);
  resultRelations(ctx);
  resultTableRelations(ctx);
  proseResultRelations(ctx);
  cueListRelations(ctx);
  progress(3);
  appositionRelations(ctx);
  backingRelations(ctx);
  progress(4);
  const review: ReviewItem[] = [...ctx.registry.review];
  const extraction = toExtraction(input.document, text, ctx.registry.entities.values(), ctx.links.all, review);
  progress(5);
  const forms = extraction.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]);
  const index = indexNames(forms);
  const seen = new Set<string>();
  const uncovered: string[] = [];
  for (const span of findNameSpans(text)) {
    if (seen.has(span.text) || isCovered(span.text, index)) continue;
    seen.add(span.text);
    uncovered.push(span.text);
  }
  for (const item of [...extraction.entities, ...extraction.links]) {
    if ((item.confidence ?? 1) < 0.6) {
      const what = 'id' in item ? item.id : `${item.type} ${item.from} → ${item.to}`;
      const first = item.evidence[0];
      const quote = typeof first === 'string' ? first : (first?.quote ?? '');
      review.push({ kind: 'low-confidence', message: `${what} (confidence ${item.confidence}, ${item.proposedBy})`, quote });
    }
  }
  for (const span of uncovered.slice(0, 15)) review.push({ kind: 'uncovered-span', message: `"${span}" is name-like but no drafted entity covers it`, quote: span });
  review.sort((a, b) => REVIEW_ORDER.indexOf(a.kind) - REVIEW_ORDER.indexOf(b.kind));
  const linksByType: Record<string, number> = {};
  for (const l of extraction.links) linksByType[l.type] = (linksByType[l.type] ?? 0) + 1;
  const draftEntities = ctx.registry.entities;
  const linked = extraction.entities.flatMap((e) => {
    const d = draftEntities.get(e.id);
    return d?.linked ? [{ id: e.id, name: e.name, matchedBy: d.linked.matchedBy }] : [];
  });
  const created = extraction.entities.filter((e) => !draftEntities.get(e.id)?.linked).map((e) => ({ id: e.id, type: e.type, name: e.name }));
  progress(STAGES);
  return { extraction, yaml: serialiseDraft(extraction), linked, created, linksByType, uncovered, review };
}
