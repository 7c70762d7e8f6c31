import type { Mention } from '../mentions/findMentions.js';
import type { Line } from '../text/lines.js';
import { cuesIn, linkItems } from './cueLists.js';
import { mentionsIn, sectionEntity, type DraftContext } from './draftContext.js';
import { isTitleCaption } from './eventWords.js';
import { listItems } from './listItems.js';
import { eventFor } from './subEvents.js';

/** The line that opens a letter's signatures; the names after it, to the next heading, signed. */
const LETTER_OPENER = /\b(?:Yours (?:sincerely|faithfully)|Signed|Signatories|We, the undersigned)[,:]?\s*$/gim;

/** In a caption, what follows such a verb says what the people did, not who else is pictured. */
const CAPTION_VERB = /\b(?:took part|take part|takes part|attended|attending|spoke|speaking|joined|joining|launch(?:ed|ing)|marched|marching|to defend|to support|against)\b/;

/** The share of a line's letters that lie inside mentions: near 1 for a bare list of names. */
function nameDensity(text: string, ms: readonly Mention[]): number {
  const letters = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;
  const inNames = ms.reduce((n, m) => n + letters(m.quote), 0);
  return inNames / Math.max(1, letters(text));
}

/** Offsets where a letter's signatures start (after its opener). */
function signatureStarts(ctx: DraftContext): number[] {
  LETTER_OPENER.lastIndex = 0;
  return [...ctx.text.matchAll(LETTER_OPENER)].map((m) => m.index + m[0].length);
}

/**
 * Photo captions (the line after an image file name) and bare lists of names ("A // B, Union //
 * C"): people pictured or billed. A bare list followed on its line by a cue ("… // Chaired by D")
 * is read up to the cue; the cue's own list is the cue rule's. Lines a cue above already took,
 * and a letter's signatures, are not bare lists.
 */
export function captionRelations(ctx: DraftContext, taken: ReadonlySet<number>): void {
  const signatures = signatureStarts(ctx);
  const signed = (line: Line): boolean => {
    const section = ctx.layout.sectionAt(line.start);
    return signatures.some((s) => s > section.start && s <= line.start);
  };
  for (const line of ctx.layout.lines) {
    if (taken.has(line.index) || isTitleCaption(ctx.layout, line)) continue;
    const caption = ctx.layout.isCaption(line);
    const cues = cuesIn(ctx.text, line.start, line.end);
    if (caption && cues.length > 0) continue;
    const verb = caption ? CAPTION_VERB.exec(line.text) : null;
    const end = cues[0]?.start ?? (verb ? line.start + verb.index : line.end);
    const ms = mentionsIn(ctx, line.start, end);
    if (ms.length === 0) continue;
    const head = ctx.text.slice(line.start, end);
    const bareList = !caption && /,|\/\//.test(head) && nameDensity(head, ms) > 0.6 && ms.filter((m) => m.type !== 'Organisation').length >= 3;
    if ((!caption && !bareList) || signed(line)) continue;
    const items = listItems(ctx, ms, false);
    if (items.length === 0) continue;
    const target = eventFor(ctx, ctx.layout.sectionAt(line.start), line, line.start, caption);
    if (!target) continue;
    const role = caption ? 'pictured' : 'speaker';
    linkItems(ctx, target, 'PARTICIPATED_IN', role, items, [0, 0], caption ? 'rule:photo-caption' : 'rule:name-list', caption ? 0.8 : 0.6, false);
  }
}

/** "Yours sincerely," then the signatories, one or many a line, up to the next heading. */
export function letterRelations(ctx: DraftContext): void {
  LETTER_OPENER.lastIndex = 0;
  for (const m of ctx.text.matchAll(LETTER_OPENER)) {
    const section = ctx.layout.sectionAt(m.index);
    const items = listItems(ctx, mentionsIn(ctx, m.index + m[0].length, section.end), true);
    if (items.length === 0) continue;
    const cue = { start: m.index, end: m.index + m[0].length };
    const target = sectionEntity(ctx, section, 'Statement', cue);
    if (target) linkItems(ctx, target, 'SIGNED', null, items, [cue.start, cue.end], 'rule:letter-signatories', 0.85, false);
  }
}
