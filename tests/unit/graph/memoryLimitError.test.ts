import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { nonRetriable, QueryMemoryLimitError, QueryTimeoutError, translateDriverError } from '../../../src/graph/databaseErrors.js';
import { formatError } from '../../../src/server/errorCodes.js';

// The one error translation module: Neo4j's memory-limit refusals (transient errors, which the
// driver would retry) become QueryMemoryLimitError, answered as QUERY_TOO_LARGE with a message
// that names no database internals. tests/integration/memoryLimit.int.test.ts meets the real one.
describe('a query refused for its memory', () => {
  const pool = new Neo4jError('The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 255.0 MiB. db.memory.transaction.max threshold reached', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '', '');

  it('translates to QueryMemoryLimitError, keeping the cause for the log', () => {
    const err = translateDriverError(pool);
    expect(err).toBeInstanceOf(QueryMemoryLimitError);
    expect((err as Error).cause).toBe(pool);
  });

  it('is made non-retriable inside a transaction function; other errors are left for the driver', () => {
    expect(nonRetriable(pool)).toBeInstanceOf(QueryMemoryLimitError);
    const deadlock = new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '', '');
    expect(nonRetriable(deadlock)).toBe(deadlock);
    const timeout = new QueryTimeoutError('slow');
    expect(nonRetriable(timeout)).toBe(timeout);
  });

  it('answers QUERY_TOO_LARGE with a masked message', () => {
    const original = new QueryMemoryLimitError('x', { cause: pool });
    // What Apollo hands formatError once unwrapped: the resolver's own error.
    const out = formatError({ message: 'x', path: ['paths'] }, original);
    expect(out.extensions?.code).toBe('QUERY_TOO_LARGE');
    expect(out.message).not.toMatch(/neo|db\.memory|MiB/i);
    expect(out.path).toEqual(['paths']);
  });
});
