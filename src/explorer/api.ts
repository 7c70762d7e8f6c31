/// <reference lib="dom" />
import type { TypedDocumentString } from '../generated/explorer/graphql.js';

/** An answer with errors: the message and the documented `extensions.code` of the first one. */
export class ApiError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

interface Answer<R> {
  data?: R | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Sends one typed operation to the public GraphQL API of this origin (the only thing the
 * explorer calls). Given the operation and its variables, returns its data, or throws an
 * ApiError carrying the API's error code, so the page can say what went wrong.
 */
export async function request<R, V>(operation: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.toString(), variables }),
  });
  const body = (await res.json()) as Answer<R>;
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError(`The API answered HTTP ${res.status} without data.`, undefined);
  return body.data;
}
