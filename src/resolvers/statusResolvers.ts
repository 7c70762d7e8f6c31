import type { QueryResolvers } from '../generated/graphql.js';
import { databaseStatus } from '../queries/statusQueries.js';

export const statusResolvers: Pick<QueryResolvers, 'status'> = {
  status: (_parent, _args, { db }) => databaseStatus(db),
};
