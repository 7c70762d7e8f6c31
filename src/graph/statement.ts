import type { ManagedTransaction, Session } from 'neo4j-driver';
import { DatabaseUnavailableError, nonRetriable } from './databaseErrors.js';
import type { DeadlineState } from './deadline.js';
import { toNative } from './toNative.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/**
 * The transaction function of a managed read or write: one statement, its records converted to
 * plain data. `state.running` turns true once a connection is had (the callback only runs then),
 * and false again when an attempt fails, so the deadline can tell QUERY_TIMEOUT from SERVICE_UNAVAILABLE. A memory-limit error is
 * rethrown as non-retriable: retrying a query Neo4j refused for its size only repeats the load.
 * No retry begins once the client-side deadline has passed (the client has had its answer).
 */
export function managedStatement(query: string, params: Params, state: DeadlineState) {
  return async (tx: ManagedTransaction): Promise<Row[]> => {
    if (state.expired) throw new DatabaseUnavailableError('The query was abandoned at its deadline');
    state.running = true;
    try {
      const result = await tx.run(query, params);
      return result.records.map((record) => toNative(record.toObject()) as Row);
    } catch (err) {
      // This attempt is over: until a retry begins, the query is not running (a deadline passing
      // while the driver waits for a new connection means SERVICE_UNAVAILABLE, not QUERY_TIMEOUT).
      state.running = false;
      throw nonRetriable(err);
    }
  };
}

/**
 * Runs one statement in an auto-commit transaction on `session` (the only kind that may hold
 * `CALL { … } IN TRANSACTIONS`), handing each record to `onRow` as it arrives, so a long scan is
 * never held in memory. `timeoutMs` is Neo4j's transaction timeout; the caller's session is under
 * the client-side deadline (GuardedDriver.guarded). `state.running` turns true when Neo4j has
 * accepted the statement (its field names arrived).
 */
export function autoCommitStatement(session: Session, state: DeadlineState, query: string, params: Params, timeoutMs: number, onRow?: (row: Row) => void): Promise<void> {
  return new Promise<void>((resolvePromise, reject) => {
    session.run(query, params, { timeout: timeoutMs }).subscribe({
      onKeys: () => { state.running = true; },
      onNext: (record) => onRow?.(record.toObject()),
      onCompleted: () => resolvePromise(),
      onError: reject,
    });
  });
}
