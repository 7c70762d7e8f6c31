/**
 * One benchmark run: generate (if missing), load into Neo4j with per-batch transactions, then
 * measure every core operation three ways at concurrency 1 and 16, PROFILE their Cypher, and
 * return (and optionally write) the results.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Database } from '../src/graph/database.js';
import { graphSummary } from '../src/import/graphSummary.js';
import { startBenchNeo4j, type Neo4jTarget } from './benchNeo4j.js';
import { cpuMeter } from './cpu.js';
import { RecordingDatabase, profileOperation } from './dbHits.js';
import { DEFAULT_SEED, existingCorpus, generateCorpus, peopleFor, type CorpusManifest } from './generate.js';
import { importGenerated, type ImportResult } from './importBench.js';
import { postGraphql, runInterleaved, runLoad, type LatencyStats } from './load.js';
import { OPERATIONS, OPERATION_NAMES, type OperationName } from './operations.js';
import { benchDataDir, benchResultsDir } from './paths.js';
import { renderMarkdown, evaluateTargets, type TargetResult } from './report.js';
import { sampleInputs, type Samples } from './sample.js';
import { rssMb, sampleRss, startOurService, startPeerService, type ServiceProcess } from './services.js';

export const WAYS = ['graphql', 'raw', 'peer'] as const;
export type Way = (typeof WAYS)[number];

export interface RunSettings {
  /** Measured requests per operation and way at concurrency 1, and at concurrency 16. */
  requestsC1: number;
  requestsC16: number;
  /** Wall-time cap of one (operation, way, concurrency) run. */
  maxMsPerRun: number;
  warmup: number;
  /** Sampled people (and elections) per operation. */
  samples: number;
  concurrency: number;
}

export interface BenchOptions {
  scale: string;
  people?: number;
  seed?: number;
  /** Use this database (it must be empty) instead of starting a dedicated embedded Neo4j. */
  neo4j?: Neo4jTarget;
  corpusDir?: string;
  settings?: Partial<RunSettings>;
  /** Write bench/results/<scale>.json and .md (default false). */
  writeResults?: boolean;
  resultsDir?: string;
  log?: (message: string) => void;
}

export interface OpLatency {
  c1: LatencyStats;
  c16: LatencyStats;
  /**
   * CPU-ms per request in the concurrency-16 run: Neo4j's, and the serving process's (our
   * service, the peer, or for raw the bench process itself, which also runs the load loop).
   */
  cpu: { neo4jMsPerRequest: number; serverMsPerRequest: number };
}

export interface DbHitsResult {
  /** Median over the sampled inputs of the total db hits of the Cypher one call sends. */
  median: number;
  max: number;
  queriesPerCall: number;
  inputs: number;
  perQuery: Array<{ query: string; dbHits: number; rows: number }>;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  java: string;
  neo4j: string;
  neo4jHeapMb: number | null;
  neo4jPagecacheMb: number | null;
  loadAverage: { beforeImport: number[]; beforeQueries: number[]; end: number[] };
  note: string;
}

export interface BenchResult {
  scale: string;
  people: number;
  seed: number;
  finishedAt: string;
  machine: MachineInfo;
  settings: RunSettings;
  corpus: CorpusManifest;
  graph: { nodes: Record<string, number>; relationships: Record<string, number>; totalNodes: number; totalRelationships: number };
  import: ImportResult;
  samples: Omit<Samples, 'params' | 'people'> & { inputsPerOperation: number };
  operations: Record<string, { description: string; peerNote: string }>;
  graphql: Record<string, OpLatency>;
  raw: Record<string, OpLatency>;
  peer: Record<string, OpLatency | null>;
  dbHits: Record<string, DbHitsResult>;
  rss: { service: { idleMb: number; peakMbC16: number; meanMbC16: number; endMb: number }; peer: { peakMbC16: number } };
  targets: TargetResult[];
  totalMs: number;
}

export const DEFAULT_SETTINGS: RunSettings = { requestsC1: 100, requestsC16: 400, maxMsPerRun: 20_000, warmup: 10, samples: 50, concurrency: 16 };

/** The first line of `java -version` (printed on stderr). */
function javaVersionLine(): string {
  try {
    const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
    return execFileSync('sh', ['-c', `"${java}" -version 2>&1 | head -1`], { encoding: 'utf8' }).trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

const la = (): number[] => loadavg().map((v) => Math.round(v * 100) / 100);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor((s.length - 1) / 2)]!;
}

export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const t0 = Date.now();
  const log = o.log ?? (() => {});
  const settings: RunSettings = { ...DEFAULT_SETTINGS, ...o.settings };
  const people = peopleFor(o.scale, o.people);
  const seed = o.seed ?? DEFAULT_SEED;
  const corpusDir = o.corpusDir ?? join(benchDataDir, o.scale, 'corpus');
  const corpus = existingCorpus(corpusDir, people, seed) ?? generateCorpus({ scale: o.scale, people, seed, outDir: corpusDir, log });
  log(`corpus: ${corpus.documents} documents in ${corpus.shards.length} shard(s), ${corpus.totalLinks} links (${corpusDir})`);

  const dedicated = o.neo4j ? null : await startBenchNeo4j(o.scale, log);
  const target: Neo4jTarget = o.neo4j ?? dedicated!;
  const db = new Database({ ...target, queryTimeoutMs: 600_000 });
  const services: ServiceProcess[] = [];
  try {
    const loadBeforeImport = la();
    log('importing (per-batch transactions)');
    const imported = await importGenerated(db, corpusDir, corpus, { log, neo4jPid: dedicated?.pid });
    log(`import: entities ${imported.entities.rowsPerSec} rows/s, links ${imported.links.rowsPerSec} rows/s, derivation ${imported.derivation.rowsPerSec} rows/s, naive ${imported.naive.rowsPerSec} rows/s`);
    const graph = await graphSummary(db);
    const samples = await sampleInputs(db, seed, settings.samples);
    log(`degree p50 ${samples.degree.p50}, p99 ${samples.degree.p99}, max ${samples.degree.max}; supernode ${samples.supernode.id} with ${samples.supernode.coCampaigners} co-campaigners`);

    const ours = await startOurService(target);
    services.push(ours);
    const peer = await startPeerService(target);
    services.push(peer);
    log(`service ${ours.url} (pid ${ours.pid}), peer ${peer.url} (pid ${peer.pid})`);
    const idleMb = rssMb(ours.pid);
    const loadBeforeQueries = la();
    const rawDb = new Database({ ...target, queryTimeoutMs: 60_000 });
    const latency: Record<Way, Record<string, OpLatency | null>> = { graphql: {}, raw: {}, peer: {} };
    let peakC16 = 0;
    const meanC16: number[] = [];
    let peerPeak = 0;
    try {
      for (const name of OPERATION_NAMES) {
        const op = OPERATIONS[name];
        const inputs = samples.params[name];
        const ways = WAYS.filter((w) => w !== 'peer' || op.peer !== null);
        if (op.peer === null) latency.peer[name] = null;
        const callOf = (way: Way) => async (i: number): Promise<void> => {
          const p = inputs[i % inputs.length]!;
          if (way === 'raw') {
            await op.raw(rawDb, p);
          } else {
            const g = way === 'graphql' ? op.graphql(p) : op.peer!(p);
            await postGraphql(way === 'graphql' ? ours.url : peer.url, g.query, g.variables);
          }
        };
        for (const way of ways) for (let i = 0; i < settings.warmup; i++) await callOf(way)(i).catch(() => {});
        const c1 = await runInterleaved(Object.fromEntries(ways.map((w) => [w, callOf(w)])) as Record<Way, (i: number) => Promise<void>>, {
          requests: settings.requestsC1,
          maxMs: settings.maxMsPerRun * ways.length,
        });
        for (const way of ways) {
          const serverPid = way === 'graphql' ? ours.pid : way === 'peer' ? peer.pid : process.pid;
          const neoCpu = cpuMeter(dedicated?.pid);
          const serverCpu = cpuMeter(serverPid);
          const rss = way === 'graphql' ? sampleRss(ours.pid) : way === 'peer' ? sampleRss(peer.pid) : null;
          const c16 = await runLoad(callOf(way), { concurrency: settings.concurrency, requests: settings.requestsC16, maxMs: settings.maxMsPerRun });
          const done = Math.max(1, c16.requests + c16.errors);
          const cpu = { neo4jMsPerRequest: Math.round((neoCpu.stop() / done) * 100) / 100, serverMsPerRequest: Math.round((serverCpu.stop() / done) * 100) / 100 };
          const r = rss?.stop();
          if (r && way === 'graphql') {
            peakC16 = Math.max(peakC16, r.peakMb);
            meanC16.push(r.meanMb);
          }
          if (r && way === 'peer') peerPeak = Math.max(peerPeak, r.peakMb);
          const one = c1[way];
          latency[way][name] = { c1: one, c16, cpu };
          log(`${name.padEnd(24)} ${way.padEnd(7)} c1 p50 ${one.p50} p99 ${one.p99} ms (${one.requests} ok, ${one.errors} err) | c16 p50 ${c16.p50} p99 ${c16.p99} ms, ${c16.throughput}/s | CPU ms/req neo4j ${cpu.neo4jMsPerRequest} server ${cpu.serverMsPerRequest}${one.firstError ?? c16.firstError ? ` | ${one.firstError ?? c16.firstError}` : ''}`);
        }
      }
      log('profiling db hits');
      const recorder = new RecordingDatabase({ ...target, queryTimeoutMs: 120_000 });
      const dbHits: Record<string, DbHitsResult> = {};
      try {
        for (const name of OPERATION_NAMES) {
          const op = OPERATIONS[name];
          const inputs = samples.params[name].slice(0, 5);
          const profiles = [];
          for (const p of inputs) profiles.push(await profileOperation(recorder, (d) => op.raw(d, p)));
          const first = profiles[0];
          dbHits[name] = {
            median: median(profiles.map((x) => x.dbHits)),
            max: Math.max(0, ...profiles.map((x) => x.dbHits)),
            queriesPerCall: first?.queries.length ?? 0,
            inputs: profiles.length,
            perQuery: (first?.queries ?? []).map((q) => ({ query: q.firstLine, dbHits: q.dbHits, rows: q.rows })),
          };
          log(`${name.padEnd(24)} db hits median ${dbHits[name]!.median}, max ${dbHits[name]!.max} (${dbHits[name]!.queriesPerCall} queries)`);
        }
      } finally {
        await recorder.close();
      }
      const endMb = rssMb(ours.pid);
      const components = await db.read('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
      const machine: MachineInfo = {
        cpuModel: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        java: javaVersionLine(),
        neo4j: `${String(components[0]?.version)} ${String(components[0]?.edition)}`,
        neo4jHeapMb: dedicated?.heapMb ?? null,
        neo4jPagecacheMb: dedicated?.pagecacheMb ?? null,
        loadAverage: { beforeImport: loadBeforeImport, beforeQueries: loadBeforeQueries, end: la() },
        note: 'Neo4j, the service, the peer and the load generator share the 2 cores; other engineers were running test suites on the same machine at the same time, so CPU was contended (see loadAverage) and absolute numbers are pessimistic. Ratios between ways measured back to back are more reliable than absolute times.',
      };
      const result: BenchResult = {
        scale: o.scale,
        people,
        seed,
        finishedAt: new Date().toISOString(),
        machine,
        settings,
        corpus,
        graph,
        import: imported,
        samples: { degree: samples.degree, supernode: samples.supernode, inputsPerOperation: samples.people.length },
        operations: Object.fromEntries(OPERATION_NAMES.map((n) => [n, { description: OPERATIONS[n].description, peerNote: OPERATIONS[n].peerNote }])),
        graphql: latency.graphql as Record<string, OpLatency>,
        raw: latency.raw as Record<string, OpLatency>,
        peer: latency.peer,
        dbHits,
        rss: { service: { idleMb, peakMbC16: peakC16, meanMbC16: Math.round(median(meanC16)), endMb }, peer: { peakMbC16: peerPeak } },
        targets: [],
        totalMs: 0,
      };
      result.targets = evaluateTargets(result);
      result.totalMs = Date.now() - t0;
      if (o.writeResults) {
        const dir = o.resultsDir ?? benchResultsDir;
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${o.scale}.json`), `${JSON.stringify(result, null, 2)}\n`);
        writeFileSync(join(dir, `${o.scale}.md`), renderMarkdown(result));
        log(`wrote ${join(dir, `${o.scale}.json`)} and .md`);
      }
      return result;
    } finally {
      await rawDb.close();
    }
  } finally {
    for (const s of services) await s.stop();
    await db.close();
    await dedicated?.stop();
  }
}

export type { OperationName };
