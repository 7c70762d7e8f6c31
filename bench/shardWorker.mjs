// Worker thread of bench/shardReader.ts: parses, validates and resolves one shard per message
// (loadCorpus), off the main thread, and posts the resolved rows back (structured clone).
// Plain JavaScript because a worker does not inherit the tsx loader run-ts.mjs registers in
// the main thread; it registers its own, then loads the TypeScript sources.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { loadCorpus } = await import('../src/extraction/resolveCorpus.ts');

parentPort.on('message', async (job) => {
  const t0 = Date.now();
  try {
    const corpus = await loadCorpus({ corpusDir: job.corpusDir, extractionDir: job.extractionDir });
    parentPort.postMessage({ index: job.index, ok: true, corpus, ms: Date.now() - t0 });
  } catch (err) {
    parentPort.postMessage({ index: job.index, ok: false, message: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
