import type { OrganisationResolvers } from '../generated/graphql.js';
import { pageArgs } from '../queries/pageArgs.js';
import { commonEntityFields } from './entityResolvers.js';
import { connection, str } from './mappers.js';
import { membershipView, positionView } from './personResolvers.js';

export const organisationResolvers: OrganisationResolvers = {
  ...commonEntityFields,
  organisationKind: (n) => str(n.kind),
  description: (n) => str(n.description),
  members: async (n, { first, after }, ctx) => {
    const page = await ctx.loaders.members.load({ id: n.id, ...pageArgs(first, after, 50, { list: 'Organisation.members', id: n.id }) });
    return connection(page, (r) => membershipView(r.rel, r.other, n));
  },
  officeHolders: async (n, { first, after }, ctx) => {
    const page = await ctx.loaders.officeHolders.load({ id: n.id, ...pageArgs(first, after, 50, { list: 'Organisation.officeHolders', id: n.id }) });
    return connection(page, (r) => positionView(r.rel, r.other, n));
  },
};
