import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SEC = 100;

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux); 0 when unknown.
 * CPU time, unlike wall time, does not grow when other work on the machine takes the cores, so
 * rows per CPU-second and CPU-ms per request stay comparable on a contended machine.
 */
export function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state(0) ppid(1) … utime(11) stime(12), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SEC;
  } catch {
    return 0;
  }
}

/** CPU-ms a process uses between start and stop(). */
export function cpuMeter(pid: number | undefined): { stop(): number } {
  const start = cpuMs(pid);
  return { stop: () => Math.max(0, cpuMs(pid) - start) };
}
