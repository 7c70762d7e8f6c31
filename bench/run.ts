/**
 * `npm run bench -- --scale S|M|L [--people N] [--seed N] [--requests N] [--no-write]`
 * Generates the corpus if missing, starts a dedicated embedded Neo4j, imports, measures, and
 * writes bench/results/<scale>.json and .md. Never fails on time: targets are reported.
 */
import { runBench } from './harness.js';

function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const [k, v] = a.slice(2).split('=', 2);
    if (v !== undefined) out.set(k!, v);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) out.set(k!, argv[++i]!);
    else out.set(k!, 'true');
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const scale = args.get('scale') ?? 'S';
const log = (m: string): void => void process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const requests = args.get('requests');
runBench({
  scale,
  ...(args.has('people') ? { people: Number(args.get('people')) } : {}),
  ...(args.has('seed') ? { seed: Number(args.get('seed')) } : {}),
  ...(requests ? { settings: { requestsC1: Number(requests), requestsC16: Number(requests) * 4 } } : {}),
  writeResults: args.get('no-write') !== 'true',
  log,
}).then(
  (r) => {
    for (const t of r.targets) log(`${t.met ? 'met   ' : 'missed'} ${t.target} [${t.appliesAt}]: ${t.measured}`);
    log(`done in ${Math.round(r.totalMs / 1000)} s`);
    process.exit(0);
  },
  (err: unknown) => {
    log(`failed: ${(err as Error).stack ?? String(err)}`);
    process.exit(1);
  },
);
