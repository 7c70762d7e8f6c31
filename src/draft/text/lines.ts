import { findDates } from '../dates.js';

/** One line of the document; offsets are 0-based UTF-16 into the whole text, `end` exclusive. */
export interface Line {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ index, text: body, start, end: start + body.length });
    start += raw.length + 1;
  });
  return lines;
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|svg)$/i;
/** "Saturday 14 September 2024", "Published 3 March 2025": a dateline dates the text above, it titles nothing. */
function isDateline(t: string): boolean {
  let rest = t;
  for (const d of findDates(t).reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  return rest !== t && /^\s*(?:(?:published|posted|updated|dated|first published)\b:?\s*)?(?:on\s+)?[\s,.|-]*$/i.test(rest);
}
/** "Co-Chairs: A and B", "Speakers: …": a labelled list, not a title. */
const LABELLED_LIST = /^(?:(?:co|vice)-?)?(?:chairs?|speakers?|hosts?|guests?|panel(?:lists?)?|signatories|sponsors?|organi[sz]ers?|with)\s*:/i;
/** "Hosted by …", "Chaired by …": a cue line completing the text above it. */
const CUE_LINE = /^(?:hosted|chaired|organi[sz]ed|sponsored|signed|co-?signed|supported|backed) by\b/i;

/** A file name such as "Screenshot 2022-05-13 074005.png": marks the next line as a photo caption. */
export const isImageLine = (line: Line): boolean => IMAGE.test(line.text.trim());

/**
 * A heading: a short line that does not end like a sentence, starts with a capital, digit or
 * quote, and stands alone (blank or heading-like neighbours are not required: wiki text has none).
 */
export function isHeading(line: Line): boolean {
  const t = line.text.trim();
  if (t.length < 3 || t.length > 90 || isImageLine(line)) return false;
  if ((t.match(/,|\/\//g)?.length ?? 0) >= 2) return false;
  if (/[.,;:!?]$/.test(t) && !/[”"’']$/.test(t)) return false;
  // A sentence end followed by a footnote marker ("… Magazine.[2]") is still a sentence end.
  if (/[.,;:!?](?:\[\d+\])+$/.test(t) || LABELLED_LIST.test(t) || CUE_LINE.test(t) || isDateline(t)) return false;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= 12 && !/[.!?]\s/.test(t);
}

/** A sentence inside a line, with offsets into the whole text. */
export interface Sentence { readonly text: string; readonly start: number; readonly end: number; readonly line: Line }

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Rev|Cllr|Sr|Jr|Rt|Hon|No|vs|etc|Co|Ltd|Inc)|\b\p{Lu})$/u;

/** Splits a line at ". ", "! ", "? " unless the period ends an abbreviation or an initial. */
export function sentencesOf(line: Line): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const t = line.text;
  for (const m of t.matchAll(/[.!?]["”’)]?\s+(?=[\p{Lu}\p{N}"“‘(])/gu)) {
    const at = m.index + 1;
    if (t[m.index] === '.' && ABBREV.test(t.slice(Math.max(0, m.index - 5), m.index))) continue;
    out.push({ text: t.slice(from, at), start: line.start + from, end: line.start + at, line });
    from = m.index + m[0].length;
  }
  if (from < t.length) out.push({ text: t.slice(from), start: line.start + from, end: line.end, line });
  return out.filter((s) => s.text.trim() !== '');
}
