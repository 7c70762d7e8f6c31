/**
 * The core operations, each three ways: (a) our GraphQL API, (b) the same Cypher sent directly
 * (the query functions of src/queries, called as the resolvers call them), and (c) the nearest
 * equivalent through @neo4j/graphql (null where it cannot express the operation).
 */
import type { Database } from '../src/graph/database.js';
import { ACTIVITIES } from '../src/queries/activityQueries.js';
import { childPageRequest } from '../src/queries/pagedChildren.js';
import { readSections, type Section } from '../src/queries/sections.js';
import { campaignedWith } from '../src/queries/campaignedWithQueries.js';
import { ELECTION_CANDIDACIES, ELECTION_GROUPS } from '../src/queries/electionQueries.js';
import { entitiesByIds } from '../src/queries/entityQueries.js';
import { dateWindow } from '../src/queries/dateWindow.js';
import { shortestPaths } from '../src/queries/pathQueries.js';
import { CANDIDACIES, MEMBERSHIPS, OPPONENTS, POSITIONS } from '../src/queries/personQueries.js';
import { luceneQuery, searchEntities } from '../src/queries/searchQueries.js';

export const OPERATION_NAMES = [
  'search', 'campaignedWith', 'campaignedWithWindow', 'paths', 'profile', 'election',
  'campaignedWithSupernode', 'profileSupernode',
] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

/** One call's inputs; each operation reads the fields it needs. */
export interface OpParams {
  text?: string;
  personId?: string;
  otherId?: string;
  electionId?: string;
  from?: string;
  to?: string;
}

export interface GraphqlCall {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  name: OperationName;
  description: string;
  graphql: (p: OpParams) => GraphqlCall;
  raw: (db: Database, p: OpParams) => Promise<unknown>;
  peer: ((p: OpParams) => GraphqlCall) | null;
  /** Why the peer's query differs from ours, or why there is none. */
  peerNote: string;
}

export const PAGE = 20;
export const WINDOW = { from: '2010', to: '2018' };

const CAMPAIGNED_WITH = `query CampaignedWith($id: ID!, $from: PartialDate, $to: PartialDate, $first: Int) {
  campaignedWith(personId: $id, from: $from, to: $to, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor sharedCount strength firstDate lastDate
      node { id name }
      activities { activityKind role otherRole date { value } activity { id name } evidence { quote start end } }
    }
  }
}`;

const PROFILE = `query Profile($id: ID!) {
  person(id: $id) {
    id name aliases misspellings description born { value precision }
    positions { role place start { value } end { value } organisation { id name } evidence { quote start end } }
    memberships { role start { value } end { value } organisation { id name } evidence { quote start end } }
    candidacies { election { id name date { value } } label party { id name } votes share rank elected evidence { quote start end } }
    activities(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { node { role withdrawn date { value } activity { id name } evidence { quote start end } } } }
    opponents { person { id name } elections { id name } }
  }
}`;

const PEER_CAMPAIGNED_WITH = `query CampaignedWith($id: ID!, $first: Int, $where: PersonCampaignedWithConnectionWhere) {
  people(where: { id: { eq: $id } }) {
    id
    campaignedWithConnection(first: $first, where: $where, sort: [{ edge: { sharedCount: DESC } }, { edge: { strength: DESC } }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor properties { sharedCount strength firstDate lastDate activities via dates weights } node { id name } }
    }
  }
}`;

const PEER_PROFILE = `query Profile($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name aliases misspellings description born
    positionsConnection { edges { properties { role place start end quotes starts ends } node { id name } } }
    membershipsConnection { edges { properties { role start end quotes starts ends } node { id name } } }
    candidaciesConnection { edges { properties { label party votes share rank elected quotes starts ends } node { id name date } } }
    eventsConnection(first: 20, sort: [{ node: { date: DESC } }]) { totalCount edges { properties { role withdrawn quotes starts ends } node { id name date } } }
    signedConnection(first: 20, sort: [{ node: { date: DESC } }]) { totalCount edges { properties { withdrawn quotes starts ends } node { id name date } } }
    stoodAgainstConnection { edges { properties { elections } node { id name } } }
  }
}`;

const campaignedWithRaw = (db: Database, p: OpParams, window: boolean) =>
  campaignedWith(db, {
    personId: p.personId!,
    // The window as the resolver hands it over: first and last day (the interval rule).
    ...(window ? dateWindow(p.from, p.to) : { from: null, to: null }),
    kinds: null,
    page: { limit: PAGE, after: null },
  });

/** The resolvers' order: the person, then all its fields in one combined read (src/queries/sections.ts). */
async function profileRaw(db: Database, p: OpParams): Promise<unknown> {
  const id = p.personId!;
  const person = (await entitiesByIds(db, [id])).get(id);
  if (!person) return null;
  const one = (section: Section) => ({ section, key: id, input: id });
  return readSections(db, [one(POSITIONS), one(MEMBERSHIPS), one(CANDIDACIES), childPageRequest(ACTIVITIES, { id, limit: PAGE, after: null }), one(OPPONENTS)]);
}

async function electionRaw(db: Database, p: OpParams): Promise<unknown> {
  const id = p.electionId!;
  const election = (await entitiesByIds(db, [id])).get(id);
  if (!election) return null;
  const one = (section: Section) => ({ section, key: id, input: id });
  return readSections(db, [one(ELECTION_CANDIDACIES), one(ELECTION_GROUPS.up), one(ELECTION_GROUPS.down)]);
}

const campaignedWithOp = (name: OperationName, window: boolean, description: string): Operation => ({
  name,
  description,
  graphql: (p) => ({ query: CAMPAIGNED_WITH, variables: { id: p.personId, first: PAGE, ...(window ? { from: p.from, to: p.to } : {}) } }),
  raw: (db, p) => campaignedWithRaw(db, p, window),
  peer: (p) => ({
    query: PEER_CAMPAIGNED_WITH,
    variables: {
      id: p.personId,
      first: PAGE,
      // Nearest equivalent of a window: pairs whose first..last shared date overlaps it.
      ...(window ? { where: { edge: { lastDate: { gte: p.from }, firstDate: { lt: `${p.to}\uffff` } } } } : {}),
    },
  }),
  peerNote: window
    ? 'relationship properties only (no per-activity evidence join); the window keeps pairs whose first..last date overlaps it, not single activities'
    : 'relationship properties only: the activity lists as stored, without the per-activity evidence join our API returns',
});

export const OPERATIONS: Readonly<Record<OperationName, Operation>> = {
  search: {
    name: 'search',
    description: 'full-text search, first 10 hits',
    graphql: (p) => ({ query: 'query Search($text: String!) { search(text: $text, first: 10) { score entity { id name kind } } }', variables: { text: p.text } }),
    raw: (db, p) => searchEntities(db, p.text!, null, 10),
    peer: (p) => ({
      query: 'query Search($phrase: String!) { searchEntities(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { id name } } } }',
      variables: { phrase: luceneQuery(p.text!) },
    }),
    peerNote: 'the same Lucene query string (built by our luceneQuery) passed as the phrase',
  },
  campaignedWith: campaignedWithOp('campaignedWith', false, `first page (${PAGE}) of campaignedWith`),
  campaignedWithWindow: campaignedWithOp('campaignedWithWindow', true, `campaignedWith, ${WINDOW.from} to ${WINDOW.to}, first page`),
  paths: {
    name: 'paths',
    description: 'paths, maxHops 4, first 5',
    graphql: (p) => ({
      query: 'query Paths($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to, maxHops: 4, first: 5) { nodes { id name kind } relations { type from to evidence { quote start end } } } }',
      variables: { from: p.personId, to: p.otherId },
    }),
    raw: (db, p) => shortestPaths(db, { fromId: p.personId!, toId: p.otherId!, maxHops: 4, first: 5, from: null, to: null }),
    peer: null,
    peerNote: '@neo4j/graphql has no path or shortest-path query (only a custom @cypher field would do it, i.e. our own Cypher)',
  },
  profile: {
    name: 'profile',
    description: 'person profile: positions, memberships, candidacies, 20 activities, opponents',
    graphql: (p) => ({ query: PROFILE, variables: { id: p.personId } }),
    raw: profileRaw,
    peer: (p) => ({ query: PEER_PROFILE, variables: { id: p.personId } }),
    peerNote: 'events and signatures as two connections of 20 (ours is one merged page of 20); parties as ids, not nodes',
  },
  election: {
    name: 'election',
    description: 'election result: every candidacy with its party, group and ballots',
    graphql: (p) => ({
      query: `query Election($id: ID!) { election(id: $id) { id name electionKind body area date { value } seats majority turnout result
        partOf { id } ballots { id }
        candidacies { person { id name } label party { id name } votes share rank elected evidence { quote start end } } } }`,
      variables: { id: p.electionId },
    }),
    raw: electionRaw,
    peer: (p) => ({
      query: `query Election($id: ID!) { elections(where: { id: { eq: $id } }) { id name kind body area date seats majority turnout result
        partOf { id } ballots { id }
        candidatesConnection(sort: [{ edge: { votes: DESC } }]) { edges { properties { label party votes share rank elected quotes starts ends } node { id name } } } } }`,
      variables: { id: p.electionId },
    }),
    peerNote: 'the party as its id (a relationship property cannot be followed to a node)',
  },
  campaignedWithSupernode: {
    ...campaignedWithOp('campaignedWithSupernode', false, `campaignedWith first ${PAGE} of the person with the most co-campaigners`),
  },
  profileSupernode: {
    name: 'profileSupernode',
    description: 'profile of the person with the most co-campaigners (activities first 20)',
    graphql: (p) => ({ query: PROFILE, variables: { id: p.personId } }),
    raw: profileRaw,
    peer: (p) => ({ query: PEER_PROFILE, variables: { id: p.personId } }),
    peerNote: 'as profile',
  },
};
