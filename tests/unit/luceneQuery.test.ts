import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../src/queries/searchQueries.js';

// Every clause luceneQuery may write, for one word w made only of letters and digits:
// (w^4 OR w*^2), (w^4 OR w*^2 OR w~1) or (w^4 OR w*^2 OR w~2). Nothing else may appear.
const WORD = '[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Lt}\\p{N}]+';
const CLAUSE = new RegExp(`^\\((${WORD})\\^4 OR \\1\\*\\^2(?: OR \\1~[12])?\\)$`, 'u');

/** Splits a query into its clauses and checks each against the only grammar allowed. */
function clausesOf(query: string): string[] {
  const clauses = query.split(' AND ');
  for (const clause of clauses) expect(clause, `clause ${JSON.stringify(clause)} of ${JSON.stringify(query)}`).toMatch(CLAUSE);
  return clauses.map((c) => CLAUSE.exec(c)![1]!);
}

const LUCENE_SPECIALS = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];

/** A small deterministic generator, so a failure names an input that can be replayed. */
function* randomTexts(count: number, seed = 20260101): Generator<string> {
  const alphabet = [...LUCENE_SPECIALS, "'", ';', '`', '$', '%', '=', '<', '>', ' ', '\t', '\n', 'a', 'Z', 'é', '7', 'OR', 'AND', 'NOT', 'TO', '　', '（', '＊', '＂', '\u0000', '\u200b'];
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let i = 0; i < count; i += 1) {
    const length = 1 + Math.floor(next() * 30);
    yield Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  }
}

describe('luceneQuery', () => {
  it('turns each word into an exact, prefix and (for longer words) fuzzy clause, all required', () => {
    expect(luceneQuery('Lavry')).toBe('(lavry^4 OR lavry*^2 OR lavry~1)');
    expect(luceneQuery('Iain Feguson')).toBe('(iain^4 OR iain*^2 OR iain~1) AND (feguson^4 OR feguson*^2 OR feguson~1)');
    expect(luceneQuery('Stop')).toBe('(stop^4 OR stop*^2 OR stop~1)');
    expect(luceneQuery('war')).toBe('(war^4 OR war*^2)');
    expect(luceneQuery('Lavalette')).toBe('(lavalette^4 OR lavalette*^2 OR lavalette~2)');
  });

  it('returns null when the text has no letters or digits', () => {
    for (const text of ['', '   ', '"', '*', '?~', '" ) ] } ~ * ? \\ \' //', '（）＊']) expect(luceneQuery(text), text).toBeNull();
  });

  it('never lets a Lucene metacharacter through', () => {
    const query = luceneQuery('" ) ] } ~ * ? \\ \' OR 1=1 //');
    expect(clausesOf(query!)).toEqual(['or', '1', '1']);
    for (const special of LUCENE_SPECIALS) {
      const words = clausesOf(luceneQuery(`Ian${special}Lavery${special}`)!);
      expect(words, special).toEqual(['ian', 'lavery']);
    }
  });

  it('lower-cases words, so OR, AND, NOT and TO in the text are searched for, never operators', () => {
    expect(clausesOf(luceneQuery('Lavery OR NOT AND TO Burgon')!)).toEqual(['lavery', 'or', 'not', 'and', 'to', 'burgon']);
  });

  it('drops full-width and other look-alike punctuation after NFKC normalisation', () => {
    // NFKC maps full-width quotes, brackets and stars to their ASCII forms, which are then dropped.
    expect(clausesOf(luceneQuery('＂Ｌａｖｅｒｙ＂（ＯＲ）＊')!)).toEqual(['lavery', 'or']);
  });

  it('keeps letters and digits of any script', () => {
    expect(clausesOf(luceneQuery('Txema Guijarro, Nathália 2022')!)).toEqual(['txema', 'guijarro', 'nathália', '2022']);
  });

  it('reads at most 12 words', () => {
    const text = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(clausesOf(luceneQuery(text)!)).toHaveLength(12);
  });

  it('keeps to the clause grammar for a thousand random strings of metacharacters', () => {
    for (const text of randomTexts(1000)) {
      const query = luceneQuery(text);
      if (query === null) {
        expect(text.normalize('NFKC')).not.toMatch(/[\p{L}\p{N}]/u);
        continue;
      }
      const words = clausesOf(query);
      for (const word of words) expect(text.normalize('NFKC').toLowerCase(), JSON.stringify(text)).toContain(word);
    }
  });
});
