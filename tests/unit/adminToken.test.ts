import { describe, expect, it } from 'vitest';
import { tokensEqual } from '../../src/server/adminRoutes.js';

describe('tokensEqual (the admin token comparison)', () => {
  it('is true for the same token only', () => {
    expect(tokensEqual('s3cret-token', 's3cret-token')).toBe(true);
    for (const other of ['s3cret-tokeN', 's3cret-toke', 's3cret-token ', '', 'x'.repeat(10_000), 's3cret-token\u0000']) {
      expect(tokensEqual(other, 's3cret-token'), JSON.stringify(other.slice(0, 20))).toBe(false);
    }
  });
});
