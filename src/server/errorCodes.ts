import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseUnavailableError, QueryMemoryLimitError, QueryTimeoutError } from '../graph/databaseErrors.js';

/** Every error code the API returns in `extensions.code`; the README documents each one. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  BAD_REQUEST: 'BAD_REQUEST',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A GraphQL error whose code is one of ErrorCode. */
export class GraphQLErrorWithCode extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badUserInput = (message: string, argumentName?: string): GraphQLErrorWithCode =>
  new GraphQLErrorWithCode(message, ErrorCode.BAD_USER_INPUT, argumentName ? { argumentName } : {});

const KNOWN = new Set<string>(Object.values(ErrorCode));
const UNSUPPORTED_OPERATION = /^Schema is not configured to execute (mutation|subscription) operation\.$/;

/**
 * Apollo's formatError: database faults become SERVICE_UNAVAILABLE or QUERY_TIMEOUT, errors we
 * raised keep their code, and everything else is masked so no Neo4j message reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  if (original instanceof DatabaseUnavailableError) {
    return { ...base, message: 'The graph database is unavailable; try again shortly.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  if (original instanceof QueryMemoryLimitError) {
    return { ...base, message: 'The query needed more memory than one query may use, and was stopped; ask for fewer results.', extensions: { code: ErrorCode.QUERY_TOO_LARGE } };
  }
  if (original instanceof QueryTimeoutError) {
    return { ...base, message: 'The query took too long and was stopped.', extensions: { code: ErrorCode.QUERY_TIMEOUT } };
  }
  // graphql-js has no validation rule for an operation type the schema lacks; it refuses a
  // mutation or subscription only when executing, with an error Apollo codes as internal.
  // No resolver ran (no path), so the message is graphql-js's own, not data or database text.
  if (!formatted.path && UNSUPPORTED_OPERATION.test(formatted.message)) {
    return { ...base, message: 'This API is read-only: it has no mutations or subscriptions.', extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _omitted, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // The client sees a masked message; the operator sees the cause in the service log.
  process.stderr.write(`[campaign-graph] internal error at ${formatted.path?.join('.') ?? '?'}: ${(original as Error)?.message ?? String(original)}\n`);
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
