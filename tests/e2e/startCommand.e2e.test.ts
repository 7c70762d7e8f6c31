import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordFile } from '../../src/embedded/password.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { Database } from '../../src/graph/database.js';
import { fakeJavaHome } from '../support/fakeJava.js';
import { exitOf, isRunning, killAll, parentPid, processRef, processTree, type ProcessRef } from '../support/processes.js';
import { cleanEnv, eventually, runCommand, startCommand, type CommandResult } from '../support/runCommand.js';
import { testDatabase, testNeo4j } from '../support/testNeo4j.js';
import { graphql } from '../support/testService.js';

// The start command as a user runs it: real processes, real ports, a real JVM. Every run gets a
// temporary DATA_DIR and free ports, so the developer's .data, 4000 and 7687 are never touched.

const START = ['scripts/run-ts.mjs', 'src/cli/start.ts'];
const ENTRY_POINTS: Array<[string, string, string[]]> = [
  ['npm start', 'npm', ['start']],
  ['node scripts/run-ts.mjs src/cli/start.ts', 'node', START],
];
const READY = /ready \(health: (http:\/\/\S+)\/health/;
const JVM_READY = /embedded Neo4j ready in \d+ ms \(pid (\d+)\)/;

const temporary: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** The command failed with exit 1 and exactly one plain `campaign-graph:` line, no stack trace. */
function expectOnePlainError(result: CommandResult, ...patterns: Array<RegExp | string>): string {
  const context = `stderr was:\n${result.stderr}`;
  expect(result.code, context).toBe(1);
  const lines = result.stderr.split('\n').filter((line) => line.startsWith('campaign-graph:'));
  expect(lines, context).toHaveLength(1);
  const line = lines[0]!;
  for (const pattern of patterns) {
    if (typeof pattern === 'string') expect(line).toContain(pattern);
    else expect(line).toMatch(pattern);
  }
  expect(result.stderr, context).not.toMatch(/^\s+at /m);
  return line;
}

/** Listens on a free loopback port, as another program holding it would. */
async function holdPort(): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer();
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => resolvePromise());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('start refuses to run without a usable Java, with one line saying what to install', () => {
  it.each(ENTRY_POINTS)('%s: JAVA_HOME without a java binary', async (_name, command, args) => {
    const javaHome = fakeJavaHome(null);
    temporary.push(javaHome);
    const dataDir = join(tempDir('campaign-graph-data-'), 'data');
    const result = await runCommand(command, args, cleanEnv({ JAVA_HOME: javaHome, DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_BOLT_PORT: String(await freePort()) }));
    expectOnePlainError(result, /Java was not found/, javaHome, /Install a Java 17\+ JDK/, 'NEO4J_URI');
    expect(existsSync(dataDir)).toBe(false);
  });

  it.each(ENTRY_POINTS)('%s: JAVA_HOME holding Java 11', async (_name, command, args) => {
    const javaHome = fakeJavaHome('openjdk version "11.0.2" 2019-01-15');
    temporary.push(javaHome);
    const dataDir = join(tempDir('campaign-graph-data-'), 'data');
    const result = await runCommand(command, args, cleanEnv({ JAVA_HOME: javaHome, DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_BOLT_PORT: String(await freePort()) }));
    expectOnePlainError(result, /Java 11 is too old/, /needs Java 17 or newer/, /Install a Java 17\+ JDK/);
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('start refuses a port that is already taken, before any JVM starts', () => {
  it('PORT in use: names the port and PORT', async () => {
    const held = await holdPort();
    try {
      const dataDir = join(tempDir('campaign-graph-data-'), 'data');
      const result = await runCommand('node', START, cleanEnv({ DATA_DIR: dataDir, PORT: String(held.port), EMBEDDED_BOLT_PORT: String(await freePort()) }));
      const line = expectOnePlainError(result, `Port ${held.port} is already in use`, /set PORT to a free port/);
      expect(line).not.toContain('EMBEDDED_BOLT_PORT');
      // No JVM was started: it would have logged, and the data directory would now exist.
      expect(result.stderr).not.toContain('starting embedded Neo4j');
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await held.close();
    }
  });

  it('EMBEDDED_BOLT_PORT in use: names the port and EMBEDDED_BOLT_PORT', async () => {
    const held = await holdPort();
    try {
      const dataDir = join(tempDir('campaign-graph-data-'), 'data');
      const result = await runCommand('node', START, cleanEnv({ DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_BOLT_PORT: String(held.port) }));
      expectOnePlainError(result, `Port ${held.port} is already in use`, /set EMBEDDED_BOLT_PORT to a free port/);
      expect(result.stderr).not.toContain('starting embedded Neo4j');
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await held.close();
    }
  });
});

describe('start against an external Neo4j it cannot use', () => {
  it('unreachable NEO4J_URI: exit 1 naming the URI', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const result = await runCommand('node', START, cleanEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: 'x', STARTUP_TIMEOUT_MS: '3000', PORT: String(await freePort()) }));
    const line = expectOnePlainError(result, 'Could not reach Neo4j', uri, 'NEO4J_URI');
    expect(line).not.toContain('..');
  });

  describe('wrong password', () => {
    const db = testDatabase();
    // Neo4j locks the user for a few seconds after repeated failed logins; later files must not notice.
    afterAll(async () => {
      try {
        await eventually(async () => db.ping().then(() => true, () => false), 60, 500);
      } finally {
        await db.close();
      }
    });

    it('exit 1 saying the credentials were refused (not that Neo4j is unreachable)', async () => {
      const t = testNeo4j();
      const result = await runCommand('node', START, cleanEnv({ NEO4J_URI: t.uri, NEO4J_USERNAME: t.username, NEO4J_PASSWORD: 'not-the-password', STARTUP_TIMEOUT_MS: '3000', PORT: String(await freePort()) }));
      const line = expectOnePlainError(result, t.uri, /refused the username and password/, 'NEO4J_USERNAME', 'NEO4J_PASSWORD');
      expect(line).not.toContain('Could not reach');
      expect(line).not.toContain('..');
    });
  });
});

describe('npm start on a temporary DATA_DIR', () => {
  const dataDir = tempDir('campaign-graph-data-');
  const marker = `marker-${process.pid}-${Date.now()}`;
  const started: ProcessRef[] = [];
  const children: ChildProcess[] = [];
  const readyAfterMs: Record<string, number> = {};
  let boltPort = 0;
  let httpPort = 0;
  let second: Awaited<ReturnType<typeof npmStart>> | undefined;

  beforeAll(async () => {
    boltPort = await freePort();
    httpPort = await freePort();
  });
  afterAll(async () => {
    killAll(started);
    await Promise.all(children.map(exitOf));
    console.log(`npm start, spawn to "ready (health:" line: first run on an empty DATA_DIR ${readyAfterMs.cold} ms, second run ${readyAfterMs.warm} ms`);
  });

  /** Runs `npm start` until its ready line; returns npm, the service's node, its JVM and every process under npm. */
  async function npmStart(which: 'cold' | 'warm') {
    const t0 = Date.now();
    const run = await startCommand('npm', ['start'], cleanEnv({ DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: String(boltPort), PORT: String(httpPort) }), READY);
    readyAfterMs[which] = Date.now() - t0;
    children.push(run.child);
    const npm = processRef(run.child.pid!);
    const tree = processTree(npm);
    started.push(...tree);
    const context = `${run.output()}\nprocesses: ${JSON.stringify(tree)}`;
    // npm runs the service as its direct child (`exec node`, no shell left over), which runs the JVM.
    const nodes = tree.filter((p) => p.command.includes('scripts/run-ts.mjs'));
    expect(nodes, context).toHaveLength(1);
    const node = nodes[0]!;
    expect(parentPid(node), context).toBe(npm.pid);
    const jvmPid = Number(JVM_READY.exec(run.output())?.[1]);
    const jvm = tree.find((p) => p.pid === jvmPid);
    expect(jvm, context).toBeDefined();
    expect(parentPid(jvm!), context).toBe(node.pid);
    return { run, npm, node, jvm: jvm!, tree, url: run.match[1]! };
  }

  /** Resolves once none of `processes` runs; otherwise fails naming the ones left. */
  async function allGone(processes: Array<ProcessRef & { command: string }>): Promise<void> {
    await eventually(() => processes.every((p) => !isRunning(p))).catch(() => {
      throw new Error(`still running: ${JSON.stringify(processes.filter(isRunning))}`);
    });
  }

  function embeddedDb(): Database {
    const password = readFileSync(passwordFile(dataDir), 'utf8').trim();
    return new Database({ uri: `bolt://127.0.0.1:${boltPort}`, username: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 10_000 });
  }

  async function nodeCountOverHttp(url: string): Promise<number> {
    const { status, body } = await graphql(url, '{ status { nodeCount } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return (body.data?.status as { nodeCount: number }).nodeCount;
  }

  it('SIGTERM to npm stops npm, the service, the JVM and every other process under npm, with exit code 0', async () => {
    const { run, npm, node, jvm, tree, url } = await npmStart('cold');
    const db = embeddedDb();
    try {
      await db.write('CREATE (:StartCommandMarker {id: $id})', { id: marker });
    } finally {
      await db.close();
    }
    expect(await nodeCountOverHttp(url)).toBeGreaterThanOrEqual(1);

    const exited = exitOf(run.child);
    process.kill(npm.pid, 'SIGTERM');
    expect(await exited, run.output()).toEqual({ code: 0, signal: null });
    await allGone(tree);
    expect([npm, node, jvm].some(isRunning)).toBe(false);
    expect(run.output()).toContain('SIGTERM received, shutting down');
  });

  it('a second start on the same DATA_DIR still has the data written before the stop', async () => {
    second = await npmStart('warm');
    const db = embeddedDb();
    try {
      const rows = await db.read('MATCH (m:StartCommandMarker {id: $id}) RETURN count(m) AS n', { id: marker });
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
    }
    expect(await nodeCountOverHttp(second.url)).toBeGreaterThanOrEqual(1);
  });

  it('SIGKILL of the service node process: the JVM notices its stdin closing and exits on its own', async () => {
    // The service the previous test started is still running.
    expect(second).toBeDefined();
    const { run, node, jvm, tree } = second!;
    expect(isRunning(node)).toBe(true);
    expect(isRunning(jvm)).toBe(true);
    const underNode = tree.filter((p) => p.pid !== run.child.pid);
    process.kill(node.pid, 'SIGKILL');
    await allGone(underNode);
    expect(isRunning(jvm)).toBe(false);
    await exitOf(run.child);
  });
});
