import type { PersonResolvers } from '../generated/graphql.js';
import type { EntityNode, RelProps } from '../queries/models.js';
import { pageArgs } from '../queries/pageArgs.js';
import { campaignedWithConnection } from './campaignedWithResolvers.js';
import { commonEntityFields } from './entityResolvers.js';
import { bool, connection, dateValue, int, num, qualifiers, str } from './mappers.js';

/** Given a STOOD_IN relationship and its ends, returns the Candidacy view. */
export function candidacyView(rel: RelProps, person: EntityNode, election: EntityNode, party: EntityNode | null) {
  return {
    person, election, party,
    label: str(rel.label), votes: int(rel.votes), share: num(rel.share), shareChange: num(rel.shareChange),
    rank: int(rel.rank), elected: bool(rel.elected), evidence: qualifiers(rel).evidence,
  };
}

/** Given a HELD_POSITION relationship, returns the Position view. */
export function positionView(rel: RelProps, person: EntityNode, organisation: EntityNode) {
  return {
    person, organisation, role: str(rel.role) ?? 'holder', place: str(rel.place),
    start: dateValue(rel, 'start'), end: dateValue(rel, 'end'), current: bool(rel.current), ...qualifiers(rel),
  };
}

/** Given a MEMBER_OF relationship, returns the Membership view. */
export function membershipView(rel: RelProps, member: EntityNode, organisation: EntityNode) {
  return {
    member, organisation, role: str(rel.role),
    start: dateValue(rel, 'start'), end: dateValue(rel, 'end'), current: bool(rel.current), ...qualifiers(rel),
  };
}

const ROLE_BY_TYPE: Record<string, string> = { SIGNED: 'signatory', AUTHORED: 'author', ISSUED: 'issuer' };

/** The role a relationship gives its start node: its `role` property, else one named after its type. */
export const roleOf = (rel: RelProps): string => str(rel.role) ?? ROLE_BY_TYPE[rel.__type ?? ''] ?? (rel.__type ?? 'linked').toLowerCase();

export const personResolvers: PersonResolvers = {
  ...commonEntityFields,
  misspellings: (n) => n.misspellings ?? [],
  description: (n) => str(n.description),
  born: (n) => dateValue(n, 'born'),
  positions: async (n, _a, ctx) => (await ctx.loaders.positions.load(n.id)).map((r) => positionView(r.rel, n, r.other)),
  memberships: async (n, _a, ctx) => (await ctx.loaders.memberships.load(n.id)).map((r) => membershipView(r.rel, n, r.other)),
  candidacies: async (n, _a, ctx) =>
    (await ctx.loaders.personCandidacies.load(n.id)).map((r) => candidacyView(r.rel, n, r.other, r.party)),
  activities: async (n, { first, after }, ctx) => {
    const page = await ctx.loaders.activities.load({ id: n.id, ...pageArgs(first, after) });
    return connection(page, (r) => ({ activity: r.other, role: roleOf(r.rel), date: dateValue(r.other, 'date'), ...qualifiers(r.rel) }));
  },
  opponents: async (n, _a, ctx) => (await ctx.loaders.opponents.load(n.id)).map((r) => ({ person: r.other, elections: r.elections })),
  timeline: async (n, _a, ctx) => (await ctx.loaders.timeline.load(n.id)).map((r) => ({
    date: dateValue(r.rel, 'start') ?? dateValue(r.other, 'date') ?? dateValue(r.rel, 'end')!,
    relation: r.rel.__type ?? 'LINK',
    summary: `${roleOf(r.rel)}: ${r.other.name}`,
    entity: r.other,
    ...qualifiers(r.rel),
  })),
  campaignedWith: (n, args, ctx) => campaignedWithConnection(ctx, { ...args, personId: n.id }),
};
