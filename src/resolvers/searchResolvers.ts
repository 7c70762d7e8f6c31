import type { EntityKind, QueryResolvers } from '../generated/graphql.js';
import { encodeCursor, MAX_PAGE_SIZE, pageArgs } from '../queries/pageArgs.js';
import { searchEntities } from '../queries/searchQueries.js';
import { badUserInput } from '../server/errorCodes.js';
import { pageInfo } from './mappers.js';

/** EntityKind → node label: the allow-list for the search filter. */
const LABEL_BY_KIND: Record<EntityKind, string> = {
  PERSON: 'Person', ORGANISATION: 'Organisation', EVENT: 'Event', STATEMENT: 'Statement', ELECTION: 'Election', DOCUMENT: 'Document',
};
export const MAX_SEARCH_TEXT = 200;
/** How deep search pages go: past this many hits a page is empty. */
export const MAX_SEARCH_DEPTH = 10_000;

function checkText(text: string): void {
  if (text.length > MAX_SEARCH_TEXT) throw badUserInput(`\`text\` may be at most ${MAX_SEARCH_TEXT} characters`, 'text');
}

const labelsOf = (kinds: readonly EntityKind[] | null | undefined): string[] | null =>
  kinds && kinds.length > 0 ? kinds.map((k) => LABEL_BY_KIND[k]) : null;

// A search cursor is the hit's rank (from 1), zero-padded so that it sorts like a keyset key:
// scores are floats, and a rank is what a client pages by.
const rankCursor = (rank: number): string => encodeCursor(String(rank).padStart(6, '0'));
function rankOf(after: string | null): number {
  if (after === null) return 0;
  if (!/^\d{6}$/.test(after)) throw badUserInput('`after` is not a cursor this API returned', 'after');
  return Number(after);
}

export const searchResolvers: Pick<QueryResolvers, 'search' | 'searchConnection'> = {
  search: async (_p, { text, kinds, first }, ctx) => {
    checkText(text);
    const { limit } = pageArgs(first, null, 10);
    return searchEntities(ctx.db, text, labelsOf(kinds), Math.min(limit, MAX_PAGE_SIZE));
  },
  searchConnection: async (_p, { text, kinds, first, after }, ctx) => {
    checkText(text);
    const args = pageArgs(first, after, 10);
    const skip = rankOf(args.after);
    const take = Math.max(0, Math.min(args.limit + 1, MAX_SEARCH_DEPTH - skip));
    const hits = take === 0 ? [] : await searchEntities(ctx.db, text, labelsOf(kinds), take, skip);
    const edges = hits.slice(0, args.limit).map((h, i) => ({ cursor: rankCursor(skip + i + 1), node: h.entity, score: h.score }));
    return { edges, pageInfo: pageInfo(edges, hits.length > args.limit, args.after) };
  },
};
