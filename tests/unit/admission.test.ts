import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admission } from '../../src/server/admission.js';

// Admission control over real HTTP (no database): one request admitted at a time and none
// waiting, so a second one while the first is held is refused at once with the GraphQL error
// shape, SERVICE_UNAVAILABLE and Retry-After; once the first is answered, the slot is free again.
describe('admission to /graphql', () => {
  let hold: (() => void) | undefined;
  let url = '';
  let close: () => Promise<void> = async () => {};
  const admit = admission({ httpMaxInFlight: 1, httpQueueMax: 0, queueWaitMs: 100 });

  beforeAll(async () => {
    const app = express().use('/graphql', admit, (_req, res) => {
      new Promise<void>((r) => { hold = r; }).then(() => res.json({ data: { ok: true } }));
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    close = () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); });
  });
  afterAll(() => close());

  it('refuses past the bound with SERVICE_UNAVAILABLE and Retry-After, and frees the slot after an answer', async () => {
    const first = fetch(url, { method: 'POST' });
    while (admit.slots.active === 0) await new Promise((r) => setTimeout(r, 5));
    const second = await fetch(url, { method: 'POST' });
    expect(second.status).toBe(200);
    expect(second.headers.get('retry-after')).toBe('2');
    expect(await second.json()).toEqual({ errors: [{ message: 'The service is busy; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    hold?.();
    expect(await (await first).json()).toEqual({ data: { ok: true } });
    const third = fetch(url, { method: 'POST' });
    while (admit.slots.active === 0) await new Promise((r) => setTimeout(r, 5));
    hold?.();
    expect(await (await third).json()).toEqual({ data: { ok: true } });
    expect(admit.slots.active).toBe(0);
  });
});
