/**
 * The core read operations a client of the API runs most (search, who campaigned with whom,
 * paths, an election's result), with variables over real corpus ids. The outage test
 * (tests/e2e/outageUnderLoad.e2e.test.ts) and the soak run (scripts/soak.ts) both drive them.
 */
export interface CoreOperation {
  name: 'search' | 'campaignedWith' | 'paths' | 'election';
  query: string;
  variables: Record<string, unknown>;
}

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 10) { score entity { __typename id name } }
}`;

const CAMPAIGNED_WITH = `query CampaignedWith($id: ID!) {
  campaignedWith(personId: $id, first: 10) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name } sharedCount strength activities { activity { id name } activityKind evidence { quote document { id } } } }
  }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(fromId: $from, toId: $to, maxHops: 4, first: 3) {
    nodes { __typename id name }
    relations { type from to evidence { quote document { id } } }
  }
}`;

const ELECTION = `query Election($id: ID!) {
  election(id: $id) { id name date { value } majority turnout candidacies { person { id name } label votes share rank elected } }
}`;

const SEARCH_TEXTS = ['Lavery', 'Lavalette', 'Iain Feguson', 'Corbyn', 'Stop the War', 'Preston'];
const PEOPLE = ['person:ian-lavery', 'person:michael-lavalette', 'person:jeremy-corbyn', 'person:john-mcdonnell', 'person:richard-burgon'];
const PATH_PAIRS: Array<[string, string]> = [
  ['person:michael-lavalette', 'person:ian-lavery'],
  ['person:jeremy-corbyn', 'person:michael-lavalette'],
  ['person:richard-burgon', 'person:diane-abbott'],
];
const ELECTIONS = ['parl.preston.2005-05-05', 'parl.preston.2024-07-04', 'parl.wansbeck.2015-05-07', 'local.preston.2025-05-01'];

/** Every variant of every core operation, in a fixed order. */
export const CORE_OPERATIONS: readonly CoreOperation[] = [
  ...SEARCH_TEXTS.map((text): CoreOperation => ({ name: 'search', query: SEARCH, variables: { text } })),
  ...PEOPLE.map((id): CoreOperation => ({ name: 'campaignedWith', query: CAMPAIGNED_WITH, variables: { id } })),
  ...PATH_PAIRS.map(([from, to]): CoreOperation => ({ name: 'paths', query: PATHS, variables: { from, to } })),
  ...ELECTIONS.map((id): CoreOperation => ({ name: 'election', query: ELECTION, variables: { id } })),
];

/** The i-th operation of a round-robin over the four kinds, cycling through each kind's variants. */
export function coreOperation(i: number): CoreOperation {
  const kinds = ['search', 'campaignedWith', 'paths', 'election'] as const;
  const kind = kinds[i % kinds.length]!;
  const variants = CORE_OPERATIONS.filter((o) => o.name === kind);
  return variants[Math.floor(i / kinds.length) % variants.length]!;
}
