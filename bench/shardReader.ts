import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResolvedCorpus } from '../src/extraction/resolveCorpus.js';

export interface ShardTimes {
  /** Sum over shards of the time a worker spent in loadCorpus (parse, validate, resolve). */
  parseMs: number;
  /** Time the consumer waited for the next shard: what the parse cost the load in wall time. */
  waitMs: number;
}

type Reply = { index: number; ok: true; corpus: ResolvedCorpus; ms: number } | { index: number; ok: false; message: string };

/**
 * Yields the resolved shards of a generated corpus in manifest order, each read by one of
 * `workers` worker threads (default: the number of cores, at most 2), which read ahead while
 * the consumer writes the previous shard. At most `workers` shards are in flight, plus the one
 * being consumed, so memory is bounded by a few shards whatever the corpus size. `times` is
 * filled in as shards arrive. Workers are ended when the iteration ends or is abandoned.
 */
export async function* readShards(corpusDir: string, shards: readonly string[], times: ShardTimes, o: { workers?: number; log?: (m: string) => void } = {}): AsyncGenerator<ResolvedCorpus> {
  const n = Math.max(1, Math.min(o.workers ?? Math.min(2, cpus().length), shards.length));
  const pool = Array.from({ length: n }, () => new Worker(new URL('./shardWorker.mjs', import.meta.url)));
  const waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  const results = new Map<number, Promise<Reply>>();
  for (const w of pool) {
    w.on('message', (r: Reply) => waiting.get(r.index)?.resolve(r));
    w.on('error', (e) => [...waiting.values()].forEach((x) => x.reject(e)));
  }
  let next = 0;
  const submit = (worker: Worker): void => {
    if (next >= shards.length) return;
    const index = next++;
    results.set(index, new Promise<Reply>((resolve, reject) => waiting.set(index, { resolve, reject })));
    const dir = join(corpusDir, shards[index]!);
    worker.postMessage({ index, corpusDir: join(dir, 'corpus'), extractionDir: join(dir, 'extraction') });
  };
  try {
    // Shard i goes to worker i mod n, so each worker has one shard in flight at a time.
    pool.forEach(submit);
    for (let i = 0; i < shards.length; i++) {
      const t0 = Date.now();
      const reply = await results.get(i)!;
      times.waitMs += Date.now() - t0;
      results.delete(i);
      waiting.delete(i);
      if (!reply.ok) throw new Error(`shard ${shards[i]}: ${reply.message}`);
      times.parseMs += reply.ms;
      o.log?.(`shard ${i + 1}/${shards.length} read in ${reply.ms} ms (waited ${Date.now() - t0} ms)`);
      submit(pool[i % n]!);
      yield reply.corpus;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
