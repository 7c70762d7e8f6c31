// `npm run flood [-- --clients N] [--slow N]`: the flood of issue 12 §2 at full size. Starts the
// service as its own process, as `npm start` runs it (`node scripts/run-ts.mjs --built
// src/cli/start.ts`: embedded Neo4j in a temporary DATA_DIR, the corpus imported, the default
// limits of the Configuration table unless the environment sets them), so this process's load
// generator does not share the service's event loop, with scripts/loopProbe.mjs loaded to report
// that loop's delay each second; then sends 2,000 GraphQL requests at once while 200 connections trickle their
// headers (scripts/flood.ts), and prints what came back: answers by status and code,
// Retry-After, latency, how the server dealt with the slow connections, and the service
// process's RSS (VmRSS, sampled), and both processes' event-loop delay (a stalled loop, not the
// code, is what a CPU-starved machine shows). Exits 1 if any request hung, failed or got anything but data,
// SERVICE_UNAVAILABLE with Retry-After, or QUERY_TIMEOUT.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config/config.js';
import { freePort } from '../src/embedded/portCheck.js';
import { flood, tally, type Answer } from './flood.js';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const n = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number`);
  return n;
}

async function main(): Promise<number> {
  const clients = arg('--clients', 2000);
  const slow = arg('--slow', 200);
  const dataDir = mkdtempSync(join(tmpdir(), 'campaign-graph-flood-'));
  const env = { ...process.env, DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: String(await freePort()), PORT: String(await freePort()) };
  const config = loadConfig(env);
  const loopLines: LoopSample[] = [];
  const service = await startChild(env, loopLines);
  const url = `http://127.0.0.1:${env.PORT}`;
  let rssPeak = 0;
  const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, rssMb(service.pid)); }, 100);
  try {
    const rssBefore = rssMb(service.pid);
    const t0 = Date.now();
    const r = await flood(url, { clients, slow, slowByteMs: 500, guardMs: 60_000 });
    const ms = r.answers.map((a) => a.ms);
    // Answered means HTTP 200 with data, SERVICE_UNAVAILABLE with Retry-After, or QUERY_TIMEOUT (a
    // documented code: the query met its deadline); anything else, or no answer, fails the run.
    const refused = r.answers.filter((a) => a.status === 200 && a.codes.length > 0 && a.codes.every((c) => c === 'SERVICE_UNAVAILABLE'));
    const answered = (a: Answer): boolean => a.status === 200 && (a.codes.every((c) => c === 'QUERY_TIMEOUT') || (refused.includes(a) && a.retryAfter !== undefined));
    const bad = r.answers.filter((a) => !answered(a));
    const data = r.answers.filter((a) => a.status === 200 && a.codes.length === 0).length;
    console.log(JSON.stringify({
      clients, slow, limits: config.limits, wallMs: Date.now() - t0, data,
      answers: tally(r.answers, (a) => `${a.status ?? a.failure} ${a.codes.join(',') || 'data'}`),
      retryAfter: tally(r.answers.filter((a) => a.codes.length > 0), (a) => String(a.retryAfter)),
      latencyMs: { p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), max: quantile(ms, 1) },
      refusalLatencyMs: { p50: quantile(refused.map((a) => a.ms), 0.5), max: quantile(refused.map((a) => a.ms), 1) },
      probeWhileSlowOpen: r.probe.map((a) => (a.codes.length === 0 ? 'data' : a.codes.join(','))),
      slowClosedByServer: r.slowClosed, slowAnswered408: r.slowAnswered408, slowHeldMaxMs: r.slowHeldMaxMs,
      connectMs: { p50: quantile(r.answers.flatMap((a) => a.connectedMs ?? []), 0.5), max: quantile(r.answers.flatMap((a) => a.connectedMs ?? []), 1) },
      serviceRssMb: { before: rssBefore, peak: rssPeak, after: rssMb(service.pid) },
      loadGeneratorRssMb: { before: Math.round(r.rssBeforeMb), peak: Math.round(r.rssPeakMb) },
      serviceLoopDelayMs: loopReport(loopLines.filter((l) => l.at >= t0)),
      loadGeneratorLoopDelayMs: { max: r.loopDelayMaxMs, p99: r.loopDelayP99Ms },
    }, null, 2));
    return bad.length > 0 ? 1 : 0;
  } finally {
    clearInterval(sampler);
    const exited = new Promise((r) => service.once('exit', r));
    service.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface LoopSample { at: number; max: number; p99: number }

/** The service's loop delay over the flood: its worst second, and each second's worst, in order. */
function loopReport(samples: LoopSample[]): { max: number; medianOfSecondsP99: number; perSecondMax: number[] } {
  return { max: Math.max(0, ...samples.map((l) => l.max)), medianOfSecondsP99: quantile(samples.map((l) => l.p99), 0.5), perSecondMax: samples.map((l) => l.max) };
}

function quantile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/**
 * Starts the service and resolves once it prints its ready line (as scripts/soak.ts does); the
 * probe's `[loop]` lines go to `loop` instead of this process's stderr.
 */
function startChild(env: NodeJS.ProcessEnv, loop: LoopSample[]): Promise<ChildProcess> {
  const args = ['--import', './scripts/loopProbe.mjs', 'scripts/run-ts.mjs', '--built', 'src/cli/start.ts'];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    let partial = '';
    child.stderr!.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        const m = /^\[loop\] (\d+) max (\d+) p99 (\d+)$/.exec(line);
        if (m) loop.push({ at: Number(m[1]), max: Number(m[2]), p99: Number(m[3]) });
        else {
          output += `${line}\n`;
          process.stderr.write(`${line}\n`);
        }
      }
      if (/ready \(health: /.test(output)) resolvePromise(child);
    });
    child.once('exit', (code) => reject(new Error(`the service exited (code ${code}) before it was ready`)));
  });
}

/** VmRSS of a process in MiB (0 once it has gone). */
function rssMb(pid: number | undefined): number {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024);
  } catch {
    return 0;
  }
}

main().then((code) => process.exit(code), (err: unknown) => {
  process.stderr.write(`flood: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
