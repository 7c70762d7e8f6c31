import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { translateDriverError } from './databaseErrors.js';
import { DEADLINE_MARGIN_MS, requestBudgetLeft, withDeadline, type DeadlineState } from './deadline.js';
import { DEFAULT_SLOT_LIMITS, QuerySlots, type SlotLimits } from './querySlots.js';

export interface DriverOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /**
   * How long the driver retries a transient failure (default: queryTimeoutMs). On a cluster a
   * leader switch or a lost follower is ridden out within the query's own budget; an embedded
   * single JVM has no failover, so a retry there can only meet the same dead JVM (startDatabase
   * passes 1 s).
   */
  maxRetryMs?: number | undefined;
  /** The bound on queries in flight (default DEFAULT_SLOT_LIMITS). */
  slotLimits?: SlotLimits | undefined;
}

/**
 * Holds the neo4j-driver Driver and runs every session under a client-side deadline (the
 * transaction timeout + DEADLINE_MARGIN_MS): Neo4j enforces its own timeout only while it runs,
 * and a frozen server enforces nothing, so without this a request would wait for ever.
 */
export class GuardedDriver {
  current: Driver;
  retired = 0;
  /** One bookmark manager across drivers, so retiring a driver does not forget a write. */
  private readonly bookmarks = neo4j.bookmarkManager();
  /** Queries in flight to Neo4j, bounded; a hung query gives its slot back at its deadline. */
  readonly slots: QuerySlots;

  constructor(private readonly options: DriverOptions) {
    this.current = this.newDriver();
    this.slots = new QuerySlots(options.slotLimits ?? DEFAULT_SLOT_LIMITS);
  }

  private newDriver(): Driver {
    const { uri, username, password, queryTimeoutMs } = this.options;
    return neo4j.driver(uri, neo4j.auth.basic(username, password), {
      // Fail fast while the database is away: callers get SERVICE_UNAVAILABLE, not a hang.
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: Math.max(queryTimeoutMs, 3000),
      // Retries of a transient failure (a leader switch, a deadlock, a dropped connection) last at
      // most the query's own budget: its answer is due by then anyway (README, "Retries"), and
      // managedStatement starts no retry after the deadline.
      maxTransactionRetryTime: Math.min(this.options.maxRetryMs ?? queryTimeoutMs, queryTimeoutMs),
      disableLosslessIntegers: false,
      userAgent: 'campaign-graph/0.1',
    });
  }

  /**
   * A query on `used` passed its client-side deadline: its connection is hung, and so may be
   * every other connection in that pool. The driver is replaced (once per hang: only if `used`
   * is still current) so no later query borrows a hung connection; the old one is closed in the
   * background, which finishes when the server answers again or its sockets die.
   */
  private retire(used: Driver): void {
    if (used !== this.current) return;
    this.current = this.newDriver();
    this.retired += 1;
    used.close().catch(() => undefined);
  }

  /**
   * Runs `work` on a fresh session under the client-side deadline `timeoutMs` + margin, holding
   * one query slot (waiting for one first, see QuerySlots) unless `unlimited` (the /ready ping,
   * which must report on Neo4j, not on our own queue).
   */
  async guarded<T>(mode: 'READ' | 'WRITE', timeoutMs: number, work: (session: Session, state: DeadlineState) => Promise<T>, unlimited = false): Promise<T> {
    const left = requestBudgetLeft();
    const release = unlimited ? () => undefined : await this.slots.acquire(Math.min(this.options.slotLimits?.queueWaitMs ?? DEFAULT_SLOT_LIMITS.queueWaitMs, left ?? Infinity));
    try {
      return await this.onSession(mode, timeoutMs, work);
    } finally {
      release();
    }
  }

  private async onSession<T>(mode: 'READ' | 'WRITE', timeoutMs: number, work: (session: Session, state: DeadlineState) => Promise<T>): Promise<T> {
    const used = this.current;
    // The shared bookmark manager chains every session's bookmarks, so on a cluster a read
    // after an import or ingest (through this boundary) waits until its server has that write.
    const session = used.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    const state: DeadlineState = { running: false };
    let expired = false;
    try {
      // Within an API request, never past what is left of the request's budget (deadline.ts).
      const ms = Math.min(timeoutMs + DEADLINE_MARGIN_MS, requestBudgetLeft() ?? Infinity);
      return await withDeadline(work(session, state).catch((err: unknown) => { throw translateDriverError(err); }), ms, state, () => {
        expired = true;
        this.retire(used);
      });
    } finally {
      // A hung session's close would hang too: it is left to the retired driver.
      if (expired) session.close().catch(() => undefined);
      else await session.close().catch(() => undefined);
    }
  }
}
