import { resolve } from 'node:path';
import { repoRoot } from './repoRoot.js';

/** Where the database is: an embedded JVM we start, or a server someone else runs. */
export type DatabaseTarget =
  | { mode: 'embedded'; boltPort: number; dataDir: string; pagecacheMb: number; heapMb: number; txMemoryMb: number | undefined; password: string | undefined }
  | { mode: 'external'; uri: string; username: string; password: string };

export interface Config {
  host: string;
  port: number;
  database: string;
  queryTimeoutMs: number;
  startupTimeoutMs: number;
  corsOrigins: string[];
  production: boolean;
  adminToken: string | undefined;
  /** Where document texts and documents.yaml live (`<CORPUS_DIR>/corpus`) and their extraction files (`<CORPUS_DIR>/extraction`). */
  corpusDir: string;
  extractionDir: string;
  target: DatabaseTarget;
  limits: ServiceLimits;
}

/** Bounds on work under a flood; the README's Configuration table documents each variable. */
export interface ServiceLimits {
  /** Queries in flight to Neo4j at once, and how many may wait how long for a slot (QuerySlots). */
  maxInFlight: number;
  queueMax: number;
  queueWaitMs: number;
  /** Node's HTTP server timeouts (src/server/httpServer.ts). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** POST /admin/import and POST /admin/documents together, per minute (src/server/rateLimit.ts). */
  adminPerMinute: number;
  /** GraphQL requests being worked on at once, and how many may wait (src/server/admission.ts). */
  httpMaxInFlight: number;
  httpQueueMax: number;
}

export class ConfigError extends Error {}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

/** `<CORPUS_DIR>/corpus` and `<CORPUS_DIR>/extraction`, CORPUS_DIR defaulting to the repository. */
export function corpusPaths(env: NodeJS.ProcessEnv = process.env): { corpusDir: string; extractionDir: string } {
  const root = resolve(repoRoot, env.CORPUS_DIR || '.');
  return { corpusDir: resolve(root, 'corpus'), extractionDir: resolve(root, 'extraction') };
}

/** Given the process environment, returns the validated configuration or throws ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI;
  let target: DatabaseTarget;
  if (uri) {
    if (!env.NEO4J_PASSWORD) throw new ConfigError('NEO4J_URI is set, so NEO4J_PASSWORD must be set too');
    target = { mode: 'external', uri, username: env.NEO4J_USERNAME || 'neo4j', password: env.NEO4J_PASSWORD };
  } else {
    target = {
      mode: 'embedded',
      boltPort: intVar(env, 'EMBEDDED_BOLT_PORT', 7687, 1, 65535),
      dataDir: resolve(repoRoot, env.DATA_DIR || '.data'),
      pagecacheMb: intVar(env, 'EMBEDDED_PAGECACHE_MB', 256, 16, 65536),
      heapMb: intVar(env, 'EMBEDDED_HEAP_MB', 1024, 256, 65536),
      // Memory one transaction may use; unset, a quarter of the heap (see transactionMemory).
      txMemoryMb: env.EMBEDDED_TX_MEMORY_MB ? intVar(env, 'EMBEDDED_TX_MEMORY_MB', 256, 16, 65536) : undefined,
      password: env.NEO4J_PASSWORD || undefined,
    };
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: intVar(env, 'PORT', 4000, 0, 65535),
    database: env.NEO4J_DATABASE || 'neo4j',
    queryTimeoutMs: intVar(env, 'QUERY_TIMEOUT_MS', 5000, 100, 600000),
    startupTimeoutMs: intVar(env, 'STARTUP_TIMEOUT_MS', 120000, 1000, 3600000),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    production: env.NODE_ENV === 'production',
    adminToken: env.ADMIN_TOKEN || undefined,
    // CORPUS_DIR names a directory holding corpus/ and extraction/ (default: the repository), so a
    // deployment keeps ingested documents on durable storage.
    ...corpusPaths(env),
    target,
    limits: {
      maxInFlight: intVar(env, 'QUERY_MAX_IN_FLIGHT', 32, 1, 10000),
      queueMax: intVar(env, 'QUERY_QUEUE_MAX', 256, 0, 100000),
      queueWaitMs: intVar(env, 'QUERY_QUEUE_WAIT_MS', 1000, 0, 60000),
      headersTimeoutMs: intVar(env, 'HTTP_HEADERS_TIMEOUT_MS', 10000, 1000, 600000),
      requestTimeoutMs: intVar(env, 'HTTP_REQUEST_TIMEOUT_MS', 30000, 1000, 3600000),
      keepAliveTimeoutMs: intVar(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5000, 0, 600000),
      adminPerMinute: intVar(env, 'ADMIN_RATE_PER_MINUTE', 10, 1, 10000),
      httpMaxInFlight: intVar(env, 'HTTP_MAX_IN_FLIGHT', 64, 1, 100000),
      httpQueueMax: intVar(env, 'HTTP_QUEUE_MAX', 512, 0, 100000),
    },
  };
}
