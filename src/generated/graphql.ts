import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityNode, EvidenceModel, PageInfoModel } from '../queries/models.js';
import type { RequestContext } from '../server/requestContext.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, possibly partial: `2003`, `2021-05` or `2022-04-30`: ISO 8601 calendar dates
   * of reduced precision, the date forms of EDTF level 0 (ISO 8601-2), which `@specifiedBy` names.
   * A partial date is an interval: as input it bounds a window, `from: "2021"` meaning from
   * 1 January 2021 and `to: "2021"` up to 31 December 2021. (Named `Date` before this release.)
   */
  PartialDate: { input: string; output: string; }
};

export type Activity = {
  __typename?: 'Activity';
  activity: Entity;
  alleged: Scalars['Boolean']['output'];
  date: Maybe<DateValue>;
  evidence: Array<Evidence>;
  role: ActivityRole;
  withdrawn: Scalars['Boolean']['output'];
};

export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

/** How two people shared an activity. */
export type ActivityKind =
  /** One backed the other. */
  | 'BACKING'
  /** Both were members or officers of the same campaign, alliance, slate or parliamentary group at the same time. */
  | 'CAMPAIGN'
  /** Both backed the same person, organisation, event or statement at the same time (weight 0.5). */
  | 'CO_BACKING'
  /** Both took part in the same event (at a hustings, only organisers and chairs). */
  | 'EVENT'
  /** Both stood for the same party or slate in the same election. */
  | 'SLATE'
  /** Both signed or wrote the same letter, statement, manifesto, pamphlet or motion. */
  | 'STATEMENT';

/** The role someone had in an activity: at an event, on a statement, on a slate, in a backing or a campaign. OTHER for a role outside this list. */
export type ActivityRole =
  | 'ATTENDEE'
  /** Wrote it. */
  | 'AUTHOR'
  /** Was backed by the other. */
  | 'BACKED'
  /** Backed the other. */
  | 'BACKER'
  /** Stood in the election. */
  | 'CANDIDATE'
  | 'CHAIR'
  | 'GUEST'
  | 'HOST'
  /** Issued or coordinated it. */
  | 'ISSUER'
  /** A member or officer of the campaign. */
  | 'MEMBER'
  | 'ORGANISER'
  | 'OTHER'
  | 'PICTURED'
  /** Signed the statement. */
  | 'SIGNATORY'
  | 'SPEAKER'
  | 'SPONSOR';

export type CampaignedWithConnection = {
  __typename?: 'CampaignedWithConnection';
  edges: Array<CampaignedWithEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CampaignedWithEdge = {
  __typename?: 'CampaignedWithEdge';
  activities: Array<SharedActivity>;
  cursor: Scalars['String']['output'];
  firstDate: Maybe<Scalars['PartialDate']['output']>;
  lastDate: Maybe<Scalars['PartialDate']['output']>;
  node: Person;
  sharedCount: Scalars['Int']['output'];
  /** Sum of the shared activities' weights: a shared platform counts 1, attendance or a withdrawn signature 0.5. */
  strength: Scalars['Float']['output'];
};

export type Candidacy = {
  __typename?: 'Candidacy';
  elected: Maybe<Scalars['Boolean']['output']>;
  election: Election;
  evidence: Array<Evidence>;
  /** The party label as printed. */
  label: Maybe<Scalars['String']['output']>;
  party: Maybe<Organisation>;
  person: Person;
  rank: Maybe<Scalars['Int']['output']>;
  /** Share of the vote, percent. */
  share: Maybe<Scalars['Float']['output']>;
  /** Change in share since the previous election, percentage points (±%). */
  shareChange: Maybe<Scalars['Float']['output']>;
  votes: Maybe<Scalars['Int']['output']>;
};

/** How co-campaigners are ranked; each ends with the person's id, so the order is total. */
export type CoCampaignerOrder =
  /** Most shared activities first, then strength (the default). */
  | 'COUNT'
  /** Most recent kept shared activity first (the last day of its date), undated last; then shared activities, then strength. */
  | 'RECENCY'
  /** Strongest first (sum of the kept activities' weights), then shared activities. */
  | 'STRENGTH';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

/** A date as the sources give it: its precision, and whether it is inferred rather than stated (with the reason). */
export type DateValue = {
  __typename?: 'DateValue';
  inferred: Scalars['Boolean']['output'];
  inferredReason: Maybe<Scalars['String']['output']>;
  precision: DatePrecision;
  value: Scalars['PartialDate']['output'];
};

export type Document = Entity & Node & {
  __typename?: 'Document';
  aliases: Array<Scalars['String']['output']>;
  author: Maybe<Scalars['String']['output']>;
  /** The publication date (as `published`). */
  date: Maybe<DateValue>;
  /** Its publisher and kind, e.g. `BBC News, news report`. */
  description: Maybe<Scalars['String']['output']>;
  documentKind: Maybe<DocumentKind>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Where documents name it. `leaveOut: [UNREVIEWED]` leaves out quotes from unreviewed drafts. */
  mentions: Array<Evidence>;
  name: Scalars['String']['output'];
  published: Maybe<DateValue>;
  publisher: Maybe<Scalars['String']['output']>;
  /** Every link this document supports. */
  supports: SupportConnection;
  /** The document's full text; evidence offsets index into it. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  url: Maybe<Scalars['String']['output']>;
};


export type DocumentMentionsArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type DocumentSupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

/** What kind of source document. */
export type DocumentKind =
  | 'ENCYCLOPEDIA_ARTICLE'
  | 'INTERVIEW'
  | 'NEWS_REPORT'
  | 'OPINION'
  | 'WIKI_PROFILE';

export type Election = Entity & Node & {
  __typename?: 'Election';
  aliases: Array<Scalars['String']['output']>;
  area: Maybe<Scalars['String']['output']>;
  /** The ballots of this election group. */
  ballots: Array<Election>;
  body: Maybe<Scalars['String']['output']>;
  /** The full result: every candidacy, by votes (then rank). */
  candidacies: Array<Candidacy>;
  date: Maybe<DateValue>;
  description: Maybe<Scalars['String']['output']>;
  electionKind: Maybe<ElectionKind>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  majority: Maybe<Scalars['Int']['output']>;
  majorityPct: Maybe<Scalars['Float']['output']>;
  /** Where documents name it. `leaveOut: [UNREVIEWED]` leaves out quotes from unreviewed drafts. */
  mentions: Array<Evidence>;
  name: Scalars['String']['output'];
  /** The election group this ballot belongs to, if any. */
  partOf: Maybe<Election>;
  /** As printed, e.g. `Labour Co-op hold`. */
  result: Maybe<Scalars['String']['output']>;
  seats: Maybe<Scalars['Int']['output']>;
  swing: Maybe<Scalars['Float']['output']>;
  turnout: Maybe<Scalars['Int']['output']>;
  turnoutChange: Maybe<Scalars['Float']['output']>;
  turnoutPct: Maybe<Scalars['Float']['output']>;
};


export type ElectionCandidaciesArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type ElectionMentionsArgs = {
  leaveOut?: Array<LeaveOut>;
};

export type ElectionConnection = {
  __typename?: 'ElectionConnection';
  edges: Array<ElectionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ElectionEdge = {
  __typename?: 'ElectionEdge';
  cursor: Scalars['String']['output'];
  node: Election;
};

/** What kind of election; the first part of an election id (`parl.preston.2005-05-05`). */
export type ElectionKind =
  /** A party leadership or deputy leadership election. */
  | 'LEADERSHIP'
  /** A council election. */
  | 'LOCAL'
  /** A Westminster parliamentary election (one constituency ballot, or the general election as a group). */
  | 'PARL'
  /** A party's internal election, e.g. a selection. */
  | 'PARTY';

export type Entity = {
  /** Other names used for it in the corpus, misspellings included. */
  aliases: Array<Scalars['String']['output']>;
  /** The entity's main date: an event's, statement's or election's date, a person's birth, a document's publication; null for organisations. */
  date: Maybe<DateValue>;
  /** A short description; for a document, its publisher and kind. */
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Where documents name it. `leaveOut: [UNREVIEWED]` leaves out quotes from unreviewed drafts. */
  mentions: Array<Evidence>;
  name: Scalars['String']['output'];
};


export type EntityMentionsArgs = {
  leaveOut?: Array<LeaveOut>;
};

export type EntityKind =
  | 'DOCUMENT'
  | 'ELECTION'
  | 'EVENT'
  | 'ORGANISATION'
  | 'PERSON'
  | 'STATEMENT';

export type Event = Entity & Node & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  date: Maybe<DateValue>;
  description: Maybe<Scalars['String']['output']>;
  eventKind: Maybe<EventKind>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Where documents name it. `leaveOut: [UNREVIEWED]` leaves out quotes from unreviewed drafts. */
  mentions: Array<Evidence>;
  name: Scalars['String']['output'];
  /** Everyone who took part, with their role. */
  participants: ParticipantConnection;
  place: Maybe<Scalars['String']['output']>;
};


export type EventMentionsArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type EventParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

/** What kind of event; OTHER for any kind the vocabulary does not name. */
export type EventKind =
  | 'CAMPAIGN_DRIVE'
  | 'CONFERENCE'
  | 'FRINGE'
  | 'HUSTINGS'
  | 'LAUNCH'
  | 'MEETING'
  | 'OTHER'
  | 'PHOTO'
  | 'PICKET'
  | 'RALLY'
  | 'RECEPTION'
  | 'TOUR'
  | 'WEBINAR';

/** A quote from a source document that supports a fact, with its character offsets [start, end). */
export type Evidence = {
  __typename?: 'Evidence';
  document: Document;
  end: Scalars['Int']['output'];
  quote: Scalars['String']['output'];
  /**
   * false when the fact this quote supports comes from an unreviewed draft (a document added by
   * `npm run ingest` or POST /admin/documents whose extraction no person has checked yet); true for
   * reviewed facts. See docs/extraction-format.md#drafts-and-review.
   */
  reviewed: Scalars['Boolean']['output'];
  start: Scalars['Int']['output'];
};

/**
 * Facts a field can leave out of its answer. Entity fields (`mentions`, `positions`, …) apply
 * UNREVIEWED only; `campaignedWith` and `paths` apply all three.
 */
export type LeaveOut =
  /** Alleged facts: a shared activity where either person's part is only alleged, an alleged link on a path. */
  | 'ALLEGED'
  /**
   * Facts every quote of which comes from an unreviewed draft (`Evidence.reviewed` false); a fact
   * also quoted by a reviewed document stays, with only its reviewed quotes. For `campaignedWith`,
   * a shared activity that rests on an unreviewed link (`SharedActivity.reviewed` false).
   */
  | 'UNREVIEWED'
  /** Withdrawn facts: a shared activity where either person withdrew (a withdrawn signature), a withdrawn link on a path. */
  | 'WITHDRAWN';

/** Which way a link runs, seen from the entity asked about. */
export type LinkDirection =
  /** The entity is the link's object: the same link on Galloway's timeline. */
  | 'INCOMING'
  /** The entity is the link's subject: Lavalette OPPOSED Galloway, on Lavalette's timeline. */
  | 'OUTGOING';

/** An evidenced link type of the extraction format (docs/extraction-format.md). */
export type LinkType =
  | 'ALLIED_WITH'
  /** Appointed a person. */
  | 'APPOINTED'
  /** Wrote a statement or a document. */
  | 'AUTHORED'
  /** Backed a person, organisation, statement or event. */
  | 'BACKED'
  /** Held an office or job at an organisation. */
  | 'HELD_POSITION'
  | 'INTERVIEWED'
  /** Issued or coordinated a statement. */
  | 'ISSUED'
  /** A member (person or organisation) of an organisation. */
  | 'MEMBER_OF'
  | 'OPPOSED'
  /** Took part in an event, with a role. */
  | 'PARTICIPATED_IN'
  /** Part of a larger organisation, election or event. */
  | 'PART_OF'
  /** Signed a statement. */
  | 'SIGNED'
  /** Stood as a candidate in an election. */
  | 'STOOD_IN'
  | 'STUDIED_AT'
  /** Wrote for a publication. */
  | 'WROTE_FOR';

export type Membership = {
  __typename?: 'Membership';
  alleged: Scalars['Boolean']['output'];
  current: Maybe<Scalars['Boolean']['output']>;
  end: Maybe<DateValue>;
  evidence: Array<Evidence>;
  member: Entity;
  organisation: Organisation;
  role: Maybe<Scalars['String']['output']>;
  start: Maybe<DateValue>;
};

export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

/** Relay global object identification: an object that `node(id:)` refetches by its id. */
export type Node = {
  /** Globally unique across types and stable: the same id `node(id:)` takes. */
  id: Scalars['ID']['output'];
};

export type Opponent = {
  __typename?: 'Opponent';
  elections: Array<Election>;
  person: Person;
};

export type Organisation = Entity & Node & {
  __typename?: 'Organisation';
  aliases: Array<Scalars['String']['output']>;
  /** Always null: the corpus records no founding dates. */
  date: Maybe<DateValue>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Members (people or organisations), with their periods. */
  members: MembershipConnection;
  /** Where documents name it. `leaveOut: [UNREVIEWED]` leaves out quotes from unreviewed drafts. */
  mentions: Array<Evidence>;
  name: Scalars['String']['output'];
  /** Holders of its offices, oldest first. */
  officeHolders: PositionConnection;
  organisationKind: Maybe<OrganisationKind>;
};


export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type OrganisationMentionsArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type OrganisationOfficeHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of organisation; OTHER for any kind the vocabulary does not name. */
export type OrganisationKind =
  | 'ALLIANCE'
  | 'CAMPAIGN'
  | 'COUNCIL'
  | 'EMPLOYER'
  | 'FESTIVAL'
  | 'GOVERNMENT'
  | 'NGO'
  | 'OTHER'
  | 'PARLIAMENT'
  | 'PARLIAMENTARY_GROUP'
  | 'PARTY'
  | 'PUBLICATION'
  | 'SCHOOL'
  | 'SLATE'
  | 'THINK_TANK'
  | 'UNION'
  | 'UNIVERSITY';

/**
 * Relay cursor-connection page info. Pages go forward (`first`, `after`); `hasPreviousPage` is
 * true when the page starts after a cursor, since the row that cursor names comes before it.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge; null when there are no edges. */
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge; null when there are no edges. */
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Participant = {
  __typename?: 'Participant';
  alleged: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  participant: Entity;
  role: ParticipationRole;
};

export type ParticipantConnection = {
  __typename?: 'ParticipantConnection';
  edges: Array<ParticipantEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParticipantEdge = {
  __typename?: 'ParticipantEdge';
  cursor: Scalars['String']['output'];
  node: Participant;
};

/** The role someone had at an event. */
export type ParticipationRole =
  | 'ATTENDEE'
  | 'CHAIR'
  | 'GUEST'
  | 'HOST'
  | 'ORGANISER'
  | 'PICTURED'
  | 'SPEAKER'
  | 'SPONSOR';

export type Path = {
  __typename?: 'Path';
  nodes: Array<Entity>;
  relations: Array<PathRelation>;
};

export type PathRelation = {
  __typename?: 'PathRelation';
  evidence: Array<Evidence>;
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Events and statements this person took part in, with their role; newest first. */
  activities: ActivityConnection;
  aliases: Array<Scalars['String']['output']>;
  /** Normalised, unweighted betweenness centrality in the CAMPAIGNED_WITH network, computed at each import (exact up to 5,000 connected people, estimated from 64 sampled sources above); null for someone with no co-campaigner. */
  betweenness: Maybe<Scalars['Float']['output']>;
  born: Maybe<DateValue>;
  /** As `Query.campaignedWith` for this person. */
  campaignedWith: CampaignedWithConnection;
  /** Every candidacy, with its result. */
  candidacies: Array<Candidacy>;
  /** The person's community in the CAMPAIGNED_WITH network (Louvain, weighted by strength; 0 is the largest), computed at each import; null for someone with no co-campaigner. */
  community: Maybe<Scalars['Int']['output']>;
  /** The date of birth (as `born`). */
  date: Maybe<DateValue>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  memberships: Array<Membership>;
  /** Where documents name it. `leaveOut: [UNREVIEWED]` leaves out quotes from unreviewed drafts. */
  mentions: Array<Evidence>;
  misspellings: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** People who stood against this person in an election. */
  opponents: Array<Opponent>;
  /** PageRank in the CAMPAIGNED_WITH network (weighted by strength), computed at each import; null for someone with no co-campaigner. */
  pageRank: Maybe<Scalars['Float']['output']>;
  /** Offices and jobs held, oldest first. */
  positions: Array<Position>;
  /**
   * Everything dated about this person, oldest first: links from the person and links to them
   * (each entry says which, and is worded from the person's side). A partial date sorts by its
   * interval ("2010" before "2010-12"). A window keeps the entries whose interval overlaps it; a
   * membership or position with no end is open-ended (one from 1979 is inside a 2022 window).
   * @deprecated Use timelineConnection, which pages; this list goes in the next release.
   */
  timeline: Array<TimelineEntry>;
  /** Everything dated about this person, oldest first, paged; as `timeline`. */
  timelineConnection: TimelineConnection;
};


export type PersonActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonCampaignedWithArgs = {
  activityKinds?: InputMaybe<Array<ActivityKind>>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  leaveOut?: Array<LeaveOut>;
  orderBy?: InputMaybe<CoCampaignerOrder>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


export type PersonCandidaciesArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type PersonMembershipsArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type PersonMentionsArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type PersonPositionsArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type PersonTimelineArgs = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


export type PersonTimelineConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

export type Position = {
  __typename?: 'Position';
  alleged: Scalars['Boolean']['output'];
  current: Maybe<Scalars['Boolean']['output']>;
  end: Maybe<DateValue>;
  evidence: Array<Evidence>;
  organisation: Organisation;
  person: Person;
  /** Constituency, ward or division. */
  place: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  start: Maybe<DateValue>;
};

export type PositionConnection = {
  __typename?: 'PositionConnection';
  edges: Array<PositionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PositionEdge = {
  __typename?: 'PositionEdge';
  cursor: Scalars['String']['output'];
  node: Position;
};

/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The people who took part on the same side of the same activities as this person, ranked by
   * the number of shared activities (then their strength). Opponents in an election never appear.
   * A date window keeps only the activities inside it (undated activities are then left out);
   * `leaveOut` drops unreviewed, withdrawn or alleged shared activities before counting, and a
   * person left with none. `orderBy` ranks by count (default), strength or recency.
   */
  campaignedWith: CampaignedWithConnection;
  document: Maybe<Document>;
  /**
   * The source documents of the corpus.
   * @deprecated Use documentsConnection, which pages; this list goes in the next release.
   */
  documents: Array<Document>;
  /** The source documents of the corpus, paged: oldest published first. */
  documentsConnection: DocumentConnection;
  election: Maybe<Election>;
  /** Elections (ballots), findable by area, date (an interval: `2005` finds every 2005 election, `2002-08-15` one dated `2002-08`) and kind; newest first, undated last. */
  elections: ElectionConnection;
  /** Any entity by id (person:…, org:…, event:…, statement:…, an election id, doc:…); null if absent. */
  entity: Maybe<Entity>;
  event: Maybe<Event>;
  /** Events in a date window (those whose date, an interval, overlaps it), newest first, undated last. */
  events: EventConnection;
  /**
   * Relay global object identification: any object by its global id; null if absent. Our ids
   * are already globally unique across types (person:…, org:…, event:…, statement:…, an election
   * id, doc:…), so an entity's `id` is its global id, unchanged.
   */
  node: Maybe<Node>;
  /** The objects of several global ids, in the order asked (null for an absent one); at most 100. */
  nodes: Array<Maybe<Node>>;
  organisation: Maybe<Organisation>;
  /** The shortest connecting paths between two entities over evidenced links, with evidence on every hop. `leaveOut` walks no unreviewed, withdrawn or alleged link. */
  paths: Array<Path>;
  person: Maybe<Person>;
  /**
   * Full-text search over names and aliases: typo-tolerant and ranked. The text is plain words, never query syntax.
   * @deprecated Use searchConnection, which pages; this list goes in the next release.
   */
  search: Array<SearchHit>;
  /**
   * Full-text search over names and aliases, paged: typo-tolerant, best match first, each edge
   * with its score. The text is plain words, never query syntax. Titles and role words
   * (Councillor, Cllr, MP, Lord, Dr, former, shadow, …) never decide a match; a hit may miss a
   * word, and the hits matching the most words come first; accents fold both ways. `kinds` reads
   * one index per kind: the answer does not depend on `first`.
   */
  searchConnection: SearchConnection;
  statement: Maybe<Statement>;
  /** Letters, statements and the like in a date window (as `events`), newest first, undated last. */
  statements: StatementConnection;
  /** The database behind this API: proves the service reads from Neo4j. */
  status: Status;
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryCampaignedWithArgs = {
  activityKinds?: InputMaybe<Array<ActivityKind>>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  leaveOut?: Array<LeaveOut>;
  orderBy?: InputMaybe<CoCampaignerOrder>;
  personId: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryDocumentsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryElectionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryElectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  area?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ElectionKind>;
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  fromId: Scalars['ID']['input'];
  leaveOut?: Array<LeaveOut>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
  toId: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QuerySearchConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * campaign-graph: who campaigned with whom, every link with its evidence.
 *
 * Errors carry `extensions.code`: BAD_USER_INPUT (a malformed id, cursor or hop count, a page
 * too large, or a malformed PartialDate given in variables), SERVICE_UNAVAILABLE (the database is down),
 * QUERY_TIMEOUT (the query ran too long), INTERNAL_SERVER_ERROR (masked; no database message
 * reaches a client), GRAPHQL_PARSE_FAILED (not GraphQL, or more than 2000 tokens) and
 * GRAPHQL_VALIDATION_FAILED (the query does not fit the schema, a malformed PartialDate written in the
 * query itself, or a query over the depth, alias, directive or cost limits), and BAD_REQUEST
 * (not a GraphQL request: a batch, or a request refused as a possible CSRF). Parse, validation,
 * variable and request errors answer HTTP 400; errors while resolving answer 200 with partial data.
 * A missing entity is null, not an error.
 */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  to?: InputMaybe<Scalars['PartialDate']['input']>;
};

/**
 * A page of search results. It has no totalCount: a typo-tolerant search matches some entities
 * only faintly, so a count of every match would cost a full index read and mean little.
 */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
  /** The full-text score: higher is a better match. */
  score: Scalars['Float']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  score: Scalars['Float']['output'];
};

export type SharedActivity = {
  __typename?: 'SharedActivity';
  activity: Entity;
  activityKind: ActivityKind;
  alleged: Scalars['Boolean']['output'];
  date: Maybe<DateValue>;
  evidence: Array<Evidence>;
  /** The role of the co-campaigner. */
  otherRole: Scalars['String']['output'];
  /** For a slate (`activityKind: SLATE`), the party its candidates stood for; null otherwise. */
  party: Maybe<Organisation>;
  /** False when a link it rests on is an unreviewed draft (see `Evidence.reviewed`). */
  reviewed: Scalars['Boolean']['output'];
  /** The role of the person asked about. */
  role: Scalars['String']['output'];
  /** What this activity adds to `strength`: 1 for a shared platform, signature or slate, 0.5 for attendance, shared membership, or an alleged or withdrawn part. */
  weight: Scalars['Float']['output'];
  withdrawn: Scalars['Boolean']['output'];
};

export type Signatory = {
  __typename?: 'Signatory';
  evidence: Array<Evidence>;
  /** Position in the printed list, from 1. */
  order: Maybe<Scalars['Int']['output']>;
  signatory: Entity;
  withdrawn: Scalars['Boolean']['output'];
};

export type SignatoryConnection = {
  __typename?: 'SignatoryConnection';
  edges: Array<SignatoryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SignatoryEdge = {
  __typename?: 'SignatoryEdge';
  cursor: Scalars['String']['output'];
  node: Signatory;
};

export type Statement = Entity & Node & {
  __typename?: 'Statement';
  aliases: Array<Scalars['String']['output']>;
  authors: Array<Entity>;
  date: Maybe<DateValue>;
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Who issued or coordinated it. */
  issuers: Array<Entity>;
  kind: EntityKind;
  /** Where documents name it. `leaveOut: [UNREVIEWED]` leaves out quotes from unreviewed drafts. */
  mentions: Array<Evidence>;
  name: Scalars['String']['output'];
  /** Signatories in the order printed, each with the withdrawn flag. */
  signatories: SignatoryConnection;
  statementKind: Maybe<StatementKind>;
};


export type StatementMentionsArgs = {
  leaveOut?: Array<LeaveOut>;
};


export type StatementSignatoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

/** What kind of letter or statement. */
export type StatementKind =
  | 'ARTICLE'
  | 'LETTER'
  | 'MANIFESTO'
  | 'MOTION'
  | 'PAMPHLET'
  | 'STATEMENT'
  | 'TWEET';

export type Status = {
  __typename?: 'Status';
  edition: Scalars['String']['output'];
  nodeCount: Scalars['Int']['output'];
  relationshipCount: Scalars['Int']['output'];
  serverVersion: Scalars['String']['output'];
};

/** A link a document supports. */
export type Support = {
  __typename?: 'Support';
  alleged: Scalars['Boolean']['output'];
  evidence: Array<Evidence>;
  from: Entity;
  relation: LinkType;
  to: Entity;
  withdrawn: Scalars['Boolean']['output'];
};

export type SupportConnection = {
  __typename?: 'SupportConnection';
  edges: Array<SupportEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupportEdge = {
  __typename?: 'SupportEdge';
  cursor: Scalars['String']['output'];
  node: Support;
};

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEntry;
};

export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  alleged: Scalars['Boolean']['output'];
  date: DateValue;
  direction: LinkDirection;
  entity: Entity;
  evidence: Array<Evidence>;
  relation: LinkType;
  /** A short readable line from the person's side, e.g. `speaker at …`, `opposed by Michael Lavalette`. */
  summary: Scalars['String']['output'];
  withdrawn: Scalars['Boolean']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Activity: ResolverTypeWrapper<Omit<Activity, 'activity' | 'evidence'> & { activity: ResolversTypes['Entity'], evidence: Array<ResolversTypes['Evidence']> }>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['ActivityEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityKind: ActivityKind;
  ActivityRole: ActivityRole;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CampaignedWithConnection: ResolverTypeWrapper<Omit<CampaignedWithConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['CampaignedWithEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  CampaignedWithEdge: ResolverTypeWrapper<Omit<CampaignedWithEdge, 'activities' | 'node'> & { activities: Array<ResolversTypes['SharedActivity']>, node: ResolversTypes['Person'] }>;
  Candidacy: ResolverTypeWrapper<Omit<Candidacy, 'election' | 'evidence' | 'party' | 'person'> & { election: ResolversTypes['Election'], evidence: Array<ResolversTypes['Evidence']>, party?: Maybe<ResolversTypes['Organisation']>, person: ResolversTypes['Person'] }>;
  CoCampaignerOrder: CoCampaignerOrder;
  DatePrecision: DatePrecision;
  DateValue: ResolverTypeWrapper<DateValue>;
  Document: ResolverTypeWrapper<EntityNode>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['DocumentEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentKind: DocumentKind;
  Election: ResolverTypeWrapper<EntityNode>;
  ElectionConnection: ResolverTypeWrapper<Omit<ElectionConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['ElectionEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  ElectionEdge: ResolverTypeWrapper<Omit<ElectionEdge, 'node'> & { node: ResolversTypes['Election'] }>;
  ElectionKind: ElectionKind;
  Entity: ResolverTypeWrapper<EntityNode>;
  EntityKind: EntityKind;
  Event: ResolverTypeWrapper<EntityNode>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['EventEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventKind: EventKind;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LeaveOut: LeaveOut;
  LinkDirection: LinkDirection;
  LinkType: LinkType;
  Membership: ResolverTypeWrapper<Omit<Membership, 'evidence' | 'member' | 'organisation'> & { evidence: Array<ResolversTypes['Evidence']>, member: ResolversTypes['Entity'], organisation: ResolversTypes['Organisation'] }>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['MembershipEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Node: ResolverTypeWrapper<EntityNode>;
  Opponent: ResolverTypeWrapper<Omit<Opponent, 'elections' | 'person'> & { elections: Array<ResolversTypes['Election']>, person: ResolversTypes['Person'] }>;
  Organisation: ResolverTypeWrapper<EntityNode>;
  OrganisationKind: OrganisationKind;
  PageInfo: ResolverTypeWrapper<PageInfoModel>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Participant: ResolverTypeWrapper<Omit<Participant, 'evidence' | 'participant'> & { evidence: Array<ResolversTypes['Evidence']>, participant: ResolversTypes['Entity'] }>;
  ParticipantConnection: ResolverTypeWrapper<Omit<ParticipantConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['ParticipantEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  ParticipantEdge: ResolverTypeWrapper<Omit<ParticipantEdge, 'node'> & { node: ResolversTypes['Participant'] }>;
  ParticipationRole: ParticipationRole;
  Path: ResolverTypeWrapper<Omit<Path, 'nodes' | 'relations'> & { nodes: Array<ResolversTypes['Entity']>, relations: Array<ResolversTypes['PathRelation']> }>;
  PathRelation: ResolverTypeWrapper<Omit<PathRelation, 'evidence'> & { evidence: Array<ResolversTypes['Evidence']> }>;
  Person: ResolverTypeWrapper<EntityNode>;
  Position: ResolverTypeWrapper<Omit<Position, 'evidence' | 'organisation' | 'person'> & { evidence: Array<ResolversTypes['Evidence']>, organisation: ResolversTypes['Organisation'], person: ResolversTypes['Person'] }>;
  PositionConnection: ResolverTypeWrapper<Omit<PositionConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['PositionEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  PositionEdge: ResolverTypeWrapper<Omit<PositionEdge, 'node'> & { node: ResolversTypes['Position'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SearchEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  SharedActivity: ResolverTypeWrapper<Omit<SharedActivity, 'activity' | 'evidence' | 'party'> & { activity: ResolversTypes['Entity'], evidence: Array<ResolversTypes['Evidence']>, party?: Maybe<ResolversTypes['Organisation']> }>;
  Signatory: ResolverTypeWrapper<Omit<Signatory, 'evidence' | 'signatory'> & { evidence: Array<ResolversTypes['Evidence']>, signatory: ResolversTypes['Entity'] }>;
  SignatoryConnection: ResolverTypeWrapper<Omit<SignatoryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SignatoryEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SignatoryEdge: ResolverTypeWrapper<Omit<SignatoryEdge, 'node'> & { node: ResolversTypes['Signatory'] }>;
  Statement: ResolverTypeWrapper<EntityNode>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['StatementEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementKind: StatementKind;
  Status: ResolverTypeWrapper<Status>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Support: ResolverTypeWrapper<Omit<Support, 'evidence' | 'from' | 'to'> & { evidence: Array<ResolversTypes['Evidence']>, from: ResolversTypes['Entity'], to: ResolversTypes['Entity'] }>;
  SupportConnection: ResolverTypeWrapper<Omit<SupportConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['SupportEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  SupportEdge: ResolverTypeWrapper<Omit<SupportEdge, 'node'> & { node: ResolversTypes['Support'] }>;
  TimelineConnection: ResolverTypeWrapper<Omit<TimelineConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['TimelineEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<Omit<TimelineEntry, 'entity' | 'evidence'> & { entity: ResolversTypes['Entity'], evidence: Array<ResolversTypes['Evidence']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Activity: Omit<Activity, 'activity' | 'evidence'> & { activity: ResolversParentTypes['Entity'], evidence: Array<ResolversParentTypes['Evidence']> };
  ActivityConnection: Omit<ActivityConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['ActivityEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  Boolean: Scalars['Boolean']['output'];
  CampaignedWithConnection: Omit<CampaignedWithConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['CampaignedWithEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  CampaignedWithEdge: Omit<CampaignedWithEdge, 'activities' | 'node'> & { activities: Array<ResolversParentTypes['SharedActivity']>, node: ResolversParentTypes['Person'] };
  Candidacy: Omit<Candidacy, 'election' | 'evidence' | 'party' | 'person'> & { election: ResolversParentTypes['Election'], evidence: Array<ResolversParentTypes['Evidence']>, party?: Maybe<ResolversParentTypes['Organisation']>, person: ResolversParentTypes['Person'] };
  DateValue: DateValue;
  Document: EntityNode;
  DocumentConnection: Omit<DocumentConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['DocumentEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  Election: EntityNode;
  ElectionConnection: Omit<ElectionConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['ElectionEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  ElectionEdge: Omit<ElectionEdge, 'node'> & { node: ResolversParentTypes['Election'] };
  Entity: EntityNode;
  Event: EntityNode;
  EventConnection: Omit<EventConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['EventEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  Evidence: EvidenceModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Membership: Omit<Membership, 'evidence' | 'member' | 'organisation'> & { evidence: Array<ResolversParentTypes['Evidence']>, member: ResolversParentTypes['Entity'], organisation: ResolversParentTypes['Organisation'] };
  MembershipConnection: Omit<MembershipConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['MembershipEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Node: EntityNode;
  Opponent: Omit<Opponent, 'elections' | 'person'> & { elections: Array<ResolversParentTypes['Election']>, person: ResolversParentTypes['Person'] };
  Organisation: EntityNode;
  PageInfo: PageInfoModel;
  PartialDate: Scalars['PartialDate']['output'];
  Participant: Omit<Participant, 'evidence' | 'participant'> & { evidence: Array<ResolversParentTypes['Evidence']>, participant: ResolversParentTypes['Entity'] };
  ParticipantConnection: Omit<ParticipantConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['ParticipantEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  ParticipantEdge: Omit<ParticipantEdge, 'node'> & { node: ResolversParentTypes['Participant'] };
  Path: Omit<Path, 'nodes' | 'relations'> & { nodes: Array<ResolversParentTypes['Entity']>, relations: Array<ResolversParentTypes['PathRelation']> };
  PathRelation: Omit<PathRelation, 'evidence'> & { evidence: Array<ResolversParentTypes['Evidence']> };
  Person: EntityNode;
  Position: Omit<Position, 'evidence' | 'organisation' | 'person'> & { evidence: Array<ResolversParentTypes['Evidence']>, organisation: ResolversParentTypes['Organisation'], person: ResolversParentTypes['Person'] };
  PositionConnection: Omit<PositionConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['PositionEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  PositionEdge: Omit<PositionEdge, 'node'> & { node: ResolversParentTypes['Position'] };
  Query: Record<PropertyKey, never>;
  SearchConnection: Omit<SearchConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SearchEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  SearchHit: Omit<SearchHit, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  SharedActivity: Omit<SharedActivity, 'activity' | 'evidence' | 'party'> & { activity: ResolversParentTypes['Entity'], evidence: Array<ResolversParentTypes['Evidence']>, party?: Maybe<ResolversParentTypes['Organisation']> };
  Signatory: Omit<Signatory, 'evidence' | 'signatory'> & { evidence: Array<ResolversParentTypes['Evidence']>, signatory: ResolversParentTypes['Entity'] };
  SignatoryConnection: Omit<SignatoryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SignatoryEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SignatoryEdge: Omit<SignatoryEdge, 'node'> & { node: ResolversParentTypes['Signatory'] };
  Statement: EntityNode;
  StatementConnection: Omit<StatementConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['StatementEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  Status: Status;
  String: Scalars['String']['output'];
  Support: Omit<Support, 'evidence' | 'from' | 'to'> & { evidence: Array<ResolversParentTypes['Evidence']>, from: ResolversParentTypes['Entity'], to: ResolversParentTypes['Entity'] };
  SupportConnection: Omit<SupportConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['SupportEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  SupportEdge: Omit<SupportEdge, 'node'> & { node: ResolversParentTypes['Support'] };
  TimelineConnection: Omit<TimelineConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['TimelineEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: Omit<TimelineEntry, 'entity' | 'evidence'> & { entity: ResolversParentTypes['Entity'], evidence: Array<ResolversParentTypes['Evidence']> };
};

export type ActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  activity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ActivityRole'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type CampaignedWithConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignedWithConnection'] = ResolversParentTypes['CampaignedWithConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignedWithEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignedWithEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CampaignedWithEdge'] = ResolversParentTypes['CampaignedWithEdge']> = {
  activities?: Resolver<Array<ResolversTypes['SharedActivity']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CandidacyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Candidacy'] = ResolversParentTypes['Candidacy']> = {
  elected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  election?: Resolver<ResolversTypes['Election'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  shareChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  votes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type DateValueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DateValue'] = ResolversParentTypes['DateValue']> = {
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inferredReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentKind?: Resolver<Maybe<ResolversTypes['DocumentKind']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<DocumentMentionsArgs, 'leaveOut'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['SupportConnection'], ParentType, ContextType, RequireFields<DocumentSupportsArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type ElectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Election'] = ResolversParentTypes['Election']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  area?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ballots?: Resolver<Array<ResolversTypes['Election']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  candidacies?: Resolver<Array<ResolversTypes['Candidacy']>, ParentType, ContextType, RequireFields<ElectionCandidaciesArgs, 'leaveOut'>>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  electionKind?: Resolver<Maybe<ResolversTypes['ElectionKind']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  majority?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  majorityPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<ElectionMentionsArgs, 'leaveOut'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Maybe<ResolversTypes['Election']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seats?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  swing?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  turnout?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  turnoutChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  turnoutPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ElectionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectionConnection'] = ResolversParentTypes['ElectionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ElectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ElectionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ElectionEdge'] = ResolversParentTypes['ElectionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Election'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Document' | 'Election' | 'Event' | 'Organisation' | 'Person' | 'Statement', ParentType, ContextType>;
};

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventKind?: Resolver<Maybe<ResolversTypes['EventKind']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<EventMentionsArgs, 'leaveOut'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['ParticipantConnection'], ParentType, ContextType, RequireFields<EventParticipantsArgs, 'first'>>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Document' | 'Election' | 'Event' | 'Organisation' | 'Person' | 'Statement', ParentType, ContextType>;
};

export type OpponentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Opponent'] = ResolversParentTypes['Opponent']> = {
  elections?: Resolver<Array<ResolversTypes['Election']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<OrganisationMembersArgs, 'first'>>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<OrganisationMentionsArgs, 'leaveOut'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officeHolders?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<OrganisationOfficeHoldersArgs, 'first'>>;
  organisationKind?: Resolver<Maybe<ResolversTypes['OrganisationKind']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type ParticipantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipationRole'], ParentType, ContextType>;
};

export type ParticipantConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipantConnection'] = ResolversParentTypes['ParticipantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParticipantEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipantEdge'] = ResolversParentTypes['ParticipantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['PathRelation']>, ParentType, ContextType>;
};

export type PathRelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PathRelation'] = ResolversParentTypes['PathRelation']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<PersonActivitiesArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  betweenness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  born?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  campaignedWith?: Resolver<ResolversTypes['CampaignedWithConnection'], ParentType, ContextType, RequireFields<PersonCampaignedWithArgs, 'first' | 'leaveOut' | 'orderBy'>>;
  candidacies?: Resolver<Array<ResolversTypes['Candidacy']>, ParentType, ContextType, RequireFields<PersonCandidaciesArgs, 'leaveOut'>>;
  community?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<PersonMembershipsArgs, 'leaveOut'>>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<PersonMentionsArgs, 'leaveOut'>>;
  misspellings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opponents?: Resolver<Array<ResolversTypes['Opponent']>, ParentType, ContextType>;
  pageRank?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<PersonPositionsArgs, 'leaveOut'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEntry']>, ParentType, ContextType, Partial<PersonTimelineArgs>>;
  timelineConnection?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<PersonTimelineConnectionArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
};

export type PositionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PositionConnection'] = ResolversParentTypes['PositionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PositionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PositionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PositionEdge'] = ResolversParentTypes['PositionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  campaignedWith?: Resolver<ResolversTypes['CampaignedWithConnection'], ParentType, ContextType, RequireFields<QueryCampaignedWithArgs, 'first' | 'leaveOut' | 'orderBy' | 'personId'>>;
  document?: Resolver<Maybe<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  documentsConnection?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsConnectionArgs, 'first'>>;
  election?: Resolver<Maybe<ResolversTypes['Election']>, ParentType, ContextType, RequireFields<QueryElectionArgs, 'id'>>;
  elections?: Resolver<ResolversTypes['ElectionConnection'], ParentType, ContextType, RequireFields<QueryElectionsArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'fromId' | 'leaveOut' | 'maxHops' | 'toId'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  searchConnection?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchConnectionArgs, 'first' | 'text'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SharedActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SharedActivity'] = ResolversParentTypes['SharedActivity']> = {
  activity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  activityKind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  otherRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  reviewed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SignatoryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Signatory'] = ResolversParentTypes['Signatory']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  signatory?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SignatoryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignatoryConnection'] = ResolversParentTypes['SignatoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SignatoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SignatoryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SignatoryEdge'] = ResolversParentTypes['SignatoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Signatory'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<StatementMentionsArgs, 'leaveOut'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signatories?: Resolver<ResolversTypes['SignatoryConnection'], ParentType, ContextType, RequireFields<StatementSignatoriesArgs, 'first'>>;
  statementKind?: Resolver<Maybe<ResolversTypes['StatementKind']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Status'] = ResolversParentTypes['Status']> = {
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serverVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Support'] = ResolversParentTypes['Support']> = {
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupportConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupportConnection'] = ResolversParentTypes['SupportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SupportEdge'] = ResolversParentTypes['SupportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Support'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  alleged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateValue'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['LinkType'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  CampaignedWithConnection?: CampaignedWithConnectionResolvers<ContextType>;
  CampaignedWithEdge?: CampaignedWithEdgeResolvers<ContextType>;
  Candidacy?: CandidacyResolvers<ContextType>;
  DateValue?: DateValueResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Election?: ElectionResolvers<ContextType>;
  ElectionConnection?: ElectionConnectionResolvers<ContextType>;
  ElectionEdge?: ElectionEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Opponent?: OpponentResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Participant?: ParticipantResolvers<ContextType>;
  ParticipantConnection?: ParticipantConnectionResolvers<ContextType>;
  ParticipantEdge?: ParticipantEdgeResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathRelation?: PathRelationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionConnection?: PositionConnectionResolvers<ContextType>;
  PositionEdge?: PositionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SharedActivity?: SharedActivityResolvers<ContextType>;
  Signatory?: SignatoryResolvers<ContextType>;
  SignatoryConnection?: SignatoryConnectionResolvers<ContextType>;
  SignatoryEdge?: SignatoryEdgeResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Status?: StatusResolvers<ContextType>;
  Support?: SupportResolvers<ContextType>;
  SupportConnection?: SupportConnectionResolvers<ContextType>;
  SupportEdge?: SupportEdgeResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
};

