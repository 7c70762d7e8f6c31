import type { Gazetteer } from '../gazetteer.js';
import { nameKey } from '../names/nameKey.js';
import { findNameSpans } from '../../validate/nameSpans.js';
import { ORGANISATION_WORDS, PERSON_TITLES, POST_NOMINAL_CUES, ROLE_WORDS } from './cueWords.js';
import { classifySpan } from './classifySpan.js';
import { isFirstName } from './lexicon.js';

export type MentionType = 'Person' | 'Organisation' | null;

/** A name-like span of the text with what it looks like. Offsets index the whole text. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`: title included ("Cllr Michael Lavalette"), post-nominals not. */
  readonly quote: string;
  /** The name without titles. */
  readonly name: string;
  readonly type: MentionType;
  /** What decided the type: title:Cllr, post-nominal:MP, organisation-word, first-name, gazetteer, acronym… */
  readonly cue: string;
  readonly title: string | null;
  readonly postNominal: string | null;
  /** A role written just before the span and joined to it by "of": "Chair of the Labour Party". */
  readonly roleBefore: string | null;
}

const POST_NOMINAL_AFTER = /^[ \t]+(MP|MEP|MSP|MLA|QC|KC|OBE|MBE|CBE)\b/;

interface Piece { start: number; end: number; roleBefore: string | null }

/** "Labour MP Grahame Morris" → "Labour", "Grahame Morris"; "Chair of the Labour Party" → "Labour Party" (role Chair). */
function splitSpan(text: string, start: number, end: number): Piece[] {
  const s = text.slice(start, end);
  const inner = /\s(MPs?|MEPs?)\s/.exec(s);
  if (inner) {
    return [
      ...splitSpan(text, start, start + inner.index),
      ...splitSpan(text, start + inner.index + inner[0].length, end),
    ];
  }
  // "GP Dr Priya Nandakumar": an occupation's initials before a title are not part of the name.
  const occupation = /^\p{Lu}{2,4}\s+(?=(?:Dr|Cllr|Prof|Sir|Lord|Lady|Baroness|Rev|Mr|Mrs|Ms)\.?\s)/u.exec(s);
  if (occupation) return splitSpan(text, start + occupation[0].length, end);
  // "Samuel Okafor of the Harbour Trades Council": a person (given name first) of an organisation.
  const personOf = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})\s(?:of|from)\s(?:the\s)?(?=\p{Lu})/u.exec(s);
  if (personOf?.[1] && isFirstName(personOf[1].split(' ')[0] ?? '') && s.slice(personOf[0].length).split(/\s+/).some((w) => ORGANISATION_WORDS.has(w))) {
    return [{ start, end: start + personOf[1].length, roleBefore: null }, { start: start + personOf[0].length, end, roleBefore: null }];
  }
  const role = /^((?:[\p{Lu}][\p{L}-]*\s){0,3}?)(?:of|for)\s(?:the\s)?(?=\p{Lu})/u.exec(s);
  if (role && role[1] && role[1].trim().split(/\s+/).every((w) => ROLE_WORDS.has(w))) {
    return [{ start: start + role[0].length, end, roleBefore: role[1].trim() }];
  }
  return [{ start, end, roleBefore: null }];
}

const capitalisedWords = (x: string): boolean => x.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
const isAcronymWord = (x: string): boolean => /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(x);

/**
 * "Labour Assembly Against Austerity and Arise", "SNP and Plaid": two organisations joined by
 * "and"/"&" are split when the left part is an organisation on its own (known, an acronym, or with
 * an organisation word and no inner "of"/"for"), and the right part is known, an acronym or at most
 * two capitalised words. "United Families and Friends" (no organisation on the left) stays whole.
 */
function splitConjoined(text: string, piece: Piece, gazetteer: Gazetteer): Piece[] {
  const s = text.slice(piece.start, piece.end);
  const m = /\s(?:and|&)\s/.exec(s);
  if (!m) return [piece];
  const left = s.slice(0, m.index);
  const right = s.slice(m.index + m[0].length);
  if (!capitalisedWords(left) || !capitalisedWords(right) || /\s(?:and|&)\s/.test(right)) return [piece];
  const known = (x: string): boolean => gazetteer.byKey.has(nameKey(x)) || isAcronymWord(x);
  const leftOrg = known(left) || left.split(/\s+/).some((w) => ORGANISATION_WORDS.has(w));
  const rightOrg = known(right) || right.split(/\s+/).length <= 2;
  if (!leftOrg || !rightOrg) return [piece];
  return [{ start: piece.start, end: piece.start + left.length, roleBefore: piece.roleBefore }, { start: piece.start + m.index + m[0].length, end: piece.end, roleBefore: null }];
}

function stripTitles(quote: string): { name: string; title: string | null } {
  const words = quote.split(/\s+/);
  let i = 0;
  const titles: string[] = [];
  while (i < words.length - 1 && PERSON_TITLES.has((words[i] ?? '').replace(/\.$/, ''))) titles.push(words[i++] ?? '');
  return { name: words.slice(i).join(' '), title: titles.length > 0 ? titles.join(' ') : null };
}

/**
 * Mentions of a text: the project's name-span detector (src/validate/nameSpans.ts) split at
 * inner post-nominals and role prefixes, each classified by its cues (titles, post-nominals,
 * organisation words), compromise's lexicon of given names, and the gazetteer.
 */
export function findMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const span of findNameSpans(text)) {
    for (const piece of splitSpan(text, span.start, span.end).flatMap((p) => splitConjoined(text, p, gazetteer))) {
      const quote = text.slice(piece.start, piece.end).replace(/[\s'’]+$/, '');
      if (quote === '' || !/\p{Lu}/u.test(quote)) continue;
      const end = piece.start + quote.length;
      const { name, title } = stripTitles(quote);
      if (nameKey(name) === '') continue;
      const post = POST_NOMINAL_AFTER.exec(text.slice(end, end + 8));
      const postNominal = post?.[1] ?? null;
      const { type, cue } = classifySpan(name, { title, postNominal, before: text.slice(Math.max(0, piece.start - 40), piece.start) }, gazetteer);
      out.push({ start: piece.start, end, quote, name, type, cue, title, postNominal, roleBefore: piece.roleBefore });
    }
  }
  return out;
}

export { POST_NOMINAL_CUES };
