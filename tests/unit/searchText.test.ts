import { describe, expect, it } from 'vitest';
import { indexTokens, luceneQuery, matchedWords, searchWords } from '../../src/queries/searchText.js';

// Every term luceneQuery may write, for one token w of letters, digits and inner apostrophes:
// w^4, w*^2, w~1, w~2 (inside the one required group) or t^0.5 (an optional title word).
const TOKEN = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}]+(?:'[\\p{Ll}\\p{Lo}\\p{Lm}\\p{N}]+)*";
const CLAUSE = new RegExp(`^\\((${TOKEN})\\^4 OR \\1\\*\\^2(?: OR \\1~[12])?\\)$`, 'u');
const TITLE = new RegExp(`^(${TOKEN})\\^0\\.5$`, 'u');

/** Splits a query into its word clauses and title terms and checks each against the only grammar allowed. */
function partsOf(query: string): { words: string[]; titles: string[] } {
  const m = /^\+\((.*)\)((?: \S+)*)$/u.exec(query);
  expect(m, query).not.toBeNull();
  const words = m![1]!.split(/ OR (?=\()/u).map((clause) => {
    expect(clause, `clause ${JSON.stringify(clause)} of ${JSON.stringify(query)}`).toMatch(CLAUSE);
    return CLAUSE.exec(clause)![1]!;
  });
  const titles = m![2]!.trim() === '' ? [] : m![2]!.trim().split(' ').map((t) => {
    expect(t).toMatch(TITLE);
    return TITLE.exec(t)![1]!;
  });
  return { words, titles };
}

const LUCENE_SPECIALS = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];

/** A small deterministic generator, so a failure names an input that can be replayed. */
function* randomTexts(count: number, seed = 20260101): Generator<string> {
  const alphabet = [...LUCENE_SPECIALS, "'", '’', ';', '`', '$', '%', '=', '<', '>', ' ', '\t', '\n', 'a', 'Z', 'é', '7', 'OR', 'AND', 'NOT', 'TO', 'MP', '　', '（', '＊', '＂', '\u0000', '\u200b'];
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

describe('indexTokens (the standard-folding analyzer, as the query side sees it)', () => {
  it('keeps a possessive one token, with either apostrophe', () => {
    expect(indexTokens("People's Assembly")).toEqual(["people's", 'assembly']);
    expect(indexTokens('McDonald’s')).toEqual(["mcdonald's"]);
  });

  it('folds accents and case, so both spellings give the same tokens', () => {
    expect(indexTokens('Siân René Nathália')).toEqual(['sian', 'rene', 'nathalia']);
    expect(indexTokens('SIAN rene')).toEqual(['sian', 'rene']);
  });

  it('leaves out the analyzer\'s stop words', () => {
    expect(indexTokens('Stop the War Coalition')).toEqual(['stop', 'war', 'coalition']);
  });
});

describe('searchWords', () => {
  it('sets titles, post-nominals and role words apart from the name', () => {
    expect(searchWords('Councillor Michael Lavalette')).toEqual({ words: ['michael', 'lavalette'], titles: ['councillor'] });
    expect(searchWords('Ian Lavery MP')).toEqual({ words: ['ian', 'lavery'], titles: ['mp'] });
    expect(searchWords('Cllr Lavalette')).toEqual({ words: ['lavalette'], titles: ['cllr'] });
    expect(searchWords('former shadow chancellor John McDonnell')).toEqual({ words: ['chancellor', 'john', 'mcdonnell'], titles: ['former', 'shadow'] });
  });

  it('searches for the titles themselves when there is nothing else', () => {
    expect(searchWords('Lord')).toEqual({ words: ['lord'], titles: [] });
  });
});

describe('luceneQuery', () => {
  it('requires one of the words, each exact, as a prefix or (longer words) fuzzy; titles optional', () => {
    expect(luceneQuery('Lavry')).toBe('+((lavry^4 OR lavry*^2 OR lavry~1))');
    expect(luceneQuery('Iain Feguson')).toBe('+((iain^4 OR iain*^2 OR iain~1) OR (feguson^4 OR feguson*^2 OR feguson~1))');
    expect(luceneQuery('war')).toBe('+((war^4 OR war*^2))');
    expect(luceneQuery('Cllr Lavalette')).toBe('+((lavalette^4 OR lavalette*^2 OR lavalette~2)) cllr^0.5');
    expect(luceneQuery("People's")).toBe("+((people's^4 OR people's*^2 OR people's~2))");
  });

  it('returns null when the text has no letters or digits, or only stop words', () => {
    for (const text of ['', '   ', '"', '*', '?~', '" ) ] } ~ * ? \\ \' //', '（）＊', 'the of and']) expect(luceneQuery(text), text).toBeNull();
  });

  it('never lets a Lucene metacharacter through', () => {
    expect(partsOf(luceneQuery('" ) ] } ~ * ? \\ \' OR 1=1 //')!).words).toEqual(['1']);
    for (const special of LUCENE_SPECIALS) {
      expect(partsOf(luceneQuery(`Ian${special}Lavery${special}`)!).words, special).toEqual(['ian', 'lavery']);
    }
  });

  it('lower-cases words, so AND, OR, NOT and TO are never operators (here they are stop words)', () => {
    expect(partsOf(luceneQuery('Lavery OR NOT AND TO Burgon')!).words).toEqual(['lavery', 'burgon']);
  });

  it('drops full-width and other look-alike punctuation after NFKC normalisation', () => {
    expect(partsOf(luceneQuery('＂Ｌａｖｅｒｙ＂（ＯＲ）＊')!).words).toEqual(['lavery']);
  });

  it('reads at most 12 distinct words', () => {
    const text = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(partsOf(luceneQuery(text)!).words).toHaveLength(12);
  });

  it('keeps to the clause grammar for a thousand random strings of metacharacters', () => {
    for (const text of randomTexts(1000)) {
      const query = luceneQuery(text);
      if (query === null) continue;
      const { words, titles } = partsOf(query);
      for (const word of [...words, ...titles]) expect(indexTokens(text), JSON.stringify(text)).toContain(word);
    }
  });
});

describe('matchedWords', () => {
  it('counts the words a name matches exactly, as a prefix or within the edit distance', () => {
    expect(matchedWords(['michael', 'lavalette'], ['Michael Lavalette'])).toBe(2);
    expect(matchedWords(['michael', 'lavalette'], ['Michael Gove'])).toBe(1);
    expect(matchedWords(['lavalete'], ['Michael Lavalette'])).toBe(1);
    expect(matchedWords(['lav'], ['Michael Lavalette'])).toBe(1);
    expect(matchedWords(['sian'], ['Siân Example'])).toBe(1);
    expect(matchedWords(['burgon'], ['Ian Lavery', 'Lavery'])).toBe(0);
  });
});
