import type { EventResolvers, QueryResolvers } from '../generated/graphql.js';
import { eventsPage } from '../queries/eventQueries.js';
import { dateWindow } from '../queries/dateWindow.js';
import { pageArgs } from '../queries/pageArgs.js';
import { commonEntityFields } from './entityResolvers.js';
import { connection, dateValue, qualifiers, str } from './mappers.js';
import { roleOf } from './personResolvers.js';

export const eventResolvers: EventResolvers = {
  ...commonEntityFields,
  eventKind: (n) => str(n.kind),
  description: (n) => str(n.description),
  date: (n) => dateValue(n, 'date'),
  place: (n) => str(n.place),
  participants: async (n, { first, after }, ctx) => {
    const page = await ctx.loaders.participants.load({ id: n.id, ...pageArgs(first, after, 50, { list: 'Event.participants', id: n.id }) });
    return connection(page, (r) => ({ participant: r.other, role: roleOf(r.rel), ...qualifiers(r.rel) }));
  },
};

export const eventQueryResolvers: Pick<QueryResolvers, 'events'> = {
  events: async (_p, { from, to, first, after }, ctx) => {
    const window = dateWindow(from, to);
    return connection(await eventsPage(ctx.db, window, pageArgs(first, after, 20, { list: 'events', ...window })), (r) => r.node);
  },
};
