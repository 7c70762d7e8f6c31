import { badUserInput } from '../server/errorCodes.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  limit: number;
  after: string | null;
}

/**
 * Given Relay `first`/`after`, returns the validated page size and decoded keyset position.
 * A cursor is opaque to clients: base64url of the row's sort key. Throws BAD_USER_INPUT for a
 * page larger than MAX_PAGE_SIZE, a negative size, or a cursor that is not ours.
 */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, fallback = 20): PageArgs {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0) throw badUserInput('`first` must be a whole number of 0 or more', 'first');
  if (limit > MAX_PAGE_SIZE) throw badUserInput(`\`first\` may be at most ${MAX_PAGE_SIZE}`, 'first');
  return { limit, after: after ? decodeCursor(after) : null };
}

export function encodeCursor(sortKey: string): string {
  return Buffer.from(`k:${sortKey}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = /^[A-Za-z0-9_-]{1,1000}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith('k:')) throw badUserInput('`after` is not a cursor this API returned', 'after');
  return decoded.slice(2);
}

/** Given rows fetched with limit + 1 (each with a `sortKey`), returns the page. */
export function toPage<T extends { sortKey: string }>(rows: T[], limit: number, totalCount: number): { rows: Array<T & { cursor: string }>; hasNextPage: boolean; totalCount: number } {
  return {
    rows: rows.slice(0, limit).map((r) => ({ ...r, cursor: encodeCursor(r.sortKey) })),
    hasNextPage: rows.length > limit,
    totalCount,
  };
}

/** Given the single row {totalCount, rows} of a top-level page query, returns the page. */
export function topLevelPage<T extends { sortKey: string }>(result: ReadonlyArray<Record<string, unknown>>, page: PageArgs): { rows: Array<T & { cursor: string }>; hasNextPage: boolean; totalCount: number } {
  const row = result[0];
  return toPage((row?.rows ?? []) as T[], page.limit, Number(row?.totalCount ?? 0));
}
