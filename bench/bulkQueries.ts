import type { Database } from '../src/graph/database.js';
import type { Neo4jTarget } from './benchNeo4j.js';
import { postGraphql, runInterleaved, type LatencyStats } from './load.js';
import { OPERATIONS, type OperationName } from './operations.js';
import { sampleInputs, type DegreeStats } from './sample.js';
import { rssMb, sampleRss, startOurService } from './services.js';

/** The operations the L targets name: people below the 99th degree percentile, and paths. */
export const LARGE_OPERATIONS = ['campaignedWith', 'profile', 'paths'] as const satisfies readonly OperationName[];

export interface LargeQueryResult {
  degree: DegreeStats;
  inputs: number;
  /** Per operation: GraphQL through our service and the same query raw, one client, interleaved. */
  latency: Record<string, { graphql: LatencyStats; raw: LatencyStats }>;
  /** The service's node process: RSS idle after start, and peak and mean while queried (MB). */
  rss: { idleMb: number; peakMb: number; meanMb: number; endMb: number };
  sampleMs: number;
}

/**
 * Measures the L targets on a loaded, derived graph: samples people below the 99th percentile
 * of degree (bench/sample.ts), starts our service (the compiled `npm start` path, SKIP_IMPORT)
 * on the database, and times each operation over GraphQL and raw, one request at a time,
 * interleaved so load on the machine hits both alike. Never fails on time.
 */
export async function measureLargeQueries(db: Database, target: Neo4jTarget, o: { seed: number; requests: number; maxMs: number; log: (m: string) => void }): Promise<LargeQueryResult> {
  const t0 = Date.now();
  const samples = await sampleInputs(db, o.seed, 50);
  const sampleMs = Date.now() - t0;
  o.log(`sampled ${samples.people.length} people in ${sampleMs} ms; degree p50 ${samples.degree.p50}, p99 ${samples.degree.p99}, max ${samples.degree.max}`);
  const service = await startOurService(target);
  try {
    const idleMb = rssMb(service.pid);
    const rss = sampleRss(service.pid);
    const latency: LargeQueryResult['latency'] = {};
    for (const name of LARGE_OPERATIONS) {
      const op = OPERATIONS[name];
      const inputs = samples.params[name];
      const graphql = async (i: number): Promise<void> => {
        const g = op.graphql(inputs[i % inputs.length]!);
        await postGraphql(service.url, g.query, g.variables);
      };
      const raw = async (i: number): Promise<void> => void (await op.raw(db, inputs[i % inputs.length]!));
      for (let i = 0; i < 5; i++) (await graphql(i).catch(() => {}), await raw(i).catch(() => {}));
      const r = await runInterleaved({ graphql, raw }, { requests: o.requests, maxMs: o.maxMs });
      latency[name] = r;
      o.log(`${name.padEnd(16)} graphql p50 ${r.graphql.p50} p99 ${r.graphql.p99} ms (${r.graphql.requests} ok, ${r.graphql.errors} err) | raw p50 ${r.raw.p50} p99 ${r.raw.p99} ms${r.graphql.firstError ? ` | ${r.graphql.firstError}` : ''}`);
    }
    const peak = rss.stop();
    return { degree: samples.degree, inputs: samples.people.length, latency, rss: { idleMb, peakMb: peak.peakMb, meanMb: peak.meanMb, endMb: rssMb(service.pid) }, sampleMs };
  } finally {
    await service.stop();
  }
}
