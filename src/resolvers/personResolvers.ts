import type { PersonResolvers } from '../generated/graphql.js';
import type { EntityNode, EvidenceModel, RelProps } from '../queries/models.js';
import { dateWindow } from '../queries/dateWindow.js';
import { pageArgs, toPage } from '../queries/pageArgs.js';
import type { RequestContext } from '../server/requestContext.js';
import { campaignedWithConnection } from './campaignedWithResolvers.js';
import { commonEntityFields } from './entityResolvers.js';
import { keptFacts } from './leaveOut.js';
import { activityRoleEnum, bool, connection, dateValue, int, linkTypeEnum, num, qualifiers, str } from './mappers.js';
import { mergeFacts } from './mergeFacts.js';

/** Given a STOOD_IN relationship (and its evidence, when merged from several documents), returns the Candidacy view. */
export function candidacyView(rel: RelProps, person: EntityNode, election: EntityNode, party: EntityNode | null, evidence?: EvidenceModel[]) {
  return {
    person, election, party,
    label: str(rel.label), votes: int(rel.votes), share: num(rel.share), shareChange: num(rel.shareChange),
    rank: int(rel.rank), elected: bool(rel.elected), evidence: evidence ?? qualifiers(rel).evidence,
  };
}

/** Given a HELD_POSITION relationship, returns the Position view. */
export function positionView(rel: RelProps, person: EntityNode, organisation: EntityNode, evidence?: EvidenceModel[]) {
  return {
    person, organisation, role: str(rel.role) ?? 'holder', place: str(rel.place),
    start: dateValue(rel, 'start'), end: dateValue(rel, 'end'), current: bool(rel.current),
    ...qualifiers(rel), ...(evidence ? { evidence } : {}),
  };
}

/** Given a MEMBER_OF relationship, returns the Membership view. */
export function membershipView(rel: RelProps, member: EntityNode, organisation: EntityNode, evidence?: EvidenceModel[]) {
  return {
    member, organisation, role: str(rel.role),
    start: dateValue(rel, 'start'), end: dateValue(rel, 'end'), current: bool(rel.current),
    ...qualifiers(rel), ...(evidence ? { evidence } : {}),
  };
}

const SUMMARY_BY_TYPE: Record<string, (role: string, name: string) => string> = {
  HELD_POSITION: (role, name) => `${role}, ${name}`,
  MEMBER_OF: (role, name) => (role === 'member_of' ? `member of ${name}` : `${role}, ${name}`),
  STOOD_IN: (_role, name) => `candidate in ${name}`,
  PARTICIPATED_IN: (role, name) => `${role} at ${name}`,
  SIGNED: (_role, name) => `signed ${name}`,
  AUTHORED: (_role, name) => `wrote ${name}`,
  ISSUED: (_role, name) => `issued ${name}`,
  BACKED: (_role, name) => `backed ${name}`,
  STUDIED_AT: (_role, name) => `studied at ${name}`,
  WROTE_FOR: (_role, name) => `wrote for ${name}`,
  OPPOSED: (_role, name) => `opposed ${name}`,
  INTERVIEWED: (_role, name) => `interviewed ${name}`,
  APPOINTED: (role, name) => (role === 'appointed' ? `appointed ${name}` : `appointed ${name} ${role}`),
};

// The same links seen from their object: the person is the one backed, opposed, appointed, interviewed.
const INCOMING_SUMMARY_BY_TYPE: Record<string, (role: string, name: string) => string> = {
  BACKED: (_role, name) => `backed by ${name}`,
  OPPOSED: (_role, name) => `opposed by ${name}`,
  INTERVIEWED: (_role, name) => `interviewed by ${name}`,
  APPOINTED: (role, name) => (role === 'appointed' ? `appointed by ${name}` : `appointed ${role} by ${name}`),
};

/**
 * A readable line for a timeline entry from the person's side, e.g. `speaker at Eve of May Day
 * rally` for a link from them, `opposed by Michael Lavalette` for one to them.
 */
export function timelineSummary(rel: RelProps, other: EntityNode, direction: 'OUTGOING' | 'INCOMING' = 'OUTGOING'): string {
  const summary = (direction === 'INCOMING' ? INCOMING_SUMMARY_BY_TYPE : SUMMARY_BY_TYPE)[rel.__type ?? ''];
  if (summary) return summary(roleOf(rel), other.name);
  return direction === 'INCOMING' ? `${other.name}: ${roleOf(rel)}` : `${roleOf(rel)}: ${other.name}`;
}

const ROLE_BY_TYPE: Record<string, string> = { SIGNED: 'signatory', AUTHORED: 'author', ISSUED: 'issuer' };

/** The role a relationship gives its start node: its `role` property, else one named after its type. */
export const roleOf = (rel: RelProps): string => str(rel.role) ?? ROLE_BY_TYPE[rel.__type ?? ''] ?? (rel.__type ?? 'linked').toLowerCase();

/**
 * A person's timeline in a window (or whole): one entry per fact (merged over documents), in
 * the order the query gives (by interval, docs/graph-model.md#dates), links both ways with
 * their direction. The sort key, the entry's keyset cursor, is its position: the whole list is
 * read for every page, and a cursor is bound to the person and window (pageArgs).
 */
async function timelineOf(n: EntityNode, ctx: RequestContext, from: string | null | undefined, to: string | null | undefined) {
  const rows = await ctx.loaders.timeline.load({ id: n.id, window: dateWindow(from, to) });
  return mergeFacts(rows, (r) => `${r.rel.__type}|${r.direction}|${r.other.id}|${str(r.rel.role)}`).map((r, i) => ({
    sortKey: String(i).padStart(6, '0'),
    date: dateValue(r.dated, 'date')!,
    relation: linkTypeEnum(r.rel.__type),
    direction: r.direction,
    summary: timelineSummary(r.rel, r.other, r.direction),
    entity: r.other,
    ...qualifiers(r.rel),
    evidence: r.evidence,
  }));
}

export const personResolvers: PersonResolvers = {
  ...commonEntityFields,
  misspellings: (n) => n.misspellings ?? [],
  description: (n) => str(n.description),
  date: (n) => dateValue(n, 'born'),
  born: (n) => dateValue(n, 'born'),
  community: (n) => int(n.community),
  pageRank: (n) => num(n.pageRank),
  betweenness: (n) => num(n.betweenness),
  positions: async (n, { leaveOut }, ctx) =>
    keptFacts(mergeFacts(await ctx.loaders.positions.load(n.id), (r) => `${r.other.id}|${str(r.rel.role)}|${str(r.rel.place)}`), leaveOut)
      .map((r) => positionView(r.rel, n, r.other, r.evidence)),
  memberships: async (n, { leaveOut }, ctx) =>
    keptFacts(mergeFacts(await ctx.loaders.memberships.load(n.id), (r) => `${r.other.id}|${str(r.rel.role)}`), leaveOut)
      .map((r) => membershipView(r.rel, n, r.other, r.evidence)),
  candidacies: async (n, { leaveOut }, ctx) =>
    keptFacts(mergeFacts(await ctx.loaders.personCandidacies.load(n.id), (r) => r.other.id), leaveOut)
      .map((r) => candidacyView(r.rel, n, r.other, r.party, r.evidence)),
  activities: async (n, { first, after }, ctx) => {
    const args = pageArgs(first, after, 20, { list: 'Person.activities', id: n.id });
    const page = await ctx.loaders.activities.load({ id: n.id, ...args });
    return connection(page, args, (r) => ({ activity: r.other, role: activityRoleEnum(roleOf(r.rel)), date: dateValue(r.other, 'date'), ...qualifiers(r.rel) }));
  },
  opponents: async (n, _a, ctx) => (await ctx.loaders.opponents.load(n.id)).map((r) => ({ person: r.other, elections: r.elections })),
  timeline: (n, { from, to }, ctx) => timelineOf(n, ctx, from, to),
  timelineConnection: async (n, { from, to, first, after }, ctx) => {
    const args = pageArgs(first, after, 50, { list: 'Person.timelineConnection', id: n.id, ...dateWindow(from, to) });
    const entries = await timelineOf(n, ctx, from, to);
    const rest = args.after === null ? entries : entries.filter((e) => e.sortKey > args.after!);
    return connection(toPage(rest, args, entries.length), args, (e) => e);
  },
  campaignedWith: (n, args, ctx) => campaignedWithConnection(ctx, { ...args, personId: n.id }),
};
