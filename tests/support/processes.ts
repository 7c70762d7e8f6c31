import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAlive } from './runCommand.js';

// Process bookkeeping for tests that start real processes. Pids are recycled quickly on a busy
// machine (pid_max is often 32768), so a process is identified by its pid *and* its start time:
// a later, unrelated process that happens to get the same pid is never mistaken for ours, and
// never killed by our cleanup.

const haveProc = existsSync('/proc/self/stat');

/** One process: its pid and its start time (clock ticks since boot; '' where /proc is missing). */
export interface ProcessRef {
  pid: number;
  startTime: string;
}

/** Fields of /proc/<pid>/stat after the command name: [state, ppid, ...], or undefined if there is no such process. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself contain spaces or parentheses.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

const STATE = 0;
const PPID = 1;
const START_TIME = 19; // field 22 of proc(5), counted from field 3 (state)

/** The process now holding `pid`; throws when there is none. */
export function processRef(pid: number): ProcessRef {
  if (!haveProc) {
    if (!isAlive(pid)) throw new Error(`no process ${pid}`);
    return { pid, startTime: '' };
  }
  const fields = statFields(pid);
  if (!fields) throw new Error(`no process ${pid}`);
  return { pid, startTime: fields[START_TIME] ?? '' };
}

/**
 * True while the process is alive. A zombie counts as gone: an orphan re-parented to a PID 1
 * that does not reap (as in some containers) stays a zombie after it has exited, and
 * `kill(pid, 0)` still succeeds on it. A different process that reused the pid is not ours.
 */
export function isRunning(p: ProcessRef): boolean {
  if (!haveProc) return isAlive(p.pid);
  const fields = statFields(p.pid);
  if (!fields || fields[START_TIME] !== p.startTime) return false;
  return fields[STATE] !== 'Z' && fields[STATE] !== 'X';
}

/** The parent pid of a live process, or undefined when it has gone (Linux /proc only). */
export function parentPid(p: ProcessRef): number | undefined {
  return isRunning(p) ? Number(statFields(p.pid)?.[PPID]) : undefined;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '';
  }
}

/** The live children of a process (Linux /proc only). */
export function childrenOf(parent: ProcessRef): Array<ProcessRef & { command: string }> {
  const children: Array<ProcessRef & { command: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (!fields || Number(fields[PPID]) !== parent.pid || fields[STATE] === 'Z') continue;
    children.push({ pid: Number(entry), startTime: fields[START_TIME] ?? '', command: commandLine(Number(entry)) });
  }
  return isRunning(parent) ? children : [];
}

/** A process and all its live descendants, parents first (Linux /proc only). */
export function processTree(root: ProcessRef): Array<ProcessRef & { command: string }> {
  const tree = [{ ...root, command: commandLine(root.pid) }];
  for (let i = 0; i < tree.length; i += 1) tree.push(...childrenOf(tree[i]!));
  return tree;
}

/** Resolves with how `child` ended (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolvePromise) => {
    child.once('exit', (code, signal) => resolvePromise({ code, signal }));
  });
}

/** Sends SIGKILL to each of these processes that is still running (cleanup for what a test started). */
export function killAll(processes: ProcessRef[]): void {
  for (const p of processes) {
    if (!isRunning(p)) continue;
    try {
      process.kill(p.pid, 'SIGKILL');
    } catch {
      // Gone between the check and the kill.
    }
  }
}
