// Loaded into the service's process by `npm run flood` (node --import ./scripts/loopProbe.mjs):
// every LOOP_PROBE_MS (default 1,000 ms) it writes one line to stderr,
//   [loop] <epoch ms> max <ms> p99 <ms>
// the worst and 99th-percentile event-loop delay over that interval (perf_hooks'
// monitorEventLoopDelay, 10 ms resolution), then starts a new interval. The flood bench reads
// these lines to tell a service whose loop is stalled (CPU starved or busy) from one that answers
// late for another reason. It changes nothing in the service and keeps no process alive.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const every = Number(process.env.LOOP_PROBE_MS ?? 1000);
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const ms = (ns) => Math.round(ns / 1e6);
const timer = setInterval(() => {
  process.stderr.write(`[loop] ${Date.now()} max ${ms(histogram.max)} p99 ${ms(histogram.percentile(99))}\n`);
  histogram.reset();
}, every);
timer.unref();
