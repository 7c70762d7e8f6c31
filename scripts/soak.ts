// `npm run soak [-- URL] [--clients N] [--seconds S]`: holds 32 concurrent clients (by default)
// for 60 s over the core operations (search, campaignedWith, paths, election; see
// coreOperations.ts) against a running service, then reports requests, latency percentiles,
// errors and the service's memory (VmRSS) before and after. Exits 1 on any error.
//
// The URL defaults to http://127.0.0.1:4000. When nothing answers there, the soak starts the
// service itself (`node scripts/run-ts.mjs src/cli/start.ts`, with this environment, so DATA_DIR,
// EMBEDDED_BOLT_PORT and the rest apply; PORT is taken from the URL), waits for its ready line,
// and stops it with SIGTERM at the end. Either way the service's process is found by the port it
// listens on (Linux /proc), and the Neo4j JVM it runs, if any, is reported too.
//
// Traffic goes to the given URL only, which should be a loopback address; the run is bounded in
// time and stops by itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { coreOperation, type CoreOperation } from './coreOperations.js';

interface Options {
  url: string;
  clients: number;
  seconds: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { url: 'http://127.0.0.1:4000', clients: 32, seconds: 60 };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    const value = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a whole number of 1 or more`);
      return n;
    };
    if (a === '--clients') o.clients = value();
    else if (a === '--seconds') o.seconds = value();
    else if (/^https?:\/\//.test(a)) o.url = a.replace(/\/+$/, '');
    else throw new Error(`unknown argument ${a}; usage: npm run soak [-- URL] [--clients N] [--seconds S]`);
  }
  return o;
}

const log = (m: string): void => {
  process.stderr.write(`[soak] ${m}\n`);
};

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Starts the service on the URL's port and resolves once it prints its ready line. */
function startService(url: string): Promise<ChildProcess> {
  const port = new URL(url).port || '80';
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'src/cli/start.ts'], { env: { ...process.env, PORT: port }, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the service did not become ready within 10 minutes:\n${output}`)), 600_000);
    child.stderr!.on('data', (d: Buffer) => {
      output += d.toString();
      if (/ready \(health: /.test(output)) {
        clearTimeout(timer);
        resolvePromise(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (code ${code}) before it was ready:\n${output}`));
    });
  });
}

/** The pid of the process listening on `port`: the socket's inode from /proc/net/tcp*, then the process holding it. */
function pidListeningOn(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines: string[] = [];
    try {
      lines = readFileSync(file, 'utf8').trim().split('\n').slice(1);
    } catch {
      continue;
    }
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      if (f[3] === '0A' && parseInt(f[1]?.split(':')[1] ?? '', 16) === port && f[9]) inodes.add(`socket:[${f[9]}]`);
    }
  }
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (inodes.has(readlinkSync(`/proc/${entry}/fd/${fd}`))) return Number(entry);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return undefined;
}

/** VmRSS of a process in MiB, or undefined when it has gone. */
function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 102.4) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/** The embedded Neo4j JVM started by `pid`, if any. */
function jvmOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('campaigngraph.launcher.Launcher')) return Number(entry);
    } catch {
      // Gone while we looked.
    }
  }
  return undefined;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function soak(o: Options, servicePid: number | undefined): Promise<boolean> {
  const jvmPid = jvmOf(servicePid);
  const before = { service: rssMb(servicePid), jvm: rssMb(jvmPid) };
  let peak = before.service ?? 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(servicePid) ?? 0);
  }, 1000);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  const byOperation = new Map<CoreOperation['name'], number>();
  let errors = 0;
  let next = 0;
  const deadline = Date.now() + o.seconds * 1000;
  const client = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const op = coreOperation(next++);
      const t0 = performance.now();
      let problem: string | undefined;
      try {
        const res = await fetch(`${o.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: op.query, variables: op.variables }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
        if (res.status !== 200 || body.errors || body.data == null) problem = `HTTP ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`;
      } catch (err) {
        problem = `${(err as Error).name}: ${(err as Error).message}`;
      }
      latencies.push(performance.now() - t0);
      byOperation.set(op.name, (byOperation.get(op.name) ?? 0) + 1);
      if (problem) {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(`${op.name}: ${problem}`);
      }
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: o.clients }, client));
  const seconds = (Date.now() - t0) / 1000;
  clearInterval(sampler);
  const after = { service: rssMb(servicePid), jvm: rssMb(jvmPid) };
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (v: number): string => `${v.toFixed(1)} ms`;
  const mb = (v: number | undefined): string => (v === undefined ? 'n/a' : `${v} MiB`);
  console.log(`soak: ${o.clients} clients for ${seconds.toFixed(1)} s against ${o.url}`);
  console.log(`requests ${latencies.length} (${(latencies.length / seconds).toFixed(1)}/s; ${[...byOperation].map(([k, n]) => `${k} ${n}`).join(', ')})`);
  console.log(`latency p50 ${ms(percentile(sorted, 50))}, p90 ${ms(percentile(sorted, 90))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1) ?? NaN)}`);
  console.log(`errors ${errors}`);
  console.log(`service RSS (pid ${servicePid ?? 'unknown'}): before ${mb(before.service)}, peak ${mb(peak || undefined)}, after ${mb(after.service)}`);
  if (jvmPid !== undefined) console.log(`Neo4j JVM RSS (pid ${jvmPid}): before ${mb(before.jvm)}, after ${mb(after.jvm)}`);
  for (const sample of errorSamples) console.log(`  error: ${sample}`);
  return errors === 0;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  let started: ChildProcess | undefined;
  if (!(await answers(o.url))) {
    log(`nothing answers at ${o.url}; starting the service (node scripts/run-ts.mjs src/cli/start.ts)`);
    started = await startService(o.url);
  }
  try {
    const ready = await fetch(`${o.url}/ready`, { signal: AbortSignal.timeout(10_000) });
    if (ready.status !== 200) throw new Error(`${o.url}/ready answered ${ready.status}; is the database up?`);
    const pid = started?.pid ?? pidListeningOn(Number(new URL(o.url).port || 80));
    if (pid === undefined) log('could not find the service process (not Linux, or another user\'s): RSS is not reported');
    return (await soak(o, pid)) ? 0 : 1;
  } finally {
    if (started && started.exitCode === null) {
      const exited = new Promise((r) => started!.once('exit', r));
      started.kill('SIGTERM');
      await exited;
    }
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`soak: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
