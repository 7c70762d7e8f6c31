import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../../src/graph/databaseErrors.js';
import { withDeadline } from '../../../src/graph/deadline.js';

// The client-side deadline with fake timers: a work promise that never settles (what a frozen
// Neo4j gives) must still end, with the error that says what the query was doing.
describe('withDeadline', () => {
  afterEach(() => vi.useRealTimers());
  const never = (): Promise<string> => new Promise<string>(() => undefined);

  it('rejects with QueryTimeoutError when the query had begun, and calls onExpire once', async () => {
    vi.useFakeTimers();
    const onExpire = vi.fn();
    const p = withDeadline(never(), 4000, { running: true }, onExpire);
    const caught = p.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3999);
    expect(onExpire).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await caught).toBeInstanceOf(QueryTimeoutError);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('rejects with DatabaseUnavailableError when no connection was had', async () => {
    vi.useFakeTimers();
    const caught = withDeadline(never(), 100, { running: false }, () => undefined).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    expect(await caught).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('passes through an answer or an error that comes first, and never expires afterwards', async () => {
    vi.useFakeTimers();
    const onExpire = vi.fn();
    await expect(withDeadline(Promise.resolve('rows'), 100, { running: true }, onExpire)).resolves.toBe('rows');
    await expect(withDeadline(Promise.reject(new Error('boom')), 100, { running: true }, onExpire)).rejects.toThrow('boom');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onExpire).not.toHaveBeenCalled();
  });
});
