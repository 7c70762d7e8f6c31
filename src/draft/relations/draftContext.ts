import type { DraftRegistry, DraftEntity } from '../assemble/draftRegistry.js';
import type { DraftLinks } from '../assemble/draftLinks.js';
import { dateFor } from '../dates.js';
import type { DraftInput } from '../draftTypes.js';
import type { Mention } from '../mentions/findMentions.js';
import { nameKey } from '../names/nameKey.js';
import { slugOf } from '../slug.js';
import { EVENT_KINDS, STATEMENT_KINDS, captionTitle, introSentence, kindOf } from './eventWords.js';
import type { DocumentLayout, Section } from './sections.js';

/** What every relation rule reads and writes. */
export interface DraftContext {
  readonly input: DraftInput;
  readonly text: string;
  readonly layout: DocumentLayout;
  /** In text order. */
  readonly mentions: Mention[];
  readonly registry: DraftRegistry;
  readonly links: DraftLinks;
}

/** Mentions starting in [start, end). */
export function mentionsIn(ctx: DraftContext, start: number, end: number): Mention[] {
  return ctx.mentions.filter((m) => m.start >= start && m.end <= end);
}

const sectionEntities = new WeakMap<Section, Map<string, DraftEntity | null>>();

/**
 * The event or statement a section describes, created on first use: named after a caption that
 * reads as the event's title, else the heading. Its evidence is the heading, the sentence that
 * introduces the event (see introSentence) and `sentence`, where the participants are listed
 * (its date wins); the kind comes from those too.
 */
export function sectionEntity(ctx: DraftContext, section: Section, type: 'Event' | 'Statement', sentence: { start: number; end: number }, photo = false): DraftEntity | null {
  let byType = sectionEntities.get(section);
  if (!byType) sectionEntities.set(section, (byType = new Map()));
  const cacheKey = `${ctx.input.document}#${type}`;
  if (byType.has(cacheKey)) {
    const known = byType.get(cacheKey) ?? null;
    if (known) ctx.registry.addEvidence(known, sentence.start, sentence.end);
    return known;
  }
  const heading = section.heading ? section.heading.text.trim() : null;
  const intro = introSentence(ctx.layout, section, type);
  const sentenceText = ctx.text.slice(sentence.start, sentence.end);
  const sectionText = ctx.text.slice(section.start, section.end);
  const title = type === 'Event' ? captionTitle(ctx.layout, section) : null;
  const clue = `${title ?? heading ?? ''} ${intro?.text ?? ''} ${sentenceText}`;
  const kind = type === 'Event' ? (photo && !EVENT_KINDS.some(([re]) => re.test(clue)) ? 'photo' : kindOf(EVENT_KINDS, clue, 'other')) : kindOf(STATEMENT_KINDS, `${clue} ${sectionText}`, 'statement');
  const dated = dateFor(sentenceText, heading, sectionText, ctx.input.published);
  const bare = (title ?? heading)?.replace(/^["“‘']+|["”’']+$/g, '').trim() || null;
  const name = bare ?? `${kind[0]?.toUpperCase()}${kind.slice(1)} described in ${ctx.input.document}`;
  const base = `${slugOf(name)}${dated.date ? `-${dated.date.slice(0, 4)}` : ''}`;
  const [qs, qe] = section.heading ? [section.heading.start, section.heading.end] : [sentence.start, sentence.end];
  const fields: Record<string, string> = {};
  if (dated.date) fields['date'] = dated.date;
  if (dated.dateInferred) fields['dateInferred'] = dated.dateInferred;
  if (type === 'Event' && /\bonline\b|\bwebinar\b|\bzoom\b/i.test(clue)) fields['place'] = 'online';
  const opts = { base, kind, fields, rule: `rule:section-${type.toLowerCase()}`, confidence: bare ? 0.7 : 0.5, start: qs, end: qe };
  // A heading may repeat or name an organisation too: then the name says which thing it is.
  const entity = ctx.registry.isKeyFree(nameKey(name), '')
    ? ctx.registry.create(type, name, opts)
    : ctx.registry.create(type, `${name} (${kind}${dated.date ? `, ${dated.date}` : ''})`, { ...opts, base: `${base}-${kind}` });
  if (entity && intro) ctx.registry.addEvidence(entity, intro.start, intro.end);
  if (entity) ctx.registry.addEvidence(entity, sentence.start, sentence.end);
  byType.set(cacheKey, entity);
  return entity;
}
