import type { Config } from '../config/config.js';
import { Database } from '../graph/database.js';
import { waitForDatabase } from '../graph/waitForDatabase.js';
import { EmbeddedNeo4j } from './embeddedNeo4j.js';
import { embeddedPassword } from './password.js';
import { assertPortFree } from './portCheck.js';
import { superviseEmbedded } from './superviseEmbedded.js';

export interface StartedDatabase {
  db: Database;
  /** Present in embedded mode: the child JVM, restarted by a supervisor if it dies. */
  embedded: EmbeddedNeo4j | undefined;
  onRecovered(listener: () => void): void;
  stop(): Promise<void>;
}

/** How many failed restarts in a row the supervisor tries before it gives up (README: Troubleshooting). */
export const MAX_RESTARTS = 5;

/** How long the driver retries a transient failure on the embedded JVM (see DriverOptions.maxRetryMs). */
export const EMBEDDED_MAX_RETRY_MS = 1000;

/**
 * Given the configuration, returns a connected Database: in embedded mode it first starts the
 * child JVM (checking the Bolt port), in external mode it only connects. Either way it waits,
 * with bounded retries, until Neo4j answers.
 */
export async function startDatabase(config: Config, log: (m: string) => void): Promise<StartedDatabase> {
  const target = config.target;
  const recovered: Array<() => void> = [];
  let embedded: EmbeddedNeo4j | undefined;
  let unsupervise = (): void => {};
  let db: Database;
  if (target.mode === 'embedded') {
    await assertPortFree('127.0.0.1', target.boltPort, 'EMBEDDED_BOLT_PORT');
    const password = embeddedPassword(target.dataDir, target.password);
    embedded = new EmbeddedNeo4j({
      ...target,
      password,
      txTimeoutSeconds: Math.max(60, Math.ceil(config.queryTimeoutMs / 1000)),
      startupTimeoutMs: config.startupTimeoutMs,
    });
    log(`starting embedded Neo4j (data in ${target.dataDir}, Bolt on 127.0.0.1:${target.boltPort})`);
    const t0 = Date.now();
    await embedded.start();
    log(`embedded Neo4j ready in ${Date.now() - t0} ms (pid ${embedded.pid})`);
    // One JVM, no failover: retrying a failure longer than a second only meets the same dead JVM.
    const database = new Database({ uri: embedded.uri, username: 'neo4j', password, database: config.database, queryTimeoutMs: config.queryTimeoutMs, slotLimits: config.limits, maxRetryMs: EMBEDDED_MAX_RETRY_MS });
    db = database;
    // While the JVM is dead or restarting, queries fail fast (SERVICE_UNAVAILABLE) instead of
    // waiting on a database that cannot answer in time. The gate opens once the restarted JVM is
    // ready and the reads served so far have been planned again; `exits` makes sure a JVM that
    // dies again during that warm-up keeps it closed.
    let exits = 0;
    const onExit = (): void => {
      exits += 1;
      database.markUnavailable('the embedded Neo4j is restarting');
    };
    embedded.on('exit', onExit);
    const onRestarted = (): void => {
      const at = exits;
      const t0 = Date.now();
      void database.warmUp().then((n) => {
        if (exits !== at) return;
        log(`warmed up ${n} queries in ${Date.now() - t0} ms`);
        database.markAvailable();
        recovered.forEach((f) => f());
      });
    };
    const stopSupervising = superviseEmbedded(embedded, { maxRestarts: MAX_RESTARTS, log, onRestarted });
    const jvm = embedded;
    unsupervise = () => {
      stopSupervising();
      jvm.off('exit', onExit);
    };
  } else {
    db = new Database({ uri: target.uri, username: target.username, password: target.password, database: config.database, queryTimeoutMs: config.queryTimeoutMs, slotLimits: config.limits });
  }
  try {
    await waitForDatabase(db, target.mode === 'embedded' ? 30000 : config.startupTimeoutMs, log);
  } catch (err) {
    unsupervise();
    await db.close();
    await embedded?.stop();
    throw err;
  }
  return {
    db,
    embedded,
    onRecovered: (listener) => recovered.push(listener),
    async stop() {
      unsupervise();
      await db.close();
      await embedded?.stop();
    },
  };
}
