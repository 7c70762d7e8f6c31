import type { Resolvers } from '../generated/graphql.js';
import { statusResolvers } from './statusResolvers.js';

/** All resolvers, one module per domain type. */
export const resolvers: Resolvers = {
  Query: {
    ...statusResolvers,
  },
};
