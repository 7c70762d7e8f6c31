import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { DatabaseUnavailableError, nonRetriable } from './databaseErrors.js';
import type { DeadlineState } from './deadline.js';
import { GuardedDriver } from './guardedDriver.js';
import type { QuerySlots, SlotLimits } from './querySlots.js';
import { autoCommitStatement, managedStatement, type Params, type Row } from './statement.js';
import { toCypherParams } from './toCypherParams.js';
import { toNative } from './toNative.js';
import { warmUpReads } from './warmUpReads.js';

export type { Params, Row } from './statement.js';
export { toCypherParams } from './toCypherParams.js';

/** How many distinct reads `warmUp` replays at most (the API sends a few dozen). */
const MAX_WARM_UP = 200;

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  slotLimits?: SlotLimits | undefined;
  /** See DriverOptions.maxRetryMs. */
  maxRetryMs?: number | undefined;
}

/**
 * The single boundary to neo4j-driver. Every query goes through `read` or `write`, which
 * apply the transaction timeout, convert values with `toNative`, and translate driver errors.
 * `queryCount` counts round trips, so tests can assert how many queries an operation sends.
 */
export class Database {
  /** The current driver, replaced when a query on it passed its client-side deadline. */
  private readonly drivers: GuardedDriver;
  queryCount = 0;
  /** Why queries are refused without reaching Neo4j (see `markUnavailable`), or undefined. */
  private unavailable: string | undefined;
  /** The latest parameters of each distinct read, replayed by `warmUp` (bounded: see MAX_WARM_UP). */
  private readonly reads = new Map<string, Params>();

  constructor(readonly options: DatabaseOptions) {
    this.drivers = new GuardedDriver(options);
  }

  get driver(): Driver {
    return this.drivers.current;
  }

  /** How many drivers were retired because a query on them hung (for tests and logs). */
  get retiredDrivers(): number { return this.drivers.retired; }

  /** The bound on queries in flight (see QuerySlots): how many run, wait, and were refused. */
  get slots(): QuerySlots { return this.drivers.slots; }

  private guarded<T>(mode: 'READ' | 'WRITE', timeoutMs: number, work: (session: Session, state: DeadlineState) => Promise<T>): Promise<T> {
    return this.drivers.guarded(mode, timeoutMs, work);
  }

  async read(query: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    const rows = await this.run(query, params, neo4j.routing.READ, timeoutMs);
    // Only reads that succeeded are replayed: never one that ran past its timeout.
    if (this.reads.has(query) || this.reads.size < MAX_WARM_UP) this.reads.set(query, params);
    return rows;
  }

  write(query: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run(query, params, neo4j.routing.WRITE, timeoutMs);
  }

  /**
   * Runs `work` in one write transaction: either everything it runs commits, or nothing does.
   * `run` inside it counts and converts like `write`.
   */
  async transaction<T>(work: (run: (query: string, params?: Params) => Promise<Row[]>) => Promise<T>, timeoutMs: number): Promise<T> {
    this.assertAvailable();
    let abandoned = false;
    try {
      return await this.guarded('WRITE', timeoutMs, (session, state) => session.executeWrite(async (tx) => {
        state.running = true;
        const run = async (query: string, params: Params = {}): Promise<Row[]> => {
          // Past the deadline the client has been told it failed: nothing more may commit.
          if (abandoned || state.expired) throw new DatabaseUnavailableError('The transaction was abandoned at its deadline');
          this.queryCount += 1;
          const result = await tx.run(query, toCypherParams(params) as Params).catch((err: unknown) => { state.running = false; throw nonRetriable(err); });
          return result.records.map((record) => toNative(record.toObject()) as Row);
        };
        const out = await work(run);
        if (abandoned || state.expired) throw new DatabaseUnavailableError('The transaction was abandoned at its deadline');
        return out;
      }, { timeout: timeoutMs }));
    } catch (err) {
      abandoned = true;
      throw err;
    }
  }

  /** Resolves when the database answers a trivial query; rejects with a translated error. */
  async ping(timeoutMs = 2000): Promise<void> {
    this.queryCount += 1;
    this.assertAvailable();
    // Outside the query slots: /ready reports whether Neo4j answers, not whether we are busy.
    await this.drivers.guarded('READ', timeoutMs, (session, state) => session.executeRead(managedStatement('RETURN 1 AS ok', {}, state), { timeout: timeoutMs }), true);
  }

  /**
   * From now on every query fails at once with DatabaseUnavailableError, without touching the
   * driver: the embedded JVM has died and is restarting (recovering, planning cold), so waiting
   * on it would only end in QUERY_TIMEOUT. `markAvailable` ends this.
   */
  markUnavailable(reason: string): void {
    this.unavailable = reason;
  }

  markAvailable(): void {
    this.unavailable = undefined;
  }

  get available(): boolean {
    return this.unavailable === undefined;
  }

  /** Replays the reads this Database has served, to warm a restarted Neo4j (see warmUpReads). */
  warmUp(budgetMs = 30_000, passes = 3): Promise<number> {
    return warmUpReads(this.reads, (mode, timeout, work) => this.guarded(mode, timeout, work), { queryTimeoutMs: this.options.queryTimeoutMs, budgetMs, passes });
  }

  /**
   * Runs one statement in an auto-commit transaction under the client-side deadline: the only
   * kind of transaction that may hold `CALL { … } IN TRANSACTIONS`, and (with `onRow`) a scan
   * streamed record by record instead of held. Counts as one round trip. Bulk callers (imports,
   * derivation) pass their own, longer `timeoutMs`.
   */
  async autoCommit(query: string, params: Params, o: { mode: 'READ' | 'WRITE'; timeoutMs: number; onRow?: (row: Row) => void }): Promise<void> {
    this.queryCount += 1;
    this.assertAvailable();
    const onRow = o.onRow ? (row: Row) => o.onRow?.(toNative(row) as Row) : undefined;
    await this.guarded(o.mode, o.timeoutMs, (session, state) => autoCommitStatement(session, state, query, toCypherParams(params) as Params, o.timeoutMs, onRow));
  }

  private assertAvailable(): void {
    if (this.unavailable !== undefined) throw new DatabaseUnavailableError(`The graph database is unavailable: ${this.unavailable}`);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run(query: string, params: Params, routing: 'READ' | 'WRITE', timeoutMs?: number): Promise<Row[]> {
    this.queryCount += 1;
    this.assertAvailable();
    const timeout = timeoutMs ?? this.options.queryTimeoutMs;
    const cypherParams = toCypherParams(params) as Params;
    return this.guarded(routing, timeout, (session, state) => routing === 'READ'
      ? session.executeRead(managedStatement(query, cypherParams, state), { timeout })
      : session.executeWrite(managedStatement(query, cypherParams, state), { timeout }));
  }
}
