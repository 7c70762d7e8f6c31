import { graphql } from './testService.js';

export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; argumentName?: string; stacktrace?: unknown; [key: string]: unknown };
}

/** The service's answer to one POST: HTTP status, data and errors. */
export interface Answer<T> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLErrorBody[] | undefined;
}

/** POSTs an operation and returns the status, data and errors as they came. */
export async function ask<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const { status, body } = await graphql(url, query, variables);
  return { status, data: body.data as T | null | undefined, errors: body.errors as GraphQLErrorBody[] | undefined };
}

/** POSTs an operation that must succeed and returns its data; throws with the errors otherwise. */
export async function query<T>(url: string, text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await ask<T>(url, text, variables);
  if (answer.status !== 200 || answer.errors || !answer.data) {
    throw new Error(`query failed (HTTP ${answer.status}): ${JSON.stringify(answer.errors ?? answer.data)}\n${text}`);
  }
  return answer.data;
}

/** The error codes of an answer, in order. */
export const codesOf = (answer: Answer<unknown>): Array<string | undefined> => (answer.errors ?? []).map((e) => e.extensions?.code);

/** Test services allow slow queries: the machine may be busy, and no test asserts on speed. */
export const SLOW_MACHINE_ENV = { QUERY_TIMEOUT_MS: '60000' } as const;
