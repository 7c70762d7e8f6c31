import type { Driver } from 'neo4j-driver';

/** The connection pool of a driver: connections lent out now, and idle ones kept for reuse. */
export interface PoolState {
  /** Connections acquired by a session or transaction and not yet given back. */
  borrowed: number;
  idle: number;
  /** Acquisitions waiting for a connection. */
  waiting: number;
}

interface PoolInternals {
  _activeResourceCounts: Record<string, number>;
  _pools: Record<string, { _elements: unknown[] }>;
  _acquireRequests: Record<string, unknown[]>;
}

/**
 * Reads the pool of a direct (bolt://) driver. neo4j-driver 6 has no public pool metrics, so
 * this reads the pool's own bookkeeping (neo4j-driver-core lib/internal/pool/pool.js): every
 * acquire increments `_activeResourceCounts` and every release decrements it. A session that
 * is never closed keeps its connection borrowed, so with no request running, `borrowed` above
 * zero is a leaked session. Throws (rather than answering 0) when the internals have moved, so
 * a driver upgrade cannot turn the leak check into one that always passes.
 */
export function poolState(driver: Driver): PoolState {
  const pool = (driver as unknown as { _connectionProvider?: { _connectionPool?: Partial<PoolInternals> } })._connectionProvider?._connectionPool;
  if (!pool || typeof pool._activeResourceCounts !== 'object' || typeof pool._pools !== 'object' || typeof pool._acquireRequests !== 'object') {
    throw new Error('neo4j-driver pool internals not found (driver upgraded?): update tests/support/driverPool.ts');
  }
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  return {
    borrowed: sum(Object.values(pool._activeResourceCounts)),
    idle: sum(Object.values(pool._pools).map((p) => p._elements.length)),
    waiting: sum(Object.values(pool._acquireRequests).map((r) => r.length)),
  };
}
