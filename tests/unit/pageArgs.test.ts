import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageArgs, toPage, topLevelPage } from '../../src/queries/pageArgs.js';

/** Runs `f`, expecting a BAD_USER_INPUT GraphQLError about `argumentName`. */
function expectBadUserInput(f: () => unknown, argumentName: string): void {
  let thrown: unknown;
  try {
    f();
  } catch (err) {
    thrown = err;
  }
  expect(thrown).toBeInstanceOf(GraphQLError);
  expect((thrown as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
}

describe('pageArgs', () => {
  it('uses the fallback page size when `first` is not given', () => {
    expect(pageArgs(undefined, undefined)).toEqual({ limit: 20, after: null });
    expect(pageArgs(null, null, 50)).toEqual({ limit: 50, after: null });
  });

  it('accepts sizes from 0 to MAX_PAGE_SIZE', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageArgs(0, null).limit).toBe(0);
    expect(pageArgs(1, null).limit).toBe(1);
    expect(pageArgs(100, null).limit).toBe(100);
  });

  it('refuses a page too large, negative or fractional as BAD_USER_INPUT on `first`', () => {
    for (const first of [101, 1000, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectBadUserInput(() => pageArgs(first, null), 'first');
    }
  });

  it('decodes a cursor it encoded back to the sort key', () => {
    const cursor = encodeCursor('000006|99999964|person:laura-pidcock');
    expect(pageArgs(20, cursor)).toEqual({ limit: 20, after: '000006|99999964|person:laura-pidcock' });
  });
});

describe('cursors', () => {
  const keys = [
    '',
    '2022-04-30|event:eve-of-may-day-rally-2022',
    '999988|99999914|person:richard-burgon',
    '1|daisy carter|person:daisy-carter|004_d9ca3ea79ec72c5c#PARTICIPATED_IN#person:daisy-carter#event:eve-of-may-day-rally-2022##0',
    'Nathália Urban|ünïcödé|\u{1F600}',
    'k:nested prefix',
    '2022\uffff',
  ];

  it('round-trip every sort key, including separators and non-ASCII', () => {
    for (const key of keys) expect(decodeCursor(encodeCursor(key)), key).toBe(key);
  });

  it('are URL-safe base64 with no padding, and opaque', () => {
    for (const key of keys) {
      const cursor = encodeCursor(key);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      if (key.length > 3) expect(cursor).not.toContain(key);
    }
  });

  it('refuse anything this API did not write, as BAD_USER_INPUT on `after`', () => {
    const notOurs = [
      'garbage!',
      'Zm9v', // base64 of "foo": decodes, but without our prefix
      Buffer.from('x:2022|event:a').toString('base64url'),
      `${encodeCursor('2022|event:a')}=`, // padding is not ours
      encodeCursor('2022|event:a').replace(/[_-]/g, '+') + '+/',
      'a'.repeat(1001),
      ' ',
      "' OR 1=1 //",
      '\u0000',
    ];
    for (const cursor of notOurs) expectBadUserInput(() => decodeCursor(cursor), 'after');
    for (const cursor of notOurs) expectBadUserInput(() => pageArgs(10, cursor), 'after');
  });
});

describe('toPage and topLevelPage', () => {
  const rows = ['a', 'b', 'c'].map((sortKey) => ({ sortKey, name: sortKey.toUpperCase() }));

  it('given limit + 1 rows, returns limit rows, says more follow and gives each its cursor', () => {
    const page = toPage(rows, 2, 7);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(7);
    expect(page.rows.map((r) => r.name)).toEqual(['A', 'B']);
    expect(page.rows.map((r) => decodeCursor(r.cursor))).toEqual(['a', 'b']);
  });

  it('given limit rows or fewer, says no more follow', () => {
    expect(toPage(rows, 3, 3).hasNextPage).toBe(false);
    expect(toPage([], 5, 0)).toEqual({ rows: [], hasNextPage: false, totalCount: 0 });
  });

  it('reads the single {totalCount, rows} row of a top-level page query', () => {
    const page = topLevelPage<{ sortKey: string; name: string }>([{ totalCount: 3, rows }], { limit: 1, after: null });
    expect(page.rows.map((r) => r.name)).toEqual(['A']);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(3);
    expect(topLevelPage([], { limit: 1, after: null })).toEqual({ rows: [], hasNextPage: false, totalCount: 0 });
  });
});
