import { createHash } from 'node:crypto';
import { badUserInput } from '../server/errorCodes.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  limit: number;
  after: string | null;
  /** Which list, with which arguments, the page belongs to (see cursorBinding); cursors carry it. */
  binding?: string;
}

/** JSON with object keys sorted, so the same arguments always give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Given what makes a list (its name and every argument that changes which rows it holds or
 * their order, normalised: a window as its first and last day, kinds sorted; never `first`),
 * returns the binding its cursors carry: 16 base64url characters of a SHA-256 of them.
 */
export function cursorBinding(boundTo: Record<string, unknown>): string {
  return createHash('sha256').update(canonical(boundTo)).digest('base64url').slice(0, 16);
}

/**
 * Given Relay `first`/`after` and what the list is bound to (cursorBinding), returns the
 * validated page size, the decoded keyset position and the binding. A cursor is opaque to
 * clients: base64url of its binding and the row's sort key. Throws BAD_USER_INPUT for a page
 * larger than MAX_PAGE_SIZE, a negative size, a cursor that is not ours, or a cursor made by
 * another list or other arguments (reused with another window or kinds it would skip or
 * repeat rows silently).
 */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, fallback = 20, boundTo: Record<string, unknown> = {}): PageArgs {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0) throw badUserInput('`first` must be a whole number of 0 or more', 'first');
  if (limit > MAX_PAGE_SIZE) throw badUserInput(`\`first\` may be at most ${MAX_PAGE_SIZE}`, 'first');
  const binding = cursorBinding(boundTo);
  return { limit, after: after ? decodeCursor(after, binding) : null, binding };
}

export function encodeCursor(sortKey: string, binding: string): string {
  return Buffer.from(`c:${binding}:${sortKey}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, binding: string): string {
  const decoded = /^[A-Za-z0-9_-]{1,1000}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = /^c:([A-Za-z0-9_-]{16}):/.exec(decoded);
  if (!m || encodeCursor(decoded.slice(m[0].length), m[1]!) !== cursor) throw badUserInput('`after` is not a cursor this API returned', 'after');
  if (m[1] !== binding) throw badUserInput('`after` is a cursor of another list or of other arguments (window, kinds, area, date): ask again without `after`, or with the arguments that returned it', 'after');
  return decoded.slice(m[0].length);
}

/** Given rows fetched with limit + 1 (each with a `sortKey`) and the page asked for, returns the page. */
export function toPage<T extends { sortKey: string }>(rows: T[], page: PageArgs | number, totalCount: number): { rows: Array<T & { cursor: string }>; hasNextPage: boolean; totalCount: number } {
  const limit = typeof page === 'number' ? page : page.limit;
  const binding = (typeof page === 'number' ? undefined : page.binding) ?? cursorBinding({});
  return {
    rows: rows.slice(0, limit).map((r) => ({ ...r, cursor: encodeCursor(r.sortKey, binding) })),
    hasNextPage: rows.length > limit,
    totalCount,
  };
}

/** Given the single row {totalCount, rows} of a top-level page query, returns the page. */
export function topLevelPage<T extends { sortKey: string }>(result: ReadonlyArray<Record<string, unknown>>, page: PageArgs): { rows: Array<T & { cursor: string }>; hasNextPage: boolean; totalCount: number } {
  const row = result[0];
  return toPage((row?.rows ?? []) as T[], page, Number(row?.totalCount ?? 0));
}
