/** Word lists for name-span detection. All entries are lower case, as normaliseName produces. */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Lower-case words allowed inside a name: "Stop the War", "Campaign for Nuclear Disarmament". */
export const CONNECTORS = words('of the for and on de da del della di du van von der den la le y & al bin');

/** Capitalised only because they open a sentence or clause; dropped from the front of a span. */
export const LEADING_STOPWORDS = words(`
  a an in on at as by for from to with without after before during when while since until but and or so
  yet if although though however meanwhile he she it they we i you his her its their our my your this that
  these those there here then now also both each every all some many most several one two three other
  another such what which who whom whose where why how former later under over between among against
  through via despite following including like unlike dear speaking according last next is was are were
  not no yes thanks thank please thousands hundreds dozens millions yesterday today tomorrow tonight
  monday tuesday wednesday thursday friday saturday sunday`);

/** Letters after a name, trimmed from the ends of a span: "Ann Lee MP" is reported as "Ann Lee". */
export const POST_NOMINALS = words('mp mps mep meps msp msps mla mlas obe mbe cbe qc kc phd');

/** Words that may stand next to a name without being part of what must be covered. */
export const FILLER = new Set([
  ...CONNECTORS, ...LEADING_STOPWORDS,
  ...words(`mr mrs ms miss mx dr sir dame lord lady baroness baron rt hon right honourable cllr councillor
    prof professor rev reverend comrade mp mps mep meps msp ms am obe mbe cbe qc kc jp phd jr sr
    january february march april may june july august september october november december`),
]);

/** All-caps tokens that are not names of anything the graph records. */
export const ACRONYM_STOPWORDS = words(`
  mp mps mep meps msp msps am pm uk us usa gb tv ok ceo clp clps agm qc kc obe mbe cbe ba ma msc bsc phd
  ii iii iv vi vii viii ix xi xii xiii xiv xv xx ad bc bst gmt dj pr faq pdf url html id utc isbn nb ps rip
  vs aka etc ie eg`);

/** Single capitalised words after "by"/"with" that are not names. */
export const SINGLE_STOPWORDS = new Set([
  ...LEADING_STOPWORDS,
  ...words(`january february march april may june july august september october november december
    christmas easter god`),
]);
