import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from './errorCodes.js';

/** What a client is told about a request the HTTP layer refused, by body-parser's error type. */
const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.too.large': 'The request body is larger than the 100 kB limit.',
  'charset.unsupported': 'Unsupported charset; send application/json in UTF-8.',
  'encoding.unsupported': 'Unsupported content encoding.',
  'request.aborted': 'The request was aborted.',
  'request.size.invalid': 'The request body does not match its Content-Length.',
};

/**
 * The last middleware: answers any error that reached Express (a body that is not JSON, too
 * large, in an unknown charset…) as a GraphQL-shaped JSON error with a documented code. Without
 * it Express's default handler answered with an HTML page holding the error's stack trace
 * (file paths under node_modules) whenever NODE_ENV was not `production`.
 */
export function httpErrorHandler(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(err);
    return;
  }
  const e = (err ?? {}) as { status?: unknown; statusCode?: unknown; type?: unknown; message?: unknown };
  const raw = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  const status = raw >= 400 && raw < 600 ? raw : 500;
  if (status >= 500) {
    process.stderr.write(`[campaign-graph] internal HTTP error: ${typeof e.message === 'string' ? e.message : String(err)}\n`);
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    return;
  }
  const message = (typeof e.type === 'string' && MESSAGES[e.type]) || 'The request could not be read.';
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
}
