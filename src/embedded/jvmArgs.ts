import { join } from 'node:path';
import { repoRoot } from '../config/repoRoot.js';

export const launcherDir = join(repoRoot, 'neo4j-launcher', 'target');

export interface JvmOptions {
  heapMb: number;
  pagecacheMb: number;
  dataDir: string;
  boltPort: number;
  txTimeoutSeconds: number;
  /** Memory one transaction may use (default: a quarter of the heap); see transactionMemory. */
  txMemoryMb?: number | undefined;
}

/**
 * The transaction memory limits for a heap: one transaction may use `txMemoryMb` (default a
 * quarter of the heap), all of them together half the heap (or `txMemoryMb`, if larger). A query
 * past its limit fails alone with a memory-limit error (QUERY_TOO_LARGE in the API) instead of
 * exhausting the heap and killing the JVM. The rest of the heap is Neo4j's own (plan cache,
 * schema, Bolt buffers); the page cache is off-heap.
 */
export function transactionMemory(heapMb: number, txMemoryMb?: number): { maxMb: number; totalMb: number } {
  const maxMb = txMemoryMb ?? Math.floor(heapMb / 4);
  return { maxMb, totalMb: Math.max(maxMb, Math.floor(heapMb / 2)) };
}

/**
 * Given the memory and location settings, returns the java argv for the launcher.
 * The -XX and --add-opens flags are the ones Neo4j's own distribution passes to its JVM.
 */
export function jvmArgs(o: JvmOptions): string[] {
  const memory = transactionMemory(o.heapMb, o.txMemoryMb);
  return [
    `-Xms${Math.min(256, o.heapMb)}m`,
    `-Xmx${o.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '-Dlog4j2.disable.jmx=true',
    // Read by the launcher's TransactionMemory (system properties: an older launcher ignores them).
    `-Dcampaigngraph.txMemoryMaxMb=${memory.maxMb}`,
    `-Dcampaigngraph.txMemoryTotalMb=${memory.totalMb}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    `${join(launcherDir, 'neo4j-launcher.jar')}:${join(launcherDir, 'lib', '*')}`,
    'campaigngraph.launcher.Launcher',
    '--data-dir', join(o.dataDir, 'neo4j'),
    '--plugin-dir', join(launcherDir, 'plugins'),
    '--port', String(o.boltPort),
    '--pagecache-mb', String(o.pagecacheMb),
    '--tx-timeout-s', String(o.txTimeoutSeconds),
  ];
}
