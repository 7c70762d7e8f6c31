import { Neo4jError } from 'neo4j-driver';

/** The database could not be reached (down, restarting, or refusing our credentials). */
export class DatabaseUnavailableError extends Error {
  override readonly name: string = 'DatabaseUnavailableError';
}

/** The query ran past its transaction timeout and was terminated by Neo4j. */
export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
}

/**
 * The query needed more memory than Neo4j lets one transaction (db.memory.transaction.max) or all
 * of them together (db.memory.transaction.total.max) use: Neo4j stopped it alone, so the heap,
 * the JVM and every other query are unharmed. The API answers QUERY_TOO_LARGE.
 */
export class QueryMemoryLimitError extends Error {
  override readonly name = 'QueryMemoryLimitError';
}

/** Neo4j 5.26's codes for a transaction refused for its memory (both are transient errors). */
const MEMORY_CODE = /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|General\.OutOfMemoryError/;

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const AUTH_FAILED = 'Neo.ClientError.Security.Unauthorized';

/**
 * True when `err` (or the driver error it wraps) says Neo4j refused the username and password:
 * retrying cannot help, and each retry counts towards Neo4j's lock-out of the user.
 */
export function isAuthFailure(err: unknown): boolean {
  const cause = err instanceof DatabaseUnavailableError ? err.cause : err;
  return cause instanceof Neo4jError && cause.code === AUTH_FAILED;
}

/**
 * Given anything thrown by neo4j-driver, returns the domain error it means: unavailable,
 * timed out, or the original error (which the API masks as INTERNAL_SERVER_ERROR).
 */
export function translateDriverError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) return err;
  const code = err.code ?? '';
  if (UNAVAILABLE_CODES.has(code) || /connection|ECONNREFUSED|ECONNRESET|closed/i.test(err.message)) {
    return new DatabaseUnavailableError('The graph database is unavailable', { cause: err });
  }
  if (MEMORY_CODE.test(code)) {
    return new QueryMemoryLimitError('The query needed more memory than one query may use, and was stopped', { cause: err });
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new QueryTimeoutError('The query took too long and was stopped', { cause: err });
  }
  return err;
}

/**
 * For errors thrown inside a transaction function: a memory-limit refusal becomes the
 * (non-Neo4jError) QueryMemoryLimitError, which the driver does not retry, because Neo4j marks it
 * transient and rerunning the same heavy query would only repeat the load. Anything else is
 * returned as it was, so the driver keeps retrying what is worth retrying.
 */
export function nonRetriable(err: unknown): unknown {
  return err instanceof Neo4jError && MEMORY_CODE.test(err.code ?? '') ? translateDriverError(err) : err;
}
