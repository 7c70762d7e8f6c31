/** Prefix of every line the command-line tools print. */
export const log = (message: string): void => {
  process.stderr.write(`[campaign-graph] ${message}\n`);
};

/**
 * Runs a long-lived command: `main` returns a stop function, which runs once on SIGTERM or
 * SIGINT before a zero exit. Any failure prints one plain line (no stack trace) and exits 1.
 */
export function runMain(main: (l: typeof log) => Promise<() => Promise<void>>): void {
  let stop: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received, shutting down`);
    try {
      await stop?.();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // If whatever started us (npm, a shell) dies without passing on a signal, stop too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent exit');
  }, 1000).unref();
  main(log)
    .then((s) => {
      stop = s;
      if (stopping) void s().then(() => process.exit(0));
    })
    .catch((err: unknown) => {
      process.stderr.write(`campaign-graph: ${(err as Error).message ?? String(err)}\n`);
      process.exit(1);
    });
}
