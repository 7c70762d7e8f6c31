import type { EmbeddedNeo4j } from './embeddedNeo4j.js';

export interface SuperviseOptions {
  maxRestarts: number;
  log: (message: string) => void;
  /** Called once the restarted JVM is ready again (for example to mark the service ready). */
  onRestarted?: () => void;
  /** Called when restarts are exhausted; the service keeps answering SERVICE_UNAVAILABLE. */
  onGaveUp?: () => void;
}

const backoffMs = (attempt: number): number => Math.min(1000 * 2 ** attempt, 15000);

/**
 * Restarts the embedded JVM when it dies unexpectedly, at most `maxRestarts` times in a row
 * (a restart that reaches ready resets the count). Returns a function that stops supervising.
 */
export function superviseEmbedded(db: EmbeddedNeo4j, o: SuperviseOptions): () => void {
  let failures = 0;
  let active = true;
  // A JVM that dies during a restart's own startup also emits 'exit'; the loop already running
  // retries it, so a second loop must not start (it would start a second JVM on the same port).
  let restarting = false;
  const restartLoop = async (): Promise<void> => {
    while (active && failures < o.maxRestarts) {
      const wait = backoffMs(failures);
      failures += 1;
      o.log(`embedded Neo4j exited; restart ${failures}/${o.maxRestarts} in ${wait} ms`);
      await new Promise((r) => setTimeout(r, wait));
      if (!active) return;
      try {
        await db.start();
        failures = 0;
        o.log('embedded Neo4j restarted and ready');
        o.onRestarted?.();
        return;
      } catch (err) {
        o.log(`restart failed: ${(err as Error).message}`);
      }
    }
    if (active) {
      o.log(`embedded Neo4j could not be restarted after ${o.maxRestarts} attempts; queries answer SERVICE_UNAVAILABLE`);
      o.onGaveUp?.();
    }
  };
  const restart = async (): Promise<void> => {
    restarting = true;
    try {
      await restartLoop();
    } finally {
      restarting = false;
    }
  };
  const onExit = (): void => {
    if (active && !restarting) void restart();
  };
  db.on('exit', onExit);
  return () => {
    active = false;
    db.off('exit', onExit);
  };
}
