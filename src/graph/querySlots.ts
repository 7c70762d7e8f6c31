import { DatabaseUnavailableError } from './databaseErrors.js';

/**
 * Too many queries were already in flight or waiting: this one was refused without reaching
 * Neo4j. The API answers SERVICE_UNAVAILABLE with an HTTP `Retry-After` (see retryAfter.ts).
 */
export class DatabaseBusyError extends DatabaseUnavailableError {
  override readonly name = 'DatabaseBusyError';
}

export interface SlotLimits {
  /** Queries in flight to Neo4j at once (QUERY_MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** Queries that may wait for a slot; past it a query is refused at once (QUERY_QUEUE_MAX). */
  queueMax: number;
  /** How long a query waits for a slot before it is refused (QUERY_QUEUE_WAIT_MS). */
  queueWaitMs: number;
}

export const DEFAULT_SLOT_LIMITS: SlotLimits = { maxInFlight: 32, queueMax: 256, queueWaitMs: 1000 };

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Bounds the queries in flight to Neo4j. `acquire` resolves with a release function once a slot
 * is free, or rejects with DatabaseBusyError when `queueMax` queries already wait or none frees
 * within `queueWaitMs`. Memory is bounded: at most `queueMax` waiters (a closure and a timer each)
 * are ever held, whatever the number of clients. Slots are granted in arrival order.
 */
export class QuerySlots {
  private inFlight = 0;
  private readonly waiting: Waiter[] = [];
  /** How many queries were refused (for the flood bench and logs). */
  refused = 0;

  constructor(private readonly limits: SlotLimits = DEFAULT_SLOT_LIMITS) {}

  get active(): number {
    return this.inFlight;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Waits at most `waitMs` (default queueWaitMs; a request passes what is left of its budget). */
  acquire(waitMs = this.limits.queueWaitMs): Promise<() => void> {
    if (this.inFlight < this.limits.maxInFlight && this.waiting.length === 0) {
      this.inFlight += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.limits.queueMax) return Promise.reject(this.busy('queue full'));
    return new Promise<() => void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => { clearTimeout(waiter.timer); resolve(this.releaser()); },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(waiter);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(this.busy(`no query slot within ${waitMs} ms`));
        }, waitMs),
      };
      waiter.timer.unref?.();
      this.waiting.push(waiter);
    });
  }

  /** A release function that frees its slot once, however often it is called. */
  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so inFlight never dips and overshoots.
      if (next) next.grant();
      else this.inFlight -= 1;
    };
  }

  private busy(why: string): DatabaseBusyError {
    this.refused += 1;
    return new DatabaseBusyError(`The graph database is busy (${why}); try again shortly`);
  }
}
