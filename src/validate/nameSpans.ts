import { normaliseName } from '../extraction/normaliseName.js';
import { ACRONYM_STOPWORDS, CONNECTORS, LEADING_STOPWORDS, POST_NOMINALS, SINGLE_STOPWORDS } from './nameWords.js';

/** A name-like span of a document; offsets are 0-based into the whole text, `end` exclusive. */
export interface NameSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

interface Token { readonly word: string; readonly start: number; readonly end: number; readonly key: string }

// Initials ("J.", "A.N."), words with inner apostrophes/hyphens ("O'Neill", "Jean-Luc"), or "&".
const TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s)|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|&/gu;
const POSSESSIVE = /['’]s$/u;
/** Tokens of one run may be separated only by spaces, or by a plural possessive's apostrophe ("Workers' Party"). */
const JOINABLE_GAP = /^['’]?[ \t]+$/u;
/** Abbreviations whose period does not end a name: "Prof. Keith Ewing". */
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Rev', 'Cllr', 'Sr', 'Jr', 'Rt', 'Hon']);

function joinable(line: string, prev: Token, next: Token): boolean {
  const gap = line.slice(prev.end, next.start);
  return JOINABLE_GAP.test(gap) || (ABBREVIATIONS.has(prev.word) && /^\.[ \t]+$/.test(gap));
}

const isCapital = (t: Token): boolean => /^\p{Lu}/u.test(t.word);
const isConnector = (t: Token): boolean => CONNECTORS.has(t.word);
const isAllCaps = (t: Token): boolean => /^\p{Lu}[\p{Lu}\p{N}&]+s?$/u.test(t.word);
const isAcronym = (t: Token): boolean => isAllCaps(t) && !ACRONYM_STOPWORDS.has(t.key);
/** "FightBack2021", "KeyWiki": a capital after a lower-case letter, or digits after a capitalised word. */
const isCoined = (t: Token): boolean => /^\p{Lu}\p{Ll}+(?:\p{Lu}|\p{N})/u.test(t.word) && !/^(?:Mc|Mac)\p{Lu}/u.test(t.word);
const capitals = (run: readonly Token[]): number => run.filter(isCapital).length;

function tokenise(line: string): Token[] {
  return [...line.matchAll(TOKEN)].map((m) => {
    const word = m[0].replace(POSSESSIVE, '');
    return { word, start: m.index, end: m.index + word.length, key: normaliseName(word) };
  });
}

/** Maximal runs of capitalised tokens joined by spaces and at most two connectors in a row. */
function runs(line: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  let pending: Token[] = [];
  const flush = (): void => void (run.length > 0 && out.push(run), (run = []), (pending = []));
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const joined = prev !== undefined && run.length > 0 && joinable(line, prev, t);
    if (!joined) flush();
    if (isCapital(t)) (run.push(...pending, t), (pending = []));
    else if (run.length > 0 && isConnector(t) && pending.length < 2) pending.push(t);
    else flush();
  });
  flush();
  return out;
}

/**
 * "Jeremy Corbyn and John McDonnell", "Ann Lee and the GMB" and "Cuba and the Cuba Solidarity
 * Campaign" are two names; "Preston and District" and "Marks and Spencer" are one.
 */
function splitOnAnd(run: Token[]): Token[][] {
  const at = run.findIndex((t, i) => {
    if (i === 0 || (t.word !== 'and' && t.word !== '&')) return false;
    if (run[i + 1]?.word === 'the') return true;
    if (capitals(run.slice(0, i)) < 2) return false;
    const right = run.slice(i + 1);
    return capitals(right) >= 2 || (right.length === 1 && right[0] !== undefined && isAllCaps(right[0]));
  });
  if (at === -1) return [run];
  return [run.slice(0, at), ...splitOnAnd(run.slice(at + 1))];
}

const droppable = (t: Token | undefined): boolean => t === undefined || !isCapital(t) || POST_NOMINALS.has(t.key);

/** Drops sentence openers and post-nominals from the front; post-nominals, titles and a pronoun "I" from the end. */
function trim(run: Token[]): Token[] {
  let i = 0;
  while (i < run.length && (LEADING_STOPWORDS.has(run[i]?.key ?? '') || droppable(run[i]))) i++;
  let j = run.length;
  while (j > i && (run[j - 1]?.word === 'I' || ABBREVIATIONS.has(run[j - 1]?.word ?? '') || droppable(run[j - 1]))) j--;
  return run.slice(i, j);
}

function keep(run: readonly Token[], before: Token | undefined): boolean {
  if (capitals(run) >= 2) return true;
  const only = run[0];
  if (run.length !== 1 || !only) return false;
  if (isAcronym(only) || isCoined(only)) return true;
  return (before?.word === 'by' || before?.word === 'with') && !SINGLE_STOPWORDS.has(only.key) && only.word.length > 1;
}

/** Name-like spans of a document, in text order. */
export function findNameSpans(text: string): NameSpan[] {
  const spans: NameSpan[] = [];
  let offset = 0;
  text.split('\n').forEach((line, i) => {
    const tokens = tokenise(line);
    for (const raw of runs(line, tokens)) {
      for (const part of splitOnAnd(raw).map(trim)) {
        const first = part[0];
        const last = part.at(-1);
        if (!first || !last || !keep(part, tokens[tokens.indexOf(first) - 1])) continue;
        spans.push({ text: line.slice(first.start, last.end), start: offset + first.start, end: offset + last.end, line: i + 1 });
      }
    }
    offset += line.length + 1;
  });
  return spans;
}
