import { nameKey } from './nameKey.js';

/** Titles before a name (folded keys); they say "person" but are not part of the name. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron',
  'cllr', 'councillor', 'rev', 'reverend', 'rt', 'hon', 'comrade', 'father', 'sister', 'brother',
]);
/** Letters after a name (folded keys). */
export const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'ms', 'mla', 'am', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'jp', 'phd', 'jr', 'sr']);

/** A person's name split for comparison: folded words without titles and post-nominals. */
export interface PersonName {
  readonly words: readonly string[];
  readonly first: string | null;
  readonly last: string;
  /** Words between first and last ("kelly" in "mary kelly foy"). */
  readonly middle: readonly string[];
  readonly titles: readonly string[];
}

export function parsePersonName(form: string): PersonName | null {
  const all = nameKey(form).split(' ').filter(Boolean);
  const titles: string[] = [];
  let i = 0;
  while (i < all.length - 1 && TITLES.has(all[i] ?? '')) titles.push(all[i++] ?? '');
  let j = all.length;
  while (j > i + 1 && POST_NOMINALS.has(all[j - 1] ?? '')) j--;
  const words = all.slice(i, j);
  const last = words.at(-1);
  if (last === undefined) return null;
  return { words, first: words.length > 1 ? (words[0] ?? null) : null, last, middle: words.slice(1, -1), titles };
}

/** "j" or "j." style initial. */
export const isInitial = (w: string): boolean => w.length === 1;
