import { parsePartialDate } from '../extraction/partialDate.js';

/** An explicit date written in the text; `value` is a partial ISO date. */
export interface DateHit { readonly value: string; readonly start: number; readonly end: number }

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAY = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string | undefined, string | undefined, string | undefined] }[] = [
  { re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'g'), parts: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`\\b${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'g'), parts: (m) => [m[3], m[2], m[1]] },
  { re: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'g'), parts: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'g'), parts: (m) => [m[2], m[1], undefined] },
];

function monthNumber(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return s.padStart(2, '0');
  const i = MONTHS.findIndex((name) => name.startsWith(s.toLowerCase().replace(/\.$/, '').slice(0, 3)));
  return i === -1 ? undefined : String(i + 1).padStart(2, '0');
}

/** Explicit dates in `text` (offsets added to `base`), most precise first where two overlap. */
export function findDates(text: string, base = 0): DateHit[] {
  const hits: DateHit[] = [];
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = parts(m);
      const month = monthNumber(mo);
      const value = [y, month, d?.padStart(2, '0')].filter((v) => v !== undefined).join('-');
      if (!parsePartialDate(value)) continue;
      const start = base + m.index;
      const end = start + m[0].length;
      if (hits.some((h) => h.start <= start && h.end >= end)) continue;
      hits.push({ value, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A bare year ("in 2021", "Conference 2021"): weaker than a full date, used for headings. */
export function findYear(text: string, base = 0): DateHit | null {
  const m = /\b((?:19|20)\d{2})\b/.exec(text);
  return m ? { value: m[1] ?? '', start: base + m.index, end: base + m.index + 4 } : null;
}

export interface DatedField { date?: string; dateInferred?: string }

/**
 * The date of something described in `sentence` under `heading`: the sentence's explicit date,
 * else the heading's, else (flagged inferred, with the reason) the section's first date, else the
 * document's publication date.
 */
export function dateFor(sentence: string, heading: string | null, section: string, published: string | undefined): DatedField {
  const own = findDates(sentence)[0] ?? findYear(sentence);
  if (own) return { date: own.value };
  const head = heading === null ? null : (findDates(heading)[0] ?? findYear(heading));
  if (head) return { date: head.value };
  const near = findDates(section)[0];
  if (near) return { date: near.value, dateInferred: `no date in the sentence or heading; the first date in its section ("${section.slice(near.start, near.end)}")` };
  if (published) return { date: published, dateInferred: `no date in the text; the document's publication date (${published})` };
  return {};
}
