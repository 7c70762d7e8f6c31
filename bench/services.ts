import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { repoRoot } from '../src/config/repoRoot.js';
import type { Neo4jTarget } from './benchNeo4j.js';

export interface ServiceProcess {
  /** The /graphql endpoint. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Resident set size of a process in MB (Linux /proc), or 0 when unknown. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns peak and mean (MB). */
export function sampleRss(pid: number, everyMs = 100): { stop(): { peakMb: number; meanMb: number; samples: number } } {
  const values: number[] = [];
  const timer = setInterval(() => values.push(rssMb(pid)), everyMs);
  values.push(rssMb(pid));
  return {
    stop() {
      clearInterval(timer);
      values.push(rssMb(pid));
      const seen = values.filter((v) => v > 0);
      return { peakMb: Math.max(0, ...seen), meanMb: Math.round(seen.reduce((s, v) => s + v, 0) / Math.max(1, seen.length)), samples: seen.length };
    },
  };
}

function spawnUntil(args: string[], env: NodeJS.ProcessEnv, ready: RegExp, what: string, timeoutMs = 180_000): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`));
    }, timeoutMs);
    const onData = (d: Buffer): void => {
      output += d.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, match });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code} before it was ready:\n${output.slice(-2000)}`));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolvePromise) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolvePromise();
      });
      child.kill('SIGTERM');
    });
}

const neo4jEnv = (t: Neo4jTarget): Record<string, string> => ({ NEO4J_URI: t.uri, NEO4J_USERNAME: t.username, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database });

/**
 * Our service exactly as deployed: `npm start`'s entry point (src/cli/start.ts) in production
 * mode against the bench database, without the corpus import (SKIP_IMPORT=1), on a free port.
 * The query timeout is raised to 60 s so slow operations are measured rather than cut off.
 */
export async function startOurService(t: Neo4jTarget, nodeArgs: string[] = []): Promise<ServiceProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...neo4jEnv(t), PORT: '0', HOST: '127.0.0.1', SKIP_IMPORT: '1', NODE_ENV: 'production', QUERY_TIMEOUT_MS: '60000' };
  delete env['DATA_DIR'];
  const { child, match } = await spawnUntil([...nodeArgs, 'scripts/run-ts.mjs', 'src/cli/start.ts'], env, /GraphQL at (http:\/\/\S+\/graphql)/, 'the campaign-graph service');
  return { url: match[1]!, pid: child.pid!, stop: stopper(child) };
}

/** The @neo4j/graphql peer (bench/peer/server.ts) on a free port. */
export async function startPeerService(t: Neo4jTarget): Promise<ServiceProcess> {
  const env = { ...process.env, ...neo4jEnv(t), NODE_ENV: 'production' };
  const { child, match } = await spawnUntil(['scripts/run-ts.mjs', '--node-only', 'bench/peer/server.ts'], env, /PEER_READY (http:\/\/\S+)/, 'the @neo4j/graphql peer');
  return { url: match[1]!, pid: child.pid!, stop: stopper(child) };
}
