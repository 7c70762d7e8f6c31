import { describe, expect, it } from 'vitest';
import { checkJava } from '../../scripts/java-check.mjs';
import { fakeJavaHome } from '../support/fakeJava.js';

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
