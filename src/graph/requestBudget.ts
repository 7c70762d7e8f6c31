import { AsyncLocalStorage } from 'node:async_hooks';

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
