import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Atomic file writes that can be undone: each write goes to a temporary file in the same
 * directory and is renamed over the target, so a reader sees the old file or the new one, never
 * part of one. The journal keeps what each target held before, so `rollback` restores every
 * file (or removes it when it did not exist) if a later step fails.
 */
export class FileJournal {
  private readonly before = new Map<string, string | null>();

  write(file: string, content: string): void {
    if (!this.before.has(file)) this.before.set(file, existsSync(file) ? readFileSync(file, 'utf8') : null);
    atomicWrite(file, content);
  }

  /** Puts every written file back as it was, latest first. Errors are collected, not thrown one by one. */
  rollback(): void {
    const failures: string[] = [];
    for (const [file, content] of [...this.before].reverse()) {
      try {
        if (content === null) rmSync(file, { force: true });
        else atomicWrite(file, content);
      } catch (err) {
        failures.push(`${file}: ${(err as Error).message}`);
      }
    }
    this.before.clear();
    if (failures.length > 0) throw new Error(`could not restore: ${failures.join('; ')}`);
  }

  get files(): string[] {
    return [...this.before.keys()];
  }
}

/** Writes `content` to `file` through a temporary file and a rename. */
export function atomicWrite(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
