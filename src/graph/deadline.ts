import { AsyncLocalStorage } from 'node:async_hooks';
import { DatabaseUnavailableError, QueryTimeoutError } from './databaseErrors.js';

/**
 * How long past its own transaction timeout a query may take before the client gives up on it.
 * Neo4j enforces the transaction timeout itself, but only at its own check points: a cold plan
 * on a loaded 2-core machine was measured running 1.1 s past a 3 s timeout, so 1 s was too short.
 * Neo4j normally answers well inside this margin;
 * only a server that enforces nothing (a frozen JVM, a partition, a long GC pause) reaches it.
 */
export const DEADLINE_MARGIN_MS = 2000;

/** What a query was doing when its client-side deadline passed. */
export interface DeadlineState {
  /** True once the driver had a connection and the query (or its transaction) had begun. */
  running: boolean;
  /** True once the deadline passed: the driver must not start another retry of the work. */
  expired?: boolean;
}

/**
 * Settles with `work`, or rejects once `ms` have passed: with QueryTimeoutError when the
 * query was running, DatabaseUnavailableError when no connection could be had. `onExpire`
 * runs once, before the rejection, so the caller can abandon the session and its connection
 * (the work promise may still settle later; its outcome is then ignored).
 */
export function withDeadline<T>(work: Promise<T>, ms: number, state: DeadlineState, onExpire: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      state.expired = true;
      try {
        onExpire();
      } finally {
        reject(state.running
          ? new QueryTimeoutError(`The query took too long and was stopped (no answer from Neo4j within ${ms} ms)`)
          : new DatabaseUnavailableError(`The graph database is unavailable (no connection within ${ms} ms)`));
      }
    }, ms);
    timer.unref?.();
    work.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (err: unknown) => { clearTimeout(timer); reject(err); },
    );
  });
}

/**
 * The moment by which the current request must have its answer (epoch ms), carried through
 * every async continuation of that request. A GraphQL operation may send several queries one
 * after another (a resolver, then DataLoader batches for nested fields); each query's own
 * deadline is capped by what is left of the request's, so the request as a whole ends by
 * QUERY_TIMEOUT_MS + 2 s, not that much per query. Outside a request (imports, CLIs, warm-up)
 * there is no budget and each query keeps its own deadline.
 */
const budget = new AsyncLocalStorage<number>();

/** Runs `work` (and everything it starts) under a request budget ending at `endsAt`. */
export function withRequestBudget<T>(endsAt: number, work: () => T): T {
  return budget.run(endsAt, work);
}

/** Milliseconds left of the current request's budget, or undefined outside a request. */
export function requestBudgetLeft(): number | undefined {
  const endsAt = budget.getStore();
  return endsAt === undefined ? undefined : Math.max(0, endsAt - Date.now());
}
