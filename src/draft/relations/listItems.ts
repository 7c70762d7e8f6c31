import type { DraftEntity } from '../assemble/draftRegistry.js';
import { ROLE_WORDS } from '../mentions/cueWords.js';
import type { Mention } from '../mentions/findMentions.js';
import { isPlaceWord } from '../mentions/lexicon.js';
import type { DraftContext } from './draftContext.js';

export interface ListItem {
  readonly entity: DraftEntity;
  /** The item's quote: the name, with its affiliation when one follows ("Kate Hudson, CND"). */
  readonly start: number;
  end: number;
  readonly confidence: number;
}

/** Capitalised words that do not occur in personal names: event words, function words, month names. */
const NOT_IN_NAMES = /^(?:Rally|Rallies|Conference|Meeting|Festival|Reception|Webinar|Hustings|Vigil|Protest|Demonstration|Picket|Fringe|To|Up|Of|And|The|For|Against|Not|With|In|On|At|By|Our|We|No|January|February|March|April|June|July|August|September|October|November|December)$/;
/** "GermanPeople": two words run together (a lower-case letter then a capital), unlike "McKenzie". */
const RUN_TOGETHER = (w: string): boolean => /\p{Ll}\p{Lu}/u.test(w) && !/^(?:Mc|Mac|Fitz|De|Di|Da|La|Le|Van|Von|O['’])\p{Lu}\p{Ll}+$/u.test(w);

/** An untyped span that reads as a person's name in a list: two to four capitalised words, no roles or places. */
export function looksLikePersonName(m: Mention): boolean {
  const words = m.name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || /\d/.test(m.name)) return false;
  if (words.some((w) => ROLE_WORDS.has(w) || isPlaceWord(w) || /^\p{Lu}{2,}$/u.test(w) || NOT_IN_NAMES.test(w) || RUN_TOGETHER(w))) return false;
  // "… Pay Rise May 18": a month name before a day number is a date, not a surname.
  if (/^May$/.test(words.at(-1) ?? '')) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}'’-]/u.test(w) || /^(?:de|da|van|von|der|bin|al|le|la|Mc\p{Lu}\p{Ll}+)$/u.test(w));
}

/** Text between an item and an organisation that makes the organisation the item's affiliation. */
const AFFILIATION_GAP = /^\s*(?:MPs?|MEP)?\s*(?:,|\(|[-–—]|for|of(?: the)?|from(?: the)?)\s*$/;

/**
 * The people (and, when `orgsToo`, organisations) a list names, in order. An organisation written
 * right after a person ("Kate Hudson, CND", "Nadia Jama (Labour NEC)") is that person's
 * affiliation: it becomes a MEMBER_OF link, not a list item of its own.
 */
export function listItems(ctx: DraftContext, mentions: readonly Mention[], orgsToo: boolean): ListItem[] {
  const items: ListItem[] = [];
  let attached = false;
  // In a list whose items are split by "//", a comma only ever joins an item to its affiliation,
  // so an unknown span after "Name," is an organisation even without an organisation word.
  const first = mentions[0];
  const last = mentions.at(-1);
  const lineOf = (at: number, end: number): string => ctx.text.slice(ctx.text.lastIndexOf('\n', at) + 1, (ctx.text.indexOf('\n', end) + 1 || ctx.text.length + 1) - 1);
  const slashList = first !== undefined && last !== undefined && lineOf(first.start, last.end).includes('//');
  for (const m of mentions) {
    const prev = items.at(-1);
    const gap = prev ? ctx.text.slice(prev.end, m.start) : '';
    const commaAffiliation = slashList && m.type === null && /^\s*,\s*$/.test(gap);
    if (m.type === 'Organisation' || commaAffiliation) {
      if (prev && !attached && prev.entity.type === 'Person' && AFFILIATION_GAP.test(gap)) {
        const org = ctx.registry.resolve(m, 'Organisation', 'rule:list-affiliation', 0.7);
        if (org) {
          ctx.links.add('MEMBER_OF', prev.entity.id, org.id, { spans: [[prev.start, m.end]], rule: 'rule:list-affiliation', confidence: 0.6 });
          prev.end = m.end;
          attached = true;
        }
        continue;
      }
      if (!orgsToo) continue;
      const org = ctx.registry.resolve(m, 'Organisation', 'rule:list-item', 0.7);
      if (org) (items.push({ entity: org, start: m.start, end: m.end, confidence: 0.8 }), (attached = false));
      continue;
    }
    const person = m.type === 'Person' || (m.type === null && looksLikePersonName(m));
    if (!person) continue;
    const entity = ctx.registry.resolve(m, 'Person', 'rule:list-item', m.type === 'Person' ? 0.9 : 0.7);
    if (!entity) continue;
    items.push({ entity, start: m.start, end: m.end, confidence: m.type === 'Person' ? 1 : 0.8 });
    attached = false;
  }
  return items;
}
