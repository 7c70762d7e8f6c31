import nlp from 'compromise';

// compromise ships its lexicon in the npm package: word → tag(s). Read once; no model download.
const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

function tagsOf(word: string): readonly string[] {
  const v = LEXICON[word.toLowerCase()];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const has = (word: string, tags: readonly string[]): boolean => tagsOf(word).some((t) => tags.includes(t));

/** A given name in compromise's lexicon ("Ian", "Jess", "Guillaume"). */
export const isFirstName = (word: string): boolean => has(word, ['FirstName', 'MaleName', 'FemaleName']);
export const isLastName = (word: string): boolean => has(word, ['LastName']);
/** A country, city, region or demonym: such a word makes a span a place or an adjective, not a person. */
export const isPlaceWord = (word: string): boolean => has(word, ['Country', 'City', 'Region', 'Place', 'Demonym']);
export const isOrganisationWord = (word: string): boolean => has(word, ['Organization', 'SportsTeam']);
