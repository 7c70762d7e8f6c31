import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { coreOperation } from './coreOperations.js';

/**
 * A flood of clients against a running service (issue 12 §2): `clients` GraphQL requests sent at
 * once, while `slow` connections trickle their headers one byte every `slowByteMs` and never
 * finish them (slowloris), and one well-behaved client sends requests one after another. Used
 * by tests/e2e/flood.e2e.test.ts (asserts) and scripts/floodBench.ts (reports, at 2,000 / 200).
 */
export interface FloodOptions {
  clients: number;
  slow: number;
  slowByteMs: number;
  /** A request with no answer after this long counts as hung (and is abandoned). */
  guardMs: number;
}

export interface Answer {
  status: number | null;
  codes: string[];
  retryAfter: string | undefined;
  ms: number;
  /** When the connection was made, ms after the request was sent (undefined: never connected). */
  connectedMs?: number | undefined;
  failure?: string;
}

export interface FloodReport {
  answers: Answer[];
  /** The well-behaved client's answers, sent while the slow connections were open. */
  probe: Answer[];
  /** Slow connections the server closed before the end, and how many of those it answered 408. */
  slowClosed: number;
  slowAnswered408: number;
  /** How long the slowest slow connection was held open by the server, in ms. */
  slowHeldMaxMs: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  /** This process's own event-loop delay during the flood (perf_hooks), in ms: a lagging load
   * generator would make the service look slower than it is. */
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

/** POSTs the i-th core operation; resolves (never rejects) with what came back. */
export function ask(url: string, i: number, guardMs: number): Promise<Answer> {
  const op = coreOperation(i);
  const body = JSON.stringify({ query: op.query, variables: op.variables });
  const t0 = Date.now();
  let connectedMs: number | undefined;
  return new Promise<Answer>((resolve) => {
    const req = request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: guardMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        let codes: string[] = [];
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: Array<{ extensions?: { code?: string } }> };
          codes = (parsed.errors ?? []).map((e) => String(e.extensions?.code));
        } catch {
          codes = ['(not JSON)'];
        }
        const retryAfter = res.headers['retry-after'];
        resolve({ status: res.statusCode ?? null, codes, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, ms: Date.now() - t0, connectedMs });
      });
    });
    req.on('socket', (socket) => {
      if (!socket.connecting) connectedMs = Date.now() - t0;
      else socket.once('connect', () => { connectedMs = Date.now() - t0; });
    });
    // Where a hung request stopped: not even connected (the server's accept queue), or unanswered.
    req.on('timeout', () => req.destroy(new Error(connectedMs === undefined ? 'hung before connecting' : 'hung after connecting')));
    req.on('error', (err) => resolve({ status: null, codes: [], retryAfter: undefined, ms: Date.now() - t0, connectedMs, failure: err.message }));
    req.end(body);
  });
}

interface Slow { socket: Socket; openedAt: number; closedAt?: number; got408: boolean; timer?: NodeJS.Timeout }

function slowClient(url: URL, byteMs: number): Slow {
  const slow: Slow = { socket: connect(Number(url.port), url.hostname), openedAt: Date.now(), got408: false };
  const header = `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nX-Trickle: ${'a'.repeat(4000)}`;
  let at = 0;
  slow.socket.on('connect', () => {
    slow.timer = setInterval(() => { if (!slow.socket.destroyed) slow.socket.write(header[at++ % header.length]!); }, byteMs);
  });
  slow.socket.on('data', (d: Buffer) => { if (d.toString('latin1').startsWith('HTTP/1.1 408')) slow.got408 = true; });
  slow.socket.on('error', () => undefined);
  slow.socket.on('close', () => { slow.closedAt = Date.now(); clearInterval(slow.timer); });
  return slow;
}

/** Runs the flood against `url` (the service's base URL) and reports what every client got. */
export async function flood(url: string, o: FloodOptions): Promise<FloodReport> {
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => { rssPeakMb = Math.max(rssPeakMb, process.memoryUsage().rss / 2 ** 20); }, 50);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const slows = Array.from({ length: o.slow }, () => slowClient(new URL(url), o.slowByteMs));
  try {
    const answers = await Promise.all(Array.from({ length: o.clients }, (_, i) => ask(url, i, o.guardMs)));
    // The burst is over; the slow connections are still trickling: a normal client must be served.
    const probe: Answer[] = [];
    for (let i = 0; i < 5; i += 1) probe.push(await ask(url, i, o.guardMs));
    // Wait for the server to drop the slow connections (its headersTimeout), up to the guard.
    const until = Date.now() + o.guardMs;
    while (slows.some((s) => s.closedAt === undefined) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    return {
      answers,
      probe,
      slowClosed: slows.filter((s) => s.closedAt !== undefined).length,
      slowAnswered408: slows.filter((s) => s.got408).length,
      slowHeldMaxMs: Math.max(0, ...slows.map((s) => (s.closedAt ?? Date.now()) - s.openedAt)),
      rssBeforeMb,
      rssPeakMb,
      loopDelayMaxMs: Math.round(loop.max / 1e6),
      loopDelayP99Ms: Math.round(loop.percentile(99) / 1e6),
    };
  } finally {
    clearInterval(sampler);
    loop.disable();
    for (const s of slows) { clearInterval(s.timer); s.socket.destroy(); }
  }
}

/** Counts of `xs` by `key`, as a plain object sorted by key (for reports). */
export function tally<T>(xs: readonly T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
