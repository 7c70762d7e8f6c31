import type { OrganisationResolvers } from '../generated/graphql.js';
import { pageArgs } from '../queries/pageArgs.js';
import { commonEntityFields } from './entityResolvers.js';
import { connection, organisationKindEnum, str } from './mappers.js';
import { membershipView, positionView } from './personResolvers.js';

export const organisationResolvers: OrganisationResolvers = {
  ...commonEntityFields,
  organisationKind: (n) => organisationKindEnum(n.kind),
  description: (n) => str(n.description),
  date: () => null,
  members: async (n, { first, after }, ctx) => {
    const args = pageArgs(first, after, 50);
    const page = await ctx.loaders.members.load({ id: n.id, ...args });
    return connection(page, args, (r) => membershipView(r.rel, r.other, n));
  },
  officeHolders: async (n, { first, after }, ctx) => {
    const args = pageArgs(first, after, 50);
    const page = await ctx.loaders.officeHolders.load({ id: n.id, ...args });
    return connection(page, args, (r) => positionView(r.rel, r.other, n));
  },
};
