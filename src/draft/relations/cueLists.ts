import type { LinkType } from '../../extraction/schema.js';
import type { DraftEntity } from '../assemble/draftRegistry.js';
import type { Line } from '../text/lines.js';
import { captionRelations, letterRelations } from './captionLists.js';
import { mentionsIn, sectionEntity, type DraftContext } from './draftContext.js';
import { describesEvent } from './eventWords.js';
import { listItems } from './listItems.js';
import { eventFor } from './subEvents.js';

/** A phrase that introduces a list of participants or signatories. */
interface Cue { readonly re: RegExp; readonly link: 'PARTICIPATED_IN' | 'SIGNED'; readonly role: string | null; readonly rule: string }

// Roles follow the reviewed files' usage: people billed as joining a platform are guests.
const CUES: readonly Cue[] = [
  { re: /\bchair(?:ed)? by\b|\bchairs?:/gi, link: 'PARTICIPATED_IN', role: 'chair', rule: 'rule:chaired-by' },
  { re: /\bhosted by\b|\bhosts?:/gi, link: 'PARTICIPATED_IN', role: 'host', rule: 'rule:hosted-by' },
  { re: /\borgani[sz]ed by\b|\borgani[sz]ers?:/gi, link: 'PARTICIPATED_IN', role: 'organiser', rule: 'rule:organised-by' },
  { re: /\bsponsored by\b|\bsponsors?:/gi, link: 'PARTICIPATED_IN', role: 'sponsor', rule: 'rule:sponsored-by' },
  { re: /\b(?:special |international |invited )?guests? (?:includ(?:ing|ed)|were|will be)\b|\bguests?:|\bjoined on (?:the )?platform by\b/gi, link: 'PARTICIPATED_IN', role: 'guest', rule: 'rule:guests-including' },
  { re: /\bin attendance (?:included|were)\b|\battended by\b|\battended,? including\b|\battendees? (?:included|were)?:?/gi, link: 'PARTICIPATED_IN', role: 'attendee', rule: 'rule:attended-by' },
  { re: /\bspeakers?(?: at the [a-z ]{2,20}?)?(?: (?:will be|were|are|was|included|include|including))?(?::|\b(?=\s+\p{Lu}))|\bpanel(?:lists?)?(?: included| were)?:|\bfeatur(?:ing|ed|es)\b|\baddressed by\b|\bline-?up (?:included|includes|of)\b|\bwith (?:speakers|contributions from)\b|\bspeaking (?:were|are|will be)\b|\b(?:discussion|conversation|debate|in conversation) with\b/giu, link: 'PARTICIPATED_IN', role: 'speaker', rule: 'rule:speaker-list' },
  { re: /\bsigned by\b|\bsignatories (?:included|include|including|were|are|:)|\bsignatories:|\bsignatures? (?:of|from)\b|\bco-?signed by\b/gi, link: 'SIGNED', role: null, rule: 'rule:signed-by' },
];
/** "With A, B and C" opening a sentence or line: a speaker list. */
const LEADING_WITH = /^\s*With\b/;
/** "chaired by A and included B, C": after a chair, "and included" lists the speakers. */
const AND_INCLUDED = /\band includ(?:ed|es)\b/g;
/** Roles that committees have too ("Co-chairs: …"): only read as an event's when the section describes one. */
const EVENT_ONLY_ROLES = new Set(['chair', 'host', 'organiser', 'sponsor']);
/** Nothing but an ellipsis or colon after the cue: the list is on the next line. */
const CUE_ENDS_LINE = /^[\s.…:]*$/;

interface Found { start: number; end: number; cue: Cue }

export function cuesIn(text: string, from: number, to: number): Found[] {
  const slice = text.slice(from, to);
  const found: Found[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (const m of slice.matchAll(cue.re)) found.push({ start: from + m.index, end: from + m.index + m[0].length, cue });
  }
  const speaker = CUES.find((c) => c.rule === 'rule:speaker-list');
  const lead = LEADING_WITH.exec(slice);
  if (lead && speaker) found.push({ start: from + lead.index, end: from + lead[0].length, cue: { ...speaker, rule: 'rule:with-list' } });
  const chair = found.find((f) => f.cue.role === 'chair');
  if (chair && speaker) {
    for (const m of slice.matchAll(AND_INCLUDED)) if (from + m.index > chair.end) found.push({ start: from + m.index, end: from + m.index + m[0].length, cue: speaker });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function linkItems(ctx: DraftContext, target: DraftEntity, type: LinkType, role: string | null, items: ReturnType<typeof listItems>, cueSpan: [number, number], rule: string, confidence: number, withdrawn: boolean): void {
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

function nextTextLine(ctx: DraftContext, line: Line): Line | null {
  return ctx.layout.lines.slice(line.index + 1, line.index + 4).find((l) => l.text.trim() !== '' && !ctx.layout.isImage(l)) ?? null;
}

/**
 * "speakers included A, B and C", "chaired by D", "signed by E, F": links from each item to the
 * section's event or statement. A cue that ends its line ("With guests including...") takes the
 * names of the next line; those lines are returned so the bare-list rule leaves them alone.
 */
function listsAfterCues(ctx: DraftContext): Set<number> {
  const taken = new Set<number>();
  for (const sentence of ctx.layout.sentences()) {
    const found = cuesIn(ctx.text, sentence.start, sentence.end);
    found.forEach((f, k) => {
      const to = found[k + 1]?.start ?? sentence.end;
      const orgsToo = f.cue.link === 'SIGNED' || ['host', 'sponsor', 'organiser'].includes(f.cue.role ?? '');
      let items = listItems(ctx, mentionsIn(ctx, f.end, to), orgsToo);
      // Organisations attend only when the list names no person ("attended including A Party, B Party").
      if (items.length === 0 && f.cue.role === 'attendee') items = listItems(ctx, mentionsIn(ctx, f.end, to), true);
      const next = k === found.length - 1 && CUE_ENDS_LINE.test(ctx.text.slice(f.end, sentence.line.end)) ? nextTextLine(ctx, sentence.line) : null;
      if (items.length === 0 && next) {
        items = listItems(ctx, mentionsIn(ctx, next.start, next.end), orgsToo);
        if (items.length > 0) taken.add(next.index);
      }
      if (items.length === 0) return;
      const section = ctx.layout.sectionAt(sentence.start);
      if (f.cue.role !== null && EVENT_ONLY_ROLES.has(f.cue.role) && !describesEvent(ctx.layout, section)) return;
      const target = f.cue.link === 'SIGNED' ? sectionEntity(ctx, section, 'Statement', sentence) : eventFor(ctx, section, sentence, f.start);
      if (!target) return;
      const after = ctx.text.slice(sentence.end, sentence.end + 200);
      const withdrawn = f.cue.link === 'SIGNED' && WITHDRAWN.test(after.split(/\n/)[0] ?? '');
      linkItems(ctx, target, f.cue.link, f.cue.role, items, [f.start, f.end], f.cue.rule, 0.9, withdrawn);
    });
  }
  return taken;
}

export function cueListRelations(ctx: DraftContext): void {
  const taken = listsAfterCues(ctx);
  subjectRelations(ctx);
  captionRelations(ctx, taken);
  letterRelations(ctx);
}

/** "A and B addressed a packed meeting", "C spoke at the rally", "D hosted the reception": the people before the verb took part. */
const SUBJECT_CUE = /\b(addressed|spoke at|spoke to|took part in|attended|joined|were at|was at|hosted)\s+(?:a|an|the|this|last\s+\w+'?s?)\s+(?:[\p{L}-]+\s+){0,3}?(rally|meeting|conference|protest|demonstration|picket|hustings|webinar|event|vigil|march|fringe|launch|reception)\b/giu;
/** "Speaking at the rally, A said…": the person right after the comma spoke there. */
const SPEAKING_AT = /\bSpeaking at (?:the|a|an|this) (?:[\p{L}-]+\s+){0,3}?(?:rally|meeting|conference|reception|event|hustings|webinar|launch|fringe|vigil|march|protest),\s*/gu;

/** Photo captions are read by the caption rule ("A, B took part in a rally" under a photo: pictured). */
function subjectRelations(ctx: DraftContext): void {
  for (const sentence of ctx.layout.sentences()) {
    if (ctx.layout.isCaption(sentence.line)) continue;
    for (const m of sentence.text.matchAll(SUBJECT_CUE)) {
      const at = sentence.start + m.index;
      // Who speaks in a quotation is not its subject: only names after the last opening quote count.
      const quoteOpen = Math.max(ctx.text.lastIndexOf('“', at), ctx.text.lastIndexOf('"', at));
      const from = quoteOpen >= sentence.start ? quoteOpen : sentence.start;
      const items = listItems(ctx, mentionsIn(ctx, from, at), false).filter((i) => i.entity.type === 'Person');
      if (items.length === 0) continue;
      const target = eventFor(ctx, ctx.layout.sectionAt(sentence.start), sentence, at + m[0].length);
      if (!target) continue;
      const verb = m[1] ?? '';
      const role = /addressed|spoke/i.test(verb) ? 'speaker' : /hosted/i.test(verb) ? 'host' : 'attendee';
      linkItems(ctx, target, 'PARTICIPATED_IN', role, items, [at, at + m[0].length], 'rule:subject-verb-event', 0.75, false);
    }
    for (const m of sentence.text.matchAll(SPEAKING_AT)) {
      const after = sentence.start + m.index + m[0].length;
      const first = mentionsIn(ctx, after, sentence.end)[0];
      if (!first || first.start !== after) continue;
      const items = listItems(ctx, [first], false);
      const target = items.length > 0 ? eventFor(ctx, ctx.layout.sectionAt(sentence.start), sentence, after) : null;
      if (target) linkItems(ctx, target, 'PARTICIPATED_IN', 'speaker', items, [sentence.start + m.index, after], 'rule:speaking-at', 0.75, false);
    }
  }
}
