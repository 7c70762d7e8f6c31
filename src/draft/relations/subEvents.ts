import type { DraftEntity } from '../assemble/draftRegistry.js';
import { dateFor } from '../dates.js';
import { nameKey } from '../names/nameKey.js';
import { slugOf } from '../slug.js';
import { sentencesOf, type Sentence } from '../text/lines.js';
import { sectionEntity, type DraftContext } from './draftContext.js';
import { EVENT_KINDS, introSentence, kindOf } from './eventWords.js';
import type { Section } from './sections.js';

const KIND_WORD = 'rally|meeting|conference|reception|fringe|webinar|hustings|launch|picket|vigil|march|protest|demonstration|tour|festival|dinner|debate';
/** "The reception was…", "the final rally was chaired by…": a definite reference to one event. */
const DEFINITE = new RegExp(`\\b[Tt]he\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(?:${KIND_WORD}|event))\\b`, 'u');
const indefinite = (word: string): RegExp => new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,12}?${word}\\b`, 'iu');

const subEvents = new WeakMap<Section, Map<string, DraftEntity | null>>();

/** The kind of the section's own event, from its heading and a sentence introducing it before `before`. */
function sectionKind(ctx: DraftContext, section: Section, before: number): string {
  const intro = introSentence(ctx.layout, section, 'Event');
  return kindOf(EVENT_KINDS, `${section.heading?.text ?? ''} ${intro && intro.end <= before ? intro.text : ''}`, 'other');
}

/** The last sentence of the section before `before` that introduces "a/an … <word>". */
function introducing(ctx: DraftContext, section: Section, word: string, before: number): Sentence | null {
  const re = indefinite(word);
  let found: Sentence | null = null;
  for (const line of section.lines) {
    if (line.start >= before) break;
    for (const s of sentencesOf(line)) if (s.end <= before && re.test(s.text)) found = s;
  }
  return found;
}

/**
 * The event a list in `sentence` belongs to. A definite reference before the cue to an event of
 * another kind than the section's own ("The reception was well attended, with guests including…"
 * under a heading about a tour) is a separate event of the section, named "<heading>: <phrase>",
 * with the sentence that introduced it ("… at a parliamentary reception …") as evidence.
 * Otherwise the section's event.
 */
export function eventFor(ctx: DraftContext, section: Section, sentence: { start: number; end: number }, cueStart: number, photo = false): DraftEntity | null {
  const ref = DEFINITE.exec(ctx.text.slice(sentence.start, cueStart));
  const phrase = ref?.[1]?.replace(/\s+/g, ' ');
  const kind = phrase ? kindOf(EVENT_KINDS, phrase, 'other') : null;
  let byPhrase = subEvents.get(section);
  if (!byPhrase) subEvents.set(section, (byPhrase = new Map()));
  // "the event" names no kind: it is the separate event last referred to, if any, else the section's.
  if (phrase === 'event') return [...byPhrase.values()].at(-1) ?? sectionEntity(ctx, section, 'Event', sentence, photo);
  if (!phrase || !kind || kind === 'other' || kind === sectionKind(ctx, section, sentence.start)) return sectionEntity(ctx, section, 'Event', sentence, photo);
  const key = `${ctx.input.document}#${phrase}`;
  if (byPhrase.has(key)) {
    const known = byPhrase.get(key) ?? null;
    if (known) ctx.registry.addEvidence(known, sentence.start, sentence.end);
    return known;
  }
  const heading = section.heading?.text.trim().replace(/^["“‘']+|["”’']+$/g, '') || `Event described in ${ctx.input.document}`;
  const intro = introducing(ctx, section, phrase.split(' ').at(-1) ?? phrase, sentence.start);
  const sentenceText = ctx.text.slice(sentence.start, sentence.end);
  const dated = dateFor(`${intro?.text ?? ''} ${sentenceText}`, section.heading?.text ?? null, ctx.text.slice(section.start, section.end), ctx.input.published);
  const name = `${heading}: ${phrase}`;
  const fields: Record<string, string> = {};
  if (dated.date) fields['date'] = dated.date;
  if (dated.dateInferred) fields['dateInferred'] = dated.dateInferred;
  const [qs, qe] = intro ? [intro.start, intro.end] : [sentence.start, sentence.end];
  const entity = ctx.registry.isKeyFree(nameKey(name), '')
    ? ctx.registry.create('Event', name, { base: `${slugOf(name)}${dated.date ? `-${dated.date.slice(0, 4)}` : ''}`, kind, fields, rule: 'rule:sub-event', confidence: 0.6, start: qs, end: qe })
    : null;
  if (entity) ctx.registry.addEvidence(entity, sentence.start, sentence.end);
  byPhrase.set(key, entity);
  return entity;
}
