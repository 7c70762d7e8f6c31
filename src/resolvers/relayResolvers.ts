import type { QueryResolvers, Resolvers } from '../generated/graphql.js';
import { MAX_PAGE_SIZE } from '../queries/pageArgs.js';
import { badUserInput } from '../server/errorCodes.js';
import { entityWithLabel } from './entityResolvers.js';
import { entityTypename } from './mappers.js';

/**
 * Relay global object identification. A global id is our own id, unchanged: ids are unique
 * across types (one :Entity uniqueness constraint, and each kind has its own form), stable
 * across imports and readable, so no typename needs encoding into them.
 */
export const relayQueryResolvers: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_p, { id }, ctx) => entityWithLabel(ctx, id, null),
  nodes: (_p, { ids }, ctx) => {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids`, 'ids');
    return Promise.all(ids.map((id) => entityWithLabel(ctx, id, null, 'ids')));
  },
};

export const relayTypeResolvers: Pick<Resolvers, 'Node' | 'PageInfo'> = {
  Node: {
    __resolveType: (n) => entityTypename(n) as never,
  },
  // A connection built with mappers' `pageInfo` gives every field; these answer for one that
  // gives only hasNextPage and endCursor.
  PageInfo: {
    hasPreviousPage: (p) => p.hasPreviousPage ?? false,
    startCursor: (p) => p.startCursor ?? null,
  },
};
