import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cursorBinding, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageArgs, toPage, topLevelPage } from '../../src/queries/pageArgs.js';

const UNBOUND = cursorBinding({});

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
    expect(pageArgs(undefined, undefined)).toEqual({ limit: 20, after: null, binding: UNBOUND });
    expect(pageArgs(null, null, 50)).toEqual({ limit: 50, after: null, binding: UNBOUND });
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
    const cursor = encodeCursor('000006|99999964|person:laura-pidcock', UNBOUND);
    expect(pageArgs(20, cursor)).toEqual({ limit: 20, after: '000006|99999964|person:laura-pidcock', binding: UNBOUND });
  });
});

describe('cursor bindings', () => {
  const lavery2021 = { list: 'campaignedWith', personId: 'person:ian-lavery', from: '2021-01-01', to: '2021-12-31', kinds: [] };

  it('are the same for the same arguments in any key order, and differ when any argument differs', () => {
    expect(cursorBinding(lavery2021)).toBe(cursorBinding({ kinds: [], to: '2021-12-31', from: '2021-01-01', personId: 'person:ian-lavery', list: 'campaignedWith' }));
    expect(cursorBinding(lavery2021)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    for (const other of [{ from: '2022-01-01' }, { to: null }, { kinds: ['EVENT'] }, { personId: 'person:diane-abbott' }, { list: 'events' }]) {
      expect(cursorBinding({ ...lavery2021, ...other }), JSON.stringify(other)).not.toBe(cursorBinding(lavery2021));
    }
  });

  it('let a cursor through with the arguments that made it, and refuse it with any others as BAD_USER_INPUT on `after`', () => {
    const page = pageArgs(2, null, 20, lavery2021);
    const cursor = toPage([{ sortKey: 'x' }, { sortKey: 'y' }, { sortKey: 'z' }], page, 3).rows[1]!.cursor;
    expect(pageArgs(2, cursor, 20, lavery2021).after).toBe('y');
    expect(pageArgs(50, cursor, 20, lavery2021).after).toBe('y'); // the page size may change
    expectBadUserInput(() => pageArgs(2, cursor, 20, { ...lavery2021, from: '2022-01-01' }), 'after');
    expectBadUserInput(() => pageArgs(2, cursor, 20, { ...lavery2021, kinds: ['EVENT'] }), 'after');
    expectBadUserInput(() => pageArgs(2, cursor), 'after');
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
    for (const key of keys) expect(decodeCursor(encodeCursor(key, UNBOUND), UNBOUND), key).toBe(key);
  });

  it('are URL-safe base64 with no padding, and opaque', () => {
    for (const key of keys) {
      const cursor = encodeCursor(key, UNBOUND);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      if (key.length > 3) expect(cursor).not.toContain(key);
    }
  });

  it('refuse anything this API did not write, as BAD_USER_INPUT on `after`', () => {
    const notOurs = [
      'garbage!',
      'Zm9v', // base64 of "foo": decodes, but without our prefix
      Buffer.from('x:2022|event:a').toString('base64url'),
      Buffer.from('k:2022|event:a').toString('base64url'), // the unbound cursors of earlier versions
      `${encodeCursor('2022|event:a', UNBOUND)}=`, // padding is not ours
      encodeCursor('2022|event:a', UNBOUND).replace(/[_-]/g, '+') + '+/',
      'a'.repeat(1001),
      ' ',
      "' OR 1=1 //",
      '\u0000',
    ];
    for (const cursor of notOurs) expectBadUserInput(() => decodeCursor(cursor, UNBOUND), 'after');
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
    expect(page.rows.map((r) => decodeCursor(r.cursor, UNBOUND))).toEqual(['a', 'b']);
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
