import { createRequire } from 'node:module';

// talisman ships CommonJS without types; each metric module exports one function.
const require = createRequire(import.meta.url);
const damerau = require('talisman/metrics/damerau-levenshtein') as ((a: string, b: string) => number) & {
  limited: (max: number, a: string, b: string) => number;
};

/** Damerau-Levenshtein distance (transpositions count as one edit), or Infinity beyond `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const d = damerau.limited(max, a, b);
  return d > max ? Infinity : d;
}

/**
 * Edits a name word may differ by and still match: none up to 4 letters ("Lee" ≠ "Lea"),
 * one up to 8 ("Gonzalez" ~ "Gonazalez"), two beyond.
 */
export function editBudget(word: string): number {
  return word.length <= 4 ? 0 : word.length <= 8 ? 1 : 2;
}
