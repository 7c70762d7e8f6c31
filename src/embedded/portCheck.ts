import { createServer } from 'node:net';

export class PortInUseError extends Error {
  constructor(readonly port: number, readonly variable: string) {
    super(`Port ${port} is already in use. Stop whatever holds it, or set ${variable} to a free port.`);
  }
}

/** Resolves when `port` can be bound on `host`; rejects with PortInUseError naming `variable` otherwise. */
export async function assertPortFree(host: string, port: number, variable: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'EADDRINUSE' || err.code === 'EACCES' ? new PortInUseError(port, variable) : err);
    });
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolvePromise()));
  });
}

/** Returns a port that was free on 127.0.0.1 a moment ago (for tests and temporary databases). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePromise(port));
    });
  });
}
