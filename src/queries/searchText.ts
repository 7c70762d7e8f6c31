/**
 * How search reads the text people type. The full-text indexes use Neo4j's `standard-folding`
 * analyzer (cypher/schema/001-constraints.cypher): Lucene's standard tokenizer (a possessive
 * such as "people's" stays one token), lower case, accents folded to ASCII ("Siân" → "sian",
 * "’" → "'") and the English stop words below left out. The query text is split the same way
 * here, so every word we send is a token the index can hold; prefix and fuzzy terms are not
 * analyzed by Lucene, so folding them here is what lets "Sian" find "Siân" and the reverse.
 */

/** The stop words of Neo4j 5.26's standard-folding analyzer (db.index.fulltext.listAvailableAnalyzers). */
export const INDEX_STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/**
 * Titles, post-nominals and role words the press prints around a name. They never decide
 * whether a hit is found: a search for "Councillor Michael Lavalette" needs only "michael" or
 * "lavalette" to match, and one made only of such words searches for them as plain words.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'councillor', 'cllr', 'cllrs', 'mp', 'mps', 'mep', 'meps', 'msp', 'ms', 'mla', 'lord', 'lady', 'baroness', 'baron', 'sir', 'dame',
  'dr', 'prof', 'professor', 'qc', 'kc', 'mr', 'mrs', 'miss', 'mx', 'former', 'shadow', 'rt', 'hon', 'rev', 'obe', 'mbe', 'cbe',
]);

const MAX_WORDS = 12;

/** Lower case, NFKD, combining marks dropped, curly apostrophes made straight: ASCII folding's effect on names. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘ʼ`´]/gu, "'").normalize('NFC');
}

/**
 * Given text, returns its index tokens in order: runs of letters and digits, joined across an
 * inner apostrophe ("people's", "o'neill") as the standard tokenizer joins them; stop words out.
 */
export function indexTokens(text: string): string[] {
  const tokens = foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
  return tokens.filter((t) => !INDEX_STOP_WORDS.has(t));
}

export interface SearchWords {
  /** Words a hit must match at least one of; hits are ranked by how many they match. */
  words: string[];
  /** Title and role words: they only add to the score of a hit that has them. */
  titles: string[];
}

/** Given free text, returns its distinct search words (at most 12), titles apart. */
export function searchWords(text: string): SearchWords {
  const tokens = [...new Set(indexTokens(text))].slice(0, MAX_WORDS);
  const words = tokens.filter((t) => !TITLE_WORDS.has(t));
  // Only titles ("Lord", "Shadow"): then they are what is searched for.
  return words.length === 0 ? { words: tokens, titles: [] } : { words, titles: tokens.filter((t) => TITLE_WORDS.has(t)) };
}

/** Edits allowed between a word and a token: 0 up to 3 letters, 1 up to 7, 2 from 8 (as the fuzzy terms). */
export const fuzzyEdits = (word: string): number => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/**
 * Given search words, returns the Lucene query: at least one word must match, each exactly
 * (boosted), as a prefix or within its edit distance; titles are optional exact terms. Only
 * tokens of letters, digits and inner apostrophes reach it, none of which is Lucene syntax,
 * and every one is lower case, so AND, OR, NOT and TO cannot act as operators.
 */
export function luceneQuery(text: string): string | null {
  const { words, titles } = searchWords(text);
  if (words.length === 0) return null;
  const clause = (w: string): string => {
    const edits = fuzzyEdits(w);
    return `(${w}^4 OR ${w}*^2${edits > 0 ? ` OR ${w}~${edits}` : ''})`;
  };
  const required = `+(${words.map(clause).join(' OR ')})`;
  return titles.length === 0 ? required : `${required} ${titles.map((t) => `${t}^0.5`).join(' ')}`;
}

/** Whether token is within `max` edits of word (Damerau: a swap of neighbours is one edit). */
function withinEdits(word: string, token: string, max: number): boolean {
  if (Math.abs(word.length - token.length) > max) return false;
  const d: number[][] = Array.from({ length: word.length + 1 }, (_, i) => [i, ...Array<number>(token.length).fill(0)]);
  for (let j = 1; j <= token.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= word.length; i += 1) {
    for (let j = 1; j <= token.length; j += 1) {
      const cost = word[i - 1] === token[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && word[i - 1] === token[j - 2] && word[i - 2] === token[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[word.length]![token.length]! <= max;
}

/** Given search words and a hit's names (name and aliases), returns how many words it matches as the index does. */
export function matchedWords(words: readonly string[], names: readonly string[]): number {
  const tokens = new Set(names.flatMap((n) => indexTokens(n)));
  return words.filter((w) => [...tokens].some((t) => t === w || t.startsWith(w) || withinEdits(w, t, fuzzyEdits(w)))).length;
}
