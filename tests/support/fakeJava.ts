import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A temporary JAVA_HOME whose bin/java prints `versionLine` to stderr, as `java -version` does;
 * with `null`, an empty directory (no java at all). The caller removes it.
 */
export function fakeJavaHome(versionLine: string | null): string {
  const home = mkdtempSync(join(tmpdir(), 'fake-java-'));
  if (versionLine !== null) {
    mkdirSync(join(home, 'bin'));
    writeFileSync(join(home, 'bin', 'java'), `#!/bin/sh\necho '${versionLine}' >&2\n`);
    chmodSync(join(home, 'bin', 'java'), 0o755);
  }
  return home;
}
