import { describe, expect, it } from 'vitest';
import { RateLimit } from '../../src/server/rateLimit.js';

// The admin write allowance over a rolling minute, on a hand-driven clock.
describe('RateLimit', () => {
  it('allows perMinute requests, then says how many whole seconds until the oldest leaves the window', () => {
    let now = 1_000_000;
    const limit = new RateLimit(3, () => now);
    expect([limit.take(), limit.take()]).toEqual([undefined, undefined]);
    now += 20_000;
    expect(limit.take()).toBeUndefined();
    expect(limit.take()).toBe(40);
    now += 39_500;
    expect(limit.take()).toBe(1);
    now += 500;
    // The first two left the window: two more fit, the third does not.
    expect([limit.take(), limit.take(), limit.take()]).toEqual([undefined, undefined, 20]);
  });

  it('answers 429 with Retry-After once spent', () => {
    const limit = new RateLimit(1, () => 0);
    const sent: Array<[string, unknown]> = [];
    const res = {
      status(code: number) { sent.push(['status', code]); return this; },
      setHeader(name: string, value: string) { sent.push([name, value]); return this; },
      json(body: unknown) { sent.push(['json', body]); return this; },
    };
    expect(limit.admit(res as never)).toBe(true);
    expect(sent).toEqual([]);
    expect(limit.admit(res as never)).toBe(false);
    expect(sent).toEqual([['status', 429], ['Retry-After', '60'], ['json', { error: 'too many admin writes: at most 1 a minute; try again in 60 s' }]]);
  });
});
