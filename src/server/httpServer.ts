import { createServer, type Server } from 'node:http';
import type { Express } from 'express';
import type { ServiceLimits } from '../config/config.js';

/**
 * How often Node checks open connections against headersTimeout and requestTimeout. Node's
 * default (30 s) would let a slow client keep its socket up to 30 s past its timeout.
 */
const CONNECTIONS_CHECK_MS = 1000;
const LISTEN_BACKLOG = 2048;

/**
 * The HTTP server, with its timeouts set on purpose so that slow clients (slowloris: headers or
 * a body trickled a byte at a time) cannot hold sockets for long:
 * - headersTimeout (HTTP_HEADERS_TIMEOUT_MS, 10 s): the whole header block must arrive within it,
 *   else Node answers 408 and closes the socket;
 * - requestTimeout (HTTP_REQUEST_TIMEOUT_MS, 30 s): the whole request, body included, likewise.
 *   Only receiving counts: a long admin import still answers after it;
 * - keepAliveTimeout (HTTP_KEEP_ALIVE_TIMEOUT_MS, 5 s): an idle kept-alive socket is closed;
 * - no socket inactivity timeout of its own (`timeout` 0): the query deadline bounds answers.
 * Node imposes no limit on connections, so sockets held by slow clients do not stop others being
 * accepted; they are closed by these timeouts.
 */
export function createHttpServer(app: Express, limits: Pick<ServiceLimits, 'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs'>): Server {
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    // Node requires requestTimeout >= headersTimeout (0 would disable it: never).
    requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs),
    connectionsCheckingInterval: CONNECTIONS_CHECK_MS,
  }, app);
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.timeout = 0;
  return server;
}

/** Starts `server` listening; rejects with a plain message when the port is taken. */
export function listen(server: Server, host: string, port: number): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    // A backlog of 2,048 pending connections (the kernel caps it at net.core.somaxconn): with
    // Node's default 511, a burst of 2,000 connects was partly reset before it was accepted.
    server.listen(port, host, LISTEN_BACKLOG);
    server.once('listening', () => resolvePromise(server));
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use. Stop whatever holds it, or set PORT to a free port.`) : err);
    });
  });
}
