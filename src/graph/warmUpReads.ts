import type { Session } from 'neo4j-driver';
import type { DeadlineState } from './deadline.js';
import { managedStatement, type Params } from './statement.js';
import { toCypherParams } from './toCypherParams.js';

/** GuardedDriver.guarded, as the Database lends it (the client-side deadline included). */
export type Guarded = <T>(mode: 'READ' | 'WRITE', timeoutMs: number, work: (session: Session, state: DeadlineState) => Promise<T>) => Promise<T>;

export interface WarmUpOptions {
  queryTimeoutMs: number;
  budgetMs: number;
  passes: number;
}

/**
 * Runs every distinct read in `reads` (with its latest parameters) `passes` times, one after
 * another, ignoring failures; resolves with how many runs succeeded. After a restart Neo4j's plan
 * cache is empty and its JIT cold: measured on a 2-core machine, eight concurrent requests then
 * took 3-11 s each (past a 3 s query timeout) where a warm database answers in well under one;
 * the first sequential pass took 11.6 s, the second 1.7 s, the third 0.7 s, and afterwards the
 * same load stayed under 0.7 s. The caller bypasses `markUnavailable`, so this runs before the
 * gate opens; it stops after `budgetMs` whatever is left. Each run is under the client-side
 * deadline like any query, so a JVM that freezes during warm-up cannot stall it.
 */
export async function warmUpReads(reads: ReadonlyMap<string, Params>, guarded: Guarded, o: WarmUpOptions): Promise<number> {
  const deadline = Date.now() + o.budgetMs;
  let ok = 0;
  for (let pass = 0; pass < o.passes; pass += 1) {
    for (const [query, params] of [...reads]) {
      const left = deadline - Date.now();
      if (left <= 0) return ok;
      const timeout = Math.min(left, Math.max(o.queryTimeoutMs, 5000));
      const cypherParams = toCypherParams(params) as Params;
      // A failed warm-up query is only a cold plan later.
      const done = await guarded('READ', timeout, (session, state) => session.executeRead(managedStatement(query, cypherParams, state), { timeout }))
        .then(() => true, () => false);
      if (done) ok += 1;
    }
  }
  return ok;
}
