import { editBudget, editDistance } from './stringMetrics.js';
import { isInitial, type PersonName } from './personName.js';

/** How a mention's name compares with one known form; null when they name different people. */
export interface NameMatch {
  readonly score: number;
  /** exact | fuzzy | initial | surname */
  readonly how: 'exact' | 'fuzzy' | 'initial' | 'surname';
}

function wordScore(a: string, b: string): number | null {
  if (a === b) return 1;
  const budget = Math.min(editBudget(a), editBudget(b));
  const d = editDistance(a, b, budget);
  return d === Infinity ? null : 1 - 0.06 * d;
}

/** A first name compared with another: equal, within the edit budget, or an initial of it. */
function firstScore(a: string, b: string): { score: number; initial: boolean } | null {
  if (isInitial(a) || isInitial(b)) return a[0] === b[0] ? { score: 0.85, initial: true } : null;
  const s = wordScore(a, b);
  return s === null ? null : { score: s, initial: false };
}

/**
 * Compares first and last names separately (after nomenklatura's approach): the last names must
 * agree within an edit budget that grows with length; first names must agree too, or be an
 * initial of each other, or be missing on the mention's side ("Lavalette" alone). A known form
 * with a different first name is a namesake, never a match. Middle names may be dropped.
 */
export function matchPersonName(mention: PersonName, known: PersonName): NameMatch | null {
  const last = wordScore(mention.last, known.last);
  if (last === null) return null;
  if (mention.first === null) {
    if (known.first === null) return { score: last === 1 ? 0.95 : 0.8, how: last === 1 ? 'exact' : 'fuzzy' };
    return { score: 0.7 * last, how: 'surname' };
  }
  if (known.first === null) return { score: 0.75 * last, how: 'surname' };
  const first = firstScore(mention.first, known.first);
  if (first === null) return null;
  // Middle names present on both sides must not contradict: "Mary Kelly Foy" vs "Mary Anne Foy".
  if (mention.middle.length > 0 && known.middle.length > 0 && !mention.middle.some((m) => known.middle.some((k) => k[0] === m[0]))) return null;
  const score = last * first.score;
  if (first.initial) return { score, how: 'initial' };
  return { score, how: score === 1 ? 'exact' : 'fuzzy' };
}
