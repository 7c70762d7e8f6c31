import type { EvidenceItem } from './schema.js';

/** A quote's position: 0-based UTF-16 offsets into the document text, `end` exclusive. */
export interface QuoteSpan {
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

export type QuoteLocation =
  | { ok: true; span: QuoteSpan }
  | { ok: false; code: 'quote-not-found' | 'quote-start'; message: string };

export function quoteOf(item: EvidenceItem): string {
  return typeof item === 'string' ? item : item.quote;
}

/** 1-based line of a character offset. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u00A0': ' ',
};

/** Length-preserving fold (case, quote style, dashes) used only to suggest a fix. */
function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    out += FOLD[ch] ?? (lower.length === ch.length ? lower : ch);
  }
  return out;
}

function notFound(text: string, quote: string): string {
  const near = fold(text).indexOf(fold(quote));
  if (near === -1) return `quote not found verbatim in the document: "${quote}"`;
  const actual = text.slice(near, near + quote.length);
  return `quote not found verbatim (case, quote marks or dashes differ); the text has "${actual}" at line ${lineAtOffset(text, near)}`;
}

/** Finds an evidence quote: its given `start`, else its first occurrence. */
export function locateEvidence(text: string, item: EvidenceItem): QuoteLocation {
  const quote = quoteOf(item);
  if (typeof item !== 'string') {
    if (text.startsWith(quote, item.start)) return { ok: true, span: { quote, start: item.start, end: item.start + quote.length } };
    const at = occurrences(text, quote);
    if (at.length === 0) return { ok: false, code: 'quote-not-found', message: notFound(text, quote) };
    return { ok: false, code: 'quote-start', message: `start ${item.start} does not point at "${quote}"; it occurs at ${at.slice(0, 10).join(', ')}` };
  }
  const start = text.indexOf(quote);
  if (start === -1) return { ok: false, code: 'quote-not-found', message: notFound(text, quote) };
  return { ok: true, span: { quote, start, end: start + quote.length } };
}
