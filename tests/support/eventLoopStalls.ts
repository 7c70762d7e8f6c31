import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Watches this process's event loop while a test runs, to tell a slow answer caused by the loop
 * (or the whole process) not getting the CPU from one caused by the code: Node's own delay
 * histogram (perf_hooks.monitorEventLoopDelay) for the figures, and a tick every `tickMs` whose
 * late arrivals locate each stall in time. A stall delays every timer of the process, the
 * service's deadlines and the test clients' reads alike. Reported by tests, never asserted.
 */
export interface EventLoopWatch {
  stop(): void;
  /** Worst and 99th-percentile delay Node measured, in ms. */
  maxMs(): number;
  p99Ms(): number;
  /** How long the loop was stalled between `from` and `to` (epoch ms), in ms. */
  stalledMs(from: number, to: number): number;
}

export function watchEventLoop(tickMs = 20): EventLoopWatch {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  const ticks: number[] = [Date.now()];
  const timer = setInterval(() => ticks.push(Date.now()), tickMs);
  return {
    stop() {
      clearInterval(timer);
      histogram.disable();
    },
    maxMs: () => Math.round(histogram.max / 1e6),
    p99Ms: () => Math.round(histogram.percentile(99) / 1e6),
    stalledMs(from, to) {
      let stalled = 0;
      // A tick due at a + tickMs that came at b means the loop was stalled over [a + tickMs, b].
      for (let i = 1; i < ticks.length; i += 1) {
        const start = Math.max(ticks[i - 1]! + tickMs, from);
        const end = Math.min(ticks[i]!, to);
        if (end > start) stalled += end - start;
      }
      return stalled;
    },
  };
}
