import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Atomic file writes that can be undone: each write goes to a temporary file in the same
 * directory and is renamed over the target, so a reader sees the old file or the new one, never
 * part of one. Before a file is first replaced, its old content is kept under a hard link in the
 * same directory (no copy, so no space is needed), and `rollback` renames it back: undoing needs
 * no free space, which matters when the write failed because the disk is full. `commit` drops
 * the links once the new files stand.
 */
export class FileJournal {
  /** Each written file and the hard link holding its old content, or null if it did not exist. */
  private readonly before = new Map<string, string | null>();

  write(file: string, content: string): void {
    const known = this.before.has(file);
    const backup = !known && existsSync(file) ? sibling(file, 'bak') : null;
    if (backup) linkSync(file, backup);
    try {
      atomicWrite(file, content);
    } catch (err) {
      // The target is untouched when the write fails: nothing to restore for it.
      if (backup) rmSync(backup, { force: true });
      throw err;
    }
    if (!known) this.before.set(file, backup);
  }

  /**
   * Puts every written file back as it was, latest first: renames its old content back, or
   * removes it when it did not exist. Errors are collected, not thrown one by one.
   */
  rollback(): void {
    const failures: string[] = [];
    for (const [file, backup] of [...this.before].reverse()) {
      try {
        if (backup === null) rmSync(file, { force: true });
        else renameSync(backup, file);
      } catch (err) {
        failures.push(`${file}: ${(err as Error).message}`);
      }
    }
    this.before.clear();
    if (failures.length > 0) throw new Error(`could not restore: ${failures.join('; ')}`);
  }

  /** The writes stand: drops the links to the old contents. */
  commit(): void {
    for (const backup of this.before.values()) if (backup) rmSync(backup, { force: true });
  }

  get files(): string[] {
    return [...this.before.keys()];
  }
}

/** A hidden file beside `file`, unique to this process and moment. */
function sibling(file: string, ext: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.${ext}`);
}

/** Writes `content` to `file` through a temporary file and a rename. */
export function atomicWrite(file: string, content: string): void {
  const tmp = sibling(file, 'tmp');
  try {
    writeFileSync(tmp, content, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
