/** Closed vocabularies of the extraction format; also the Cypher importer's allow-lists. */
export const ENTITY_TYPES = ['Person', 'Organisation', 'Event', 'Statement', 'Election'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
/** A link end is an entity or, for AUTHORED, the source document (`doc:<id>`). */
export type EndpointType = EntityType | 'Document';

export const ORGANISATION_KINDS = [
  'party', 'union', 'campaign', 'alliance', 'slate', 'publication', 'university', 'school',
  'council', 'parliament', 'parliamentary-group', 'government', 'employer', 'festival',
  'think-tank', 'ngo', 'other',
] as const;
export const EVENT_KINDS = [
  'rally', 'meeting', 'conference', 'reception', 'webinar', 'hustings', 'fringe', 'launch',
  'picket', 'campaign-drive', 'tour', 'photo', 'other',
] as const;
export const STATEMENT_KINDS = ['letter', 'statement', 'manifesto', 'motion', 'pamphlet', 'article', 'tweet'] as const;
export const ELECTION_KINDS = ['parl', 'local', 'party', 'leadership'] as const;
export const PARTICIPATION_ROLES = ['speaker', 'chair', 'host', 'organiser', 'sponsor', 'guest', 'attendee', 'pictured'] as const;
export const DOCUMENT_KINDS = ['encyclopedia-article', 'news-report', 'interview', 'wiki-profile', 'opinion'] as const;
/**
 * The roles the API gives a person in an activity (Activity.role, SharedActivity.role): the
 * participation roles plus those a link's type implies; `other` for anything else (e.g. an
 * office in a campaign). Not an extraction field: the API's vocabulary, kept with the others.
 */
export const ACTIVITY_ROLES = [
  ...PARTICIPATION_ROLES, 'signatory', 'author', 'issuer', 'candidate', 'backer', 'backed', 'member', 'other',
] as const;

export const LINK_TYPES = [
  'MEMBER_OF', 'HELD_POSITION', 'STUDIED_AT', 'PARTICIPATED_IN', 'SIGNED', 'AUTHORED', 'ISSUED',
  'STOOD_IN', 'BACKED', 'INTERVIEWED', 'WROTE_FOR', 'APPOINTED', 'PART_OF', 'ALLIED_WITH', 'OPPOSED',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

const PO = ['Person', 'Organisation'] as const;
/** Allowed endpoint types per link type (the table in docs/extraction-format.md). */
export const LINK_ENDPOINTS: Readonly<Record<LinkType, { readonly from: readonly EntityType[]; readonly to: readonly EndpointType[] }>> = {
  MEMBER_OF: { from: PO, to: ['Organisation'] },
  HELD_POSITION: { from: ['Person'], to: ['Organisation'] },
  STUDIED_AT: { from: ['Person'], to: ['Organisation'] },
  PARTICIPATED_IN: { from: PO, to: ['Event'] },
  SIGNED: { from: PO, to: ['Statement'] },
  AUTHORED: { from: ['Person'], to: ['Statement', 'Document'] },
  ISSUED: { from: PO, to: ['Statement'] },
  STOOD_IN: { from: ['Person'], to: ['Election'] },
  BACKED: { from: PO, to: ['Person', 'Organisation', 'Statement', 'Event'] },
  INTERVIEWED: { from: PO, to: ['Person'] },
  WROTE_FOR: { from: ['Person'], to: ['Organisation'] },
  APPOINTED: { from: ['Person'], to: ['Person'] },
  PART_OF: { from: ['Organisation', 'Election', 'Event'], to: ['Organisation', 'Election', 'Event'] },
  ALLIED_WITH: { from: ['Organisation'], to: ['Organisation'] },
  OPPOSED: { from: PO, to: ['Person', 'Organisation', 'Statement'] },
};

const SLUG = '[a-z0-9][a-z0-9-]*';
const DATE = '\\d{4}(?:-\\d{2}(?:-\\d{2})?)?';
export const ID_PATTERNS: Readonly<Record<EntityType, RegExp>> = {
  Person: new RegExp(`^person:${SLUG}$`),
  Organisation: new RegExp(`^org:${SLUG}$`),
  Event: new RegExp(`^event:${SLUG}$`),
  Statement: new RegExp(`^statement:${SLUG}$`),
  Election: new RegExp(`^(?:parl|local|party|leadership)\\.${SLUG}(?:\\.${SLUG})*\\.${DATE}$`),
};
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const DOCUMENT_REF_PREFIX = 'doc:';

/** Which kind of node an id names, judged by its form alone; null if it fits none. */
export function endpointTypeOfId(id: string): EndpointType | null {
  if (id.startsWith(DOCUMENT_REF_PREFIX)) return DOCUMENT_ID_PATTERN.test(id.slice(4)) ? 'Document' : null;
  return ENTITY_TYPES.find((t) => ID_PATTERNS[t].test(id)) ?? null;
}
