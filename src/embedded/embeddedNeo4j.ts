import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createInterface } from 'node:readline';
import { checkJava } from '../../scripts/java-check.mjs';
import { jvmArgs, type JvmOptions } from './jvmArgs.js';

export class EmbeddedStartError extends Error {}

const READY = /^NEO4J_READY (bolt:\/\/\S+)$/;

/**
 * One child JVM running Neo4j. `start()` resolves with the Bolt URI once the launcher prints its
 * ready line, or rejects with EmbeddedStartError carrying the launcher's last stderr lines.
 * Emits 'exit' (code, signal) when the JVM ends without `stop()` having been called.
 */
export class EmbeddedNeo4j extends EventEmitter {
  private child: ChildProcess | undefined;
  private stopping = false;

  constructor(private readonly options: JvmOptions & { password: string; startupTimeoutMs: number }) {
    super();
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  async start(): Promise<string> {
    const java = checkJava(process.env);
    if (!java.ok) throw new EmbeddedStartError(java.message);
    this.stopping = false;
    // stdin stays an open pipe: the launcher exits when it closes, i.e. when this process dies.
    const child = spawn(java.java, jvmArgs(this.options), {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NEO4J_PASSWORD: this.options.password },
    });
    this.child = child;
    const stderrTail: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    });
    return new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new EmbeddedStartError(`Neo4j did not become ready within ${this.options.startupTimeoutMs} ms (STARTUP_TIMEOUT_MS).`));
      }, this.options.startupTimeoutMs);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const ready = READY.exec(line.trim());
        if (ready?.[1]) {
          clearTimeout(timer);
          resolvePromise(ready[1]);
        }
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(new EmbeddedStartError(`Could not start Java: ${err.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const detail = stderrTail.filter((l) => l.trim()).slice(-3).join(' | ');
        reject(new EmbeddedStartError(`Neo4j exited during startup (code ${code ?? signal})${detail ? `: ${detail}` : ''}`));
        if (!this.stopping) this.emit('exit', code, signal);
      });
    });
  }

  /** Sends SIGTERM and resolves when the JVM has exited; SIGKILL after `graceMs`. */
  async stop(graceMs = 30000): Promise<void> {
    const child = this.child;
    this.stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolvePromise) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolvePromise();
      });
      child.kill('SIGTERM');
    });
  }
}
