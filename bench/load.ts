/** Latency and throughput of one operation at a fixed concurrency, bounded in count and time. */

export interface LatencyStats {
  concurrency: number;
  requests: number;
  errors: number;
  firstError?: string;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Completed requests per second over the run's wall time. */
  throughput: number;
  wallMs: number;
}

export interface LoadOptions {
  concurrency: number;
  /** At most this many measured requests… */
  requests: number;
  /** …and no new request after this many milliseconds. */
  maxMs: number;
  /** Unmeasured requests first, one at a time (JIT, plan cache, page cache). */
  warmup?: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * Calls `call(i)` for i = 0, 1, … from `concurrency` workers at once until `requests` calls
 * or `maxMs` have passed; `call` throws to report an error. Returns latency percentiles (ms).
 */
export async function runLoad(call: (i: number) => Promise<void>, o: LoadOptions): Promise<LatencyStats> {
  for (let i = 0; i < (o.warmup ?? 0); i++) {
    await call(i).catch(() => {});
  }
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const start = performance.now();
  const deadline = start + o.maxMs;
  const worker = async (): Promise<void> => {
    while (next < o.requests && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      try {
        await call(i);
        latencies.push(performance.now() - t0);
      } catch (err) {
        errors += 1;
        firstError ??= (err as Error).message.slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return summarise(o.concurrency, latencies, errors, firstError, performance.now() - start);
}

/** POSTs a GraphQL operation; throws on a non-200 answer or any GraphQL error. */
export async function postGraphql(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (res.status !== 200 || body.errors?.length) {
    const e = body.errors?.[0];
    throw new Error(`HTTP ${res.status}: ${e ? `${e.extensions?.code ?? ''} ${e.message}` : JSON.stringify(body).slice(0, 200)}`);
  }
  return body.data;
}

function summarise(concurrency: number, latencies: number[], errors: number, firstError: string | undefined, wallMs: number): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    concurrency,
    requests: latencies.length,
    errors,
    ...(firstError ? { firstError } : {}),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length)),
    max: round(sorted.at(-1) ?? 0),
    throughput: Math.round((latencies.length / Math.max(1, wallMs)) * 1000 * 10) / 10,
    wallMs: Math.round(wallMs),
  };
}

/**
 * Concurrency 1 for several ways at once, interleaved: request i of every way runs before
 * request i + 1 of any, in an order that rotates with i. Whatever else loads the machine then
 * slows every way alike, so their ratios hold even when absolute times do not. Throughput is
 * requests per second of the way's own time.
 */
export async function runInterleaved<K extends string>(calls: Record<K, (i: number) => Promise<void>>, o: { requests: number; maxMs: number }): Promise<Record<K, LatencyStats>> {
  const keys = Object.keys(calls) as K[];
  const state = Object.fromEntries(keys.map((k) => [k, { latencies: [] as number[], errors: 0, firstError: undefined as string | undefined }])) as Record<K, { latencies: number[]; errors: number; firstError: string | undefined }>;
  const deadline = performance.now() + o.maxMs;
  for (let i = 0; i < o.requests && performance.now() < deadline; i++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(i + j) % keys.length]!;
      const t0 = performance.now();
      try {
        await calls[k](i);
        state[k].latencies.push(performance.now() - t0);
      } catch (err) {
        state[k].errors += 1;
        state[k].firstError ??= (err as Error).message.slice(0, 300);
      }
    }
  }
  return Object.fromEntries(keys.map((k) => {
    const s = state[k];
    return [k, summarise(1, s.latencies, s.errors, s.firstError, s.latencies.reduce((a, b) => a + b, 0))];
  })) as Record<K, LatencyStats>;
}
