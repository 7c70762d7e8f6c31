import neo4j, { type Driver } from 'neo4j-driver';
import { translateDriverError } from './databaseErrors.js';
import { toNative } from './toNative.js';

export type Row = Record<string, unknown>;

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, SKIP and range() refuse; whole
 * numbers are therefore sent as Cypher integers, deeply through lists and maps.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

/**
 * The single boundary to neo4j-driver. Every query goes through `read` or `write`, which
 * apply the transaction timeout, convert values with `toNative`, and translate driver errors.
 * `queryCount` counts round trips, so tests can assert how many queries an operation sends.
 */
export class Database {
  readonly driver: Driver;
  queryCount = 0;

  constructor(readonly options: DatabaseOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      // Fail fast while the database is away: callers get SERVICE_UNAVAILABLE, not a hang.
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: Math.max(options.queryTimeoutMs, 3000),
      maxTransactionRetryTime: 1000,
      disableLosslessIntegers: false,
      userAgent: 'campaign-graph/0.1',
    });
  }

  read(query: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run(query, params, neo4j.routing.READ, timeoutMs);
  }

  write(query: string, params: Params = {}, timeoutMs?: number): Promise<Row[]> {
    return this.run(query, params, neo4j.routing.WRITE, timeoutMs);
  }

  /**
   * Runs `work` in one write transaction: either everything it runs commits, or nothing does.
   * `run` inside it counts and converts like `write`.
   */
  async transaction<T>(work: (run: (query: string, params?: Params) => Promise<Row[]>) => Promise<T>, timeoutMs: number): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx) => {
        const run = async (query: string, params: Params = {}): Promise<Row[]> => {
          this.queryCount += 1;
          const result = await tx.run(query, toCypherParams(params) as Params);
          return result.records.map((record) => toNative(record.toObject()) as Row);
        };
        return work(run);
      }, { timeout: timeoutMs });
    } catch (err) {
      throw translateDriverError(err);
    } finally {
      await session.close();
    }
  }

  /** Resolves when the database answers a trivial query; rejects with a translated error. */
  async ping(timeoutMs = 2000): Promise<void> {
    await this.read('RETURN 1 AS ok', {}, timeoutMs);
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run(query: string, params: Params, routing: 'READ' | 'WRITE', timeoutMs?: number): Promise<Row[]> {
    this.queryCount += 1;
    try {
      const result = await this.driver.executeQuery(query, toCypherParams(params) as Params, {
        database: this.options.database,
        routing,
        transactionConfig: { timeout: timeoutMs ?? this.options.queryTimeoutMs },
      });
      return result.records.map((record) => toNative(record.toObject()) as Row);
    } catch (err) {
      throw translateDriverError(err);
    }
  }
}
