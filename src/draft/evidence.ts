import type { EvidenceItem } from '../extraction/schema.js';

/**
 * The evidence item for the quote at `start`: the bare string when that is its first occurrence
 * (the validator finds it), else `{quote, start}` so the validator checks that very occurrence.
 */
export function evidenceAt(text: string, start: number, end: number): EvidenceItem {
  const quote = text.slice(start, clipEnd(text, start, end));
  return text.indexOf(quote) === start ? quote : { quote, start };
}

/** Same quote at the same place: one evidence item. */
export function sameEvidence(a: EvidenceItem, b: EvidenceItem, text: string): boolean {
  const pos = (e: EvidenceItem): [string, number] => (typeof e === 'string' ? [e, text.indexOf(e)] : [e.quote, e.start]);
  const [qa, sa] = pos(a);
  const [qb, sb] = pos(b);
  return qa === qb && sa === sb;
}

/** A quote must hold some non-space text; trims surrounding spaces and punctuation, keeping offsets. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:/]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s,;:/]/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/** Longest quote kept: the smallest span that proves a fact is rarely longer. */
export const MAX_QUOTE = 300;

/** `end`, pulled back to MAX_QUOTE characters after `start` without splitting a surrogate pair. */
export function clipEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, start + MAX_QUOTE);
  if (e < end && /[\uD800-\uDBFF]/.test(text[e - 1] ?? '')) e--;
  return e;
}
