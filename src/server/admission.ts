import type { NextFunction, Request, Response } from 'express';
import type { ServiceLimits } from '../config/config.js';
import { QuerySlots } from '../graph/querySlots.js';
import { ErrorCode } from './errorCodes.js';
import { RETRY_AFTER_SECONDS } from './retryAfter.js';

/**
 * Admission control for /graphql, before the body is read: at most `httpMaxInFlight` requests
 * are worked on at once (parsed, validated, executed), up to `httpQueueMax` more wait at most
 * QUERY_QUEUE_WAIT_MS, and the rest are answered at once, cheaply, with SERVICE_UNAVAILABLE and
 * `Retry-After` (HTTP 200, the GraphQL error shape, as the Errors table says). Measured need:
 * without it, 2,000 requests at once against one Node process on a loaded 2-core machine
 * (`npm run flood`) were all admitted and interleaved: the database's query slots refused
 * none, yet the median answer took 63 s and 1,146 requests passed a 60 s guard, because the CPU
 * of parsing and executing every request at once, not the database, was the bottleneck.
 */
export function admission(limits: Pick<ServiceLimits, 'httpMaxInFlight' | 'httpQueueMax' | 'queueWaitMs'>) {
  const slots = new QuerySlots({ maxInFlight: limits.httpMaxInFlight, queueMax: limits.httpQueueMax, queueWaitMs: limits.queueWaitMs });
  const middleware = (_req: Request, res: Response, next: NextFunction): void => {
    slots.acquire().then((release) => {
      // Released once, when the answer is sent or the client goes away.
      res.once('finish', release);
      res.once('close', release);
      next();
    }, () => {
      res.status(200).setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.json({ errors: [{ message: 'The service is busy; try again shortly.', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] });
    });
  };
  return Object.assign(middleware, { slots });
}
