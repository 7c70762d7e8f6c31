import { join } from 'node:path';
import { repoRoot } from '../config/repoRoot.js';

export const launcherDir = join(repoRoot, 'neo4j-launcher', 'target');

export interface JvmOptions {
  heapMb: number;
  pagecacheMb: number;
  dataDir: string;
  boltPort: number;
  txTimeoutSeconds: number;
}

/**
 * Given the memory and location settings, returns the java argv for the launcher.
 * The -XX and --add-opens flags are the ones Neo4j's own distribution passes to its JVM.
 */
export function jvmArgs(o: JvmOptions): string[] {
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
