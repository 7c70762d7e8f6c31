import type { EventResolvers, QueryResolvers } from '../generated/graphql.js';
import { eventsPage } from '../queries/eventQueries.js';
import { dateUpperBound } from '../queries/inputs.js';
import { pageArgs } from '../queries/pageArgs.js';
import { commonEntityFields } from './entityResolvers.js';
import { connection, dateValue, eventKindEnum, participationRoleEnum, qualifiers, str } from './mappers.js';

export const eventResolvers: EventResolvers = {
  ...commonEntityFields,
  eventKind: (n) => eventKindEnum(n.kind),
  description: (n) => str(n.description),
  date: (n) => dateValue(n, 'date'),
  place: (n) => str(n.place),
  participants: async (n, { first, after }, ctx) => {
    const args = pageArgs(first, after, 50);
    const page = await ctx.loaders.participants.load({ id: n.id, ...args });
    return connection(page, args, (r) => ({ participant: r.other, role: participationRoleEnum(r.rel.role), ...qualifiers(r.rel) }));
  },
};

export const eventQueryResolvers: Pick<QueryResolvers, 'events'> = {
  events: async (_p, { from, to, first, after }, ctx) => {
    const args = pageArgs(first, after);
    return connection(await eventsPage(ctx.db, from ?? null, dateUpperBound(to), args), args, (r) => r.node);
  },
};
