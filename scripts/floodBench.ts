// `npm run flood [-- --clients N] [--slow N]`: the flood of issue 12 §2 at full size. Starts the
// service in this process (embedded Neo4j in a temporary data directory, the corpus imported,
// the default limits of the Configuration table unless the environment sets them), then sends
// 2,000 GraphQL requests at once while 200 connections trickle their headers (scripts/flood.ts),
// and prints what came back: answers by status and code, Retry-After, latency, how the server
// dealt with the slow connections, and the RSS of this process (service and clients together).
// Exits 1 if any request hung, failed or got anything but data or SERVICE_UNAVAILABLE.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config/config.js';
import { freePort } from '../src/embedded/portCheck.js';
import { importCorpusFiles } from '../src/import/importCorpusFiles.js';
import { startService } from '../src/server/startService.js';
import { flood, tally } from './flood.js';

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
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: String(await freePort()), PORT: '0' });
  const service = await startService(config, { log: (m) => process.stderr.write(`${m}\n`), prepare: ({ db }) => importCorpusFiles(db, []), warmUp: true });
  try {
    const t0 = Date.now();
    const r = await flood(service.url, { clients, slow, slowByteMs: 500, guardMs: 60_000 });
    const ms = r.answers.map((a) => a.ms).sort((a, b) => a - b);
    const pct = (p: number): number => ms[Math.min(ms.length - 1, Math.floor(ms.length * p))] ?? 0;
    const bad = r.answers.filter((a) => a.status !== 200 || !a.codes.every((c) => c === 'SERVICE_UNAVAILABLE'));
    const data = r.answers.filter((a) => a.status === 200 && a.codes.length === 0).length;
    console.log(JSON.stringify({
      clients, slow, limits: config.limits, wallMs: Date.now() - t0, data,
      answers: tally(r.answers, (a) => `${a.status ?? a.failure} ${a.codes.join(',') || 'data'}`),
      retryAfter: tally(r.answers.filter((a) => a.codes.length > 0), (a) => String(a.retryAfter)),
      latencyMs: { p50: pct(0.5), p99: pct(0.99), max: pct(1) },
      probeWhileSlowOpen: r.probe.map((a) => (a.codes.length === 0 ? 'data' : a.codes.join(','))),
      slowClosedByServer: r.slowClosed, slowAnswered408: r.slowAnswered408, slowHeldMaxMs: r.slowHeldMaxMs,
      refusedBySlots: service.db.slots.refused,
      rssMb: { before: Math.round(r.rssBeforeMb), peak: Math.round(r.rssPeakMb) },
    }, null, 2));
    return bad.length > 0 ? 1 : 0;
  } finally {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (err: unknown) => {
  process.stderr.write(`flood: ${(err as Error)?.message ?? String(err)}\n`);
  process.exit(1);
});
