import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailableError } from '../../../src/graph/databaseErrors.js';
import { DatabaseBusyError, QuerySlots } from '../../../src/graph/querySlots.js';

// The bound on queries in flight, with fake timers: past the bound queries wait in arrival order
// for a bounded time, past the queue they are refused at once, and a refusal is a database error
// (the API's SERVICE_UNAVAILABLE).
describe('QuerySlots', () => {
  afterEach(() => vi.useRealTimers());

  it('lets maxInFlight queries run, queues the next, and hands a freed slot to the first waiter', async () => {
    const slots = new QuerySlots({ maxInFlight: 2, queueMax: 5, queueWaitMs: 1000 });
    const a = await slots.acquire();
    await slots.acquire();
    const order: string[] = [];
    const third = slots.acquire().then((release) => { order.push('third'); return release; });
    const fourth = slots.acquire().then((release) => { order.push('fourth'); return release; });
    await Promise.resolve();
    expect([slots.active, slots.queued, order]).toEqual([2, 2, []]);
    a();
    a(); // a second call must not free a second slot
    (await third)();
    expect(order).toEqual(['third']);
    await fourth;
    expect([slots.active, slots.queued, order]).toEqual([2, 0, ['third', 'fourth']]);
  });

  it('refuses a waiter after queueWaitMs, and at once when the queue is full', async () => {
    vi.useFakeTimers();
    const slots = new QuerySlots({ maxInFlight: 1, queueMax: 1, queueWaitMs: 1000 });
    await slots.acquire();
    const waiting = slots.acquire().catch((e: unknown) => e);
    const full = await slots.acquire().catch((e: unknown) => e);
    expect(full).toBeInstanceOf(DatabaseBusyError);
    expect((full as Error).message).toMatch(/queue full/);
    await vi.advanceTimersByTimeAsync(999);
    expect(slots.queued).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const refused = await waiting;
    expect(refused).toBeInstanceOf(DatabaseUnavailableError);
    expect([slots.queued, slots.active, slots.refused]).toEqual([0, 1, 2]);
  });

  it('holds no more than queueMax waiters whatever the number of callers (bounded memory)', async () => {
    const slots = new QuerySlots({ maxInFlight: 4, queueMax: 16, queueWaitMs: 60_000 });
    const all = Array.from({ length: 2000 }, () => slots.acquire().then(() => 'slot', () => 'refused'));
    await Promise.resolve();
    expect([slots.active, slots.queued]).toEqual([4, 16]);
    const refused = (await Promise.all(all.slice(20))).filter((r) => r === 'refused').length;
    expect(refused).toBe(1980);
  });
});
