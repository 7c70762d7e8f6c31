import type { Gazetteer } from '../gazetteer.js';
import { nameKey } from '../names/nameKey.js';
import { ORGANISATION_WORDS } from './cueWords.js';
import { isFirstName, isLastName, isOrganisationWord, isPlaceWord } from './lexicon.js';
import type { MentionType } from './findMentions.js';

export interface SpanContext {
  readonly title: string | null;
  readonly postNominal: string | null;
  /** Up to 40 characters of text before the span. */
  readonly before: string;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+s?$/u;
/** All-caps words that are markers, not organisations: "(INC)" marks an incumbent. */
const NOT_ACRONYMS = new Set(['INC', 'TBC', 'TBA', 'RIP', 'LIVE', 'NEW', 'UPDATE', 'WATCH', 'PDF', 'FAQ', 'NB', 'PS']);
/** Words of ward and district names ("Harbour Central", "Castle South East"), not of personal names. */
const AREA_WORD = /^(?:Central|Centre|Ward|Borough|County|Division|Street|Road|Square)$/;
const COMPASS = /^(?:North|South|East|West)$/;
const isAreaName = (words: readonly string[]): boolean => words.some((w) => AREA_WORD.test(w)) || words.some((w, i) => COMPASS.test(w) && COMPASS.test(words[i + 1] ?? ''));
const EVENT_END = /^(?:Rally|Rallies|Conference|Reception|Webinar|Hustings|Vigil|Picket|Demonstration|Dinner|Gala)$/;
/** Words that start a capitalised run without being a name: sentence openers the span detector keeps. */
const NOT_NAME_START = new Set(['Former', 'Leading', 'Shadow', 'Opposition', 'Several', 'Members', 'Activists', 'Dear', 'Yours']);

/**
 * What a span names. Order: the gazetteer's type for an exact known form; organisation words;
 * title and post-nominal cues; acronyms (organisations); a given name from compromise's lexicon
 * followed by one or two capitalised words (a person). Otherwise null: the caller decides from
 * context (a list after "speakers:" is a list of people) or leaves it uncovered.
 */
export function classifySpan(name: string, ctx: SpanContext, g: Gazetteer): { type: MentionType; cue: string } {
  const key = nameKey(name);
  const known = (g.byKey.get(key) ?? g.byKey.get(key.replace(/^the /, '')) ?? []).map((id) => g.entries.get(id)?.type);
  if (known.length > 0 && known.every((t) => t === known[0]) && (known[0] === 'Person' || known[0] === 'Organisation')) {
    return { type: known[0], cue: 'gazetteer' };
  }
  const words = name.split(/\s+/);
  // "Harbour Day Rally", "Party Conference": a span ending in an event word names an event.
  if (words.length >= 2 && EVENT_END.test(words.at(-1) ?? '')) return { type: null, cue: 'event-word' };
  if (words.length === 1 && NOT_ACRONYMS.has(name.toUpperCase())) return { type: null, cue: 'none' };
  if (words.some((w) => ORGANISATION_WORDS.has(w.replace(/['’]s?$/, '')))) return { type: 'Organisation', cue: 'organisation-word' };
  if (ctx.title) return { type: 'Person', cue: `title:${ctx.title}` };
  if (ctx.postNominal && words.length >= 2) return { type: 'Person', cue: `post-nominal:${ctx.postNominal}` };
  if (words.length === 1 && ACRONYM.test(name) && !NOT_ACRONYMS.has(name)) return { type: 'Organisation', cue: 'acronym' };
  if (words.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(name) && !/^(?:Mc|Mac|O')/u.test(name)) return { type: 'Organisation', cue: 'coined-word' };
  const first = words[0] ?? '';
  const capitalised = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|da|van|von|der|bin|al|le|la)$/.test(w));
  if (words.length >= 2 && words.length <= 4 && capitalised && !NOT_NAME_START.has(first) && !words.some(isPlaceWord) && !words.some(isOrganisationWord) && !isAreaName(words)) {
    if (isFirstName(first)) return { type: 'Person', cue: 'first-name' };
    if (isLastName(words.at(-1) ?? '') && words.length <= 3) return { type: 'Person', cue: 'last-name' };
  }
  if (words.some(isOrganisationWord)) return { type: 'Organisation', cue: 'lexicon-organisation' };
  return { type: null, cue: 'none' };
}
