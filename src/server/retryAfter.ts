import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errorCodes.js';
import type { RequestContext } from './requestContext.js';

/**
 * Seconds a client is told to wait (HTTP `Retry-After`) before sending again a request that got
 * SERVICE_UNAVAILABLE: the database was busy (every query slot taken and the queue full or too
 * slow, see QuerySlots), restarting, or unreachable. Two seconds is longer than a slot's queue
 * wait and short next to a restart, so a well-behaved client neither hammers nor waits long.
 */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Apollo plugin: a GraphQL response carrying a SERVICE_UNAVAILABLE error gets `Retry-After`.
 * The HTTP status stays 200 (GraphQL over HTTP: the errors are in the body, with their code).
 */
export function retryAfterPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
