import type { Response } from 'express';

/**
 * A fixed allowance of requests per rolling minute, shared by every route it guards (the admin
 * writes: POST /admin/import and POST /admin/documents, each of which re-validates, drafts or
 * imports and so costs seconds of CPU and a write transaction). Only requests that would start
 * that work count: ones refused earlier (401, 400, 413, 422) cost little and are not counted. Past it the answer is 429 with
 * `Retry-After`: the whole seconds until the oldest request in the window leaves it. Memory is
 * bounded: at most `perMinute` timestamps are held.
 */
export class RateLimit {
  private readonly times: number[] = [];

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** Takes one request from the allowance: undefined if allowed, else the seconds to wait. */
  take(): number | undefined {
    const t = this.now();
    while (this.times.length > 0 && t - this.times[0]! >= 60_000) this.times.shift();
    if (this.times.length < this.perMinute) {
      this.times.push(t);
      return undefined;
    }
    return Math.max(1, Math.ceil((this.times[0]! + 60_000 - t) / 1000));
  }

  /**
   * Takes one request from the allowance; when it is spent, answers 429 with Retry-After and
   * returns false (the caller then stops).
   */
  admit(res: Response): boolean {
    const wait = this.take();
    if (wait === undefined) return true;
    res.status(429).setHeader('Retry-After', String(wait));
    res.json({ error: `too many admin writes: at most ${this.perMinute} a minute; try again in ${wait} s` });
    return false;
  }
}
