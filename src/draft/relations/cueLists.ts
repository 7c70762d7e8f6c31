import type { LinkType } from '../../extraction/schema.js';
import type { DraftEntity } from '../assemble/draftRegistry.js';
import type { Mention } from '../mentions/findMentions.js';
import type { Line } from '../text/lines.js';
import { mentionsIn, sectionEntity, type DraftContext } from './draftContext.js';
import { listItems } from './listItems.js';

/** A phrase that introduces a list of participants or signatories. */
interface Cue { readonly re: RegExp; readonly link: 'PARTICIPATED_IN' | 'SIGNED'; readonly role: string | null; readonly rule: string }

const CUES: readonly Cue[] = [
  { re: /\bchair(?:ed)? by\b|\bchairs?:/gi, link: 'PARTICIPATED_IN', role: 'chair', rule: 'rule:chaired-by' },
  { re: /\bhosted by\b|\bhosts?:/gi, link: 'PARTICIPATED_IN', role: 'host', rule: 'rule:hosted-by' },
  { re: /\borgani[sz]ed by\b|\borgani[sz]ers?:/gi, link: 'PARTICIPATED_IN', role: 'organiser', rule: 'rule:organised-by' },
  { re: /\bsponsored by\b|\bsponsors?:/gi, link: 'PARTICIPATED_IN', role: 'sponsor', rule: 'rule:sponsored-by' },
  { re: /\b(?:special |international |invited )?guests? (?:includ(?:ing|ed)|were|will be)\b|\bguests?:/gi, link: 'PARTICIPATED_IN', role: 'guest', rule: 'rule:guests-including' },
  { re: /\bin attendance (?:included|were)\b|\battended by\b|\battendees? (?:included|were)?:?/gi, link: 'PARTICIPATED_IN', role: 'attendee', rule: 'rule:attended-by' },
  { re: /\bspeakers?(?: at the [a-z ]{2,20}?)?(?: (?:will be|were|are|was|included|include|including))?(?::|\b(?=\s+\p{Lu}))|\bpanel(?:lists?)?(?: included| were)?:|\bfeatur(?:ing|ed|es)\b|\baddressed by\b|\bjoined on (?:the )?platform by\b|\bline-?up (?:included|includes|of)\b|\bwith (?:speakers|contributions from)\b|\bspeaking (?:were|are|will be)\b/giu, link: 'PARTICIPATED_IN', role: 'speaker', rule: 'rule:speaker-list' },
  { re: /\bsigned by\b|\bsignatories (?:included|include|including|were|are|:)|\bsignatories:|\bsignatures? (?:of|from)\b|\bco-?signed by\b/gi, link: 'SIGNED', role: null, rule: 'rule:signed-by' },
];
/** "With A, B and C" opening a sentence or line: a speaker list. */
const LEADING_WITH = /^\s*With\b/;

interface Found { start: number; end: number; cue: Cue }

function cuesIn(text: string, from: number, to: number): Found[] {
  const slice = text.slice(from, to);
  const found: Found[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (const m of slice.matchAll(cue.re)) found.push({ start: from + m.index, end: from + m.index + m[0].length, cue });
  }
  const speaker = CUES.find((c) => c.rule === 'rule:speaker-list');
  const lead = LEADING_WITH.exec(slice);
  if (lead && speaker) found.push({ start: from + lead.index, end: from + lead[0].length, cue: { ...speaker, rule: 'rule:with-list' } });
  return found.sort((a, b) => a.start - b.start);
}

function linkItems(ctx: DraftContext, target: DraftEntity, type: LinkType, role: string | null, items: ReturnType<typeof listItems>, cueSpan: [number, number], rule: string, confidence: number, withdrawn: boolean): void {
  items.forEach((item, i) => {
    const fields: Record<string, string | number | boolean> = {};
    if (role) fields['role'] = role;
    if (type === 'SIGNED') fields['order'] = i + 1;
    if (withdrawn) fields['withdrawn'] = true;
    const spans: [number, number][] = [[item.start, item.end]];
    if (cueSpan[1] > cueSpan[0]) spans.push(cueSpan);
    ctx.links.add(type, item.entity.id, target.id, { fields, spans, rule, confidence: confidence * item.confidence });
  });
}

const WITHDRAWN = /\bwithdr[ae]w\b|\bwithdrawn\b|\bretracted\b|\bremoved their names?\b/i;

/** "speakers included A, B and C", "chaired by D", "signed by E, F": links from each item to the section's event or statement. */
export function cueListRelations(ctx: DraftContext): void {
  for (const sentence of ctx.layout.sentences()) {
    const found = cuesIn(ctx.text, sentence.start, sentence.end);
    found.forEach((f, k) => {
      const to = found[k + 1]?.start ?? sentence.end;
      const items = listItems(ctx, mentionsIn(ctx, f.end, to), f.cue.link === 'SIGNED' || f.cue.role === 'host' || f.cue.role === 'sponsor' || f.cue.role === 'organiser');
      if (items.length === 0) return;
      const section = ctx.layout.sectionAt(sentence.start);
      const target = sectionEntity(ctx, section, f.cue.link === 'SIGNED' ? 'Statement' : 'Event', sentence);
      if (!target) return;
      const after = ctx.text.slice(sentence.end, sentence.end + 200);
      const withdrawn = f.cue.link === 'SIGNED' && WITHDRAWN.test(after.split(/\n/)[0] ?? '');
      linkItems(ctx, target, f.cue.link, f.cue.role, items, [f.start, f.end], f.cue.rule, 0.9, withdrawn);
    });
  }
  subjectRelations(ctx);
  captionRelations(ctx);
  letterRelations(ctx);
}

/** "A and B addressed a packed meeting", "C spoke at the rally": the people before the verb took part. */
const SUBJECT_CUE = /\b(addressed|spoke at|spoke to|took part in|attended|joined|were at|was at)\s+(?:a|an|the|this|last\s+\w+'?s?)\s+(?:[\p{L}-]+\s+){0,3}?(rally|meeting|conference|protest|demonstration|picket|hustings|webinar|event|vigil|march|fringe|launch|reception)\b/giu;

function subjectRelations(ctx: DraftContext): void {
  for (const sentence of ctx.layout.sentences()) {
    for (const m of sentence.text.matchAll(SUBJECT_CUE)) {
      const at = sentence.start + m.index;
      const items = listItems(ctx, mentionsIn(ctx, sentence.start, at), false).filter((i) => i.entity.type === 'Person');
      if (items.length === 0) continue;
      const target = sectionEntity(ctx, ctx.layout.sectionAt(sentence.start), 'Event', sentence);
      if (!target) continue;
      const role = /addressed|spoke/i.test(m[1] ?? '') ? 'speaker' : 'attendee';
      linkItems(ctx, target, 'PARTICIPATED_IN', role, items, [at, at + m[0].length], 'rule:subject-verb-event', 0.75, false);
    }
  }
}

/** The share of a line's letters that lie inside mentions: near 1 for a bare list of names. */
function nameDensity(ctx: DraftContext, line: Line, ms: readonly Mention[]): number {
  const letters = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;
  const inNames = ms.reduce((n, m) => n + letters(m.quote), 0);
  return inNames / Math.max(1, letters(line.text));
}

/** Photo captions (the line after an image file name) and bare lists of names: people pictured or billed. */
function captionRelations(ctx: DraftContext): void {
  for (const line of ctx.layout.lines) {
    const ms = mentionsIn(ctx, line.start, line.end);
    if (ms.length === 0) continue;
    const caption = ctx.layout.isCaption(line);
    const bareList = !caption && /,|\/\//.test(line.text) && nameDensity(ctx, line, ms) > 0.6 && ms.filter((m) => m.type !== 'Organisation').length >= 3;
    if (!caption && !bareList) continue;
    if (cuesIn(ctx.text, line.start, line.end).length > 0 && !caption) continue;
    const items = listItems(ctx, ms, false);
    if (items.length === 0) continue;
    const section = ctx.layout.sectionAt(line.start);
    const target = sectionEntity(ctx, section, 'Event', line, caption);
    if (!target) continue;
    const role = caption ? 'pictured' : 'speaker';
    linkItems(ctx, target, 'PARTICIPATED_IN', role, items, [0, 0], caption ? 'rule:photo-caption' : 'rule:name-list', caption ? 0.8 : 0.6, false);
  }
}

/** "Yours sincerely," then the signatories, one or many a line, up to the next heading. */
function letterRelations(ctx: DraftContext): void {
  for (const m of ctx.text.matchAll(/\b(?:Yours (?:sincerely|faithfully)|Signed|Signatories|We, the undersigned)[,:]?\s*$/gim)) {
    const section = ctx.layout.sectionAt(m.index);
    const items = listItems(ctx, mentionsIn(ctx, m.index + m[0].length, section.end), true);
    if (items.length === 0) continue;
    const cue = { start: m.index, end: m.index + m[0].length };
    const target = sectionEntity(ctx, section, 'Statement', cue);
    if (target) linkItems(ctx, target, 'SIGNED', null, items, [cue.start, cue.end], 'rule:letter-signatories', 0.85, false);
  }
}
