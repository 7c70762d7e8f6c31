import type { EntityKind, QueryResolvers } from '../generated/graphql.js';
import { MAX_PAGE_SIZE, pageArgs } from '../queries/pageArgs.js';
import { searchEntities } from '../queries/searchQueries.js';
import { badUserInput } from '../server/errorCodes.js';

/** EntityKind → node label: the allow-list for the search filter. */
const LABEL_BY_KIND: Record<EntityKind, string> = {
  PERSON: 'Person', ORGANISATION: 'Organisation', EVENT: 'Event', STATEMENT: 'Statement', ELECTION: 'Election', DOCUMENT: 'Document',
};
export const MAX_SEARCH_TEXT = 200;

export const searchResolvers: Pick<QueryResolvers, 'search'> = {
  search: async (_p, { text, kinds, first }, ctx) => {
    if (text.length > MAX_SEARCH_TEXT) throw badUserInput(`\`text\` may be at most ${MAX_SEARCH_TEXT} characters`, 'text');
    const { limit } = pageArgs(first, null, 10);
    const labels = kinds && kinds.length > 0 ? kinds.map((k) => LABEL_BY_KIND[k]) : null;
    return searchEntities(ctx.db, text, labels, Math.min(limit, MAX_PAGE_SIZE));
  },
};
