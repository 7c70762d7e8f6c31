// Finds the java binary the embedded Neo4j will use and checks its version.
// Given an environment, returns {ok: true, java, major} or {ok: false, message}.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const MIN_JAVA = 17;

export function javaBinary(env) {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

export function checkJava(env) {
  const java = javaBinary(env);
  const install = `Install a Java ${MIN_JAVA}+ JDK (for example: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME to one; or set NEO4J_URI to use an external Neo4j instead of the embedded one.`;
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    return { ok: false, message: `Java was not found (tried ${java}). ${install}` };
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const first = match ? Number(match[1]) : 0;
  const major = first === 1 && match?.[2] ? Number(match[2]) : first;
  if (major < MIN_JAVA) {
    return { ok: false, message: `Java ${major || 'of unknown version'} is too old (${java}); Neo4j 5.26 needs Java ${MIN_JAVA} or newer. ${install}` };
  }
  return { ok: true, java, major };
}
