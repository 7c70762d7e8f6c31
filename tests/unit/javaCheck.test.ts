import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJava } from '../../scripts/java-check.mjs';

/** A JAVA_HOME whose bin/java prints the given version banner, as `java -version` does. */
export function fakeJavaHome(versionLine: string | null): string {
  const home = mkdtempSync(join(tmpdir(), 'fake-java-'));
  if (versionLine !== null) {
    mkdirSync(join(home, 'bin'));
    writeFileSync(join(home, 'bin', 'java'), `#!/bin/sh\necho '${versionLine}' >&2\n`);
    chmodSync(join(home, 'bin', 'java'), 0o755);
  }
  return home;
}

describe('checkJava', () => {
  it('accepts the machine Java (17 or newer)', () => {
    const result = checkJava({ ...process.env, JAVA_HOME: '' });
    expect(result.ok).toBe(true);
  });

  it('reports a missing java with what to install', () => {
    const result = checkJava({ JAVA_HOME: fakeJavaHome(null) });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/Java was not found.*Install a Java 17\+ JDK/);
  });

  it('reports Java 11 and Java 1.8 as too old', () => {
    const eleven = checkJava({ JAVA_HOME: fakeJavaHome('openjdk version "11.0.2" 2019-01-15') });
    expect(!eleven.ok && eleven.message).toMatch(/Java 11 is too old/);
    const eight = checkJava({ JAVA_HOME: fakeJavaHome('java version "1.8.0_202"') });
    expect(!eight.ok && eight.message).toMatch(/Java 8 is too old/);
  });
});
