import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One import or ingest at a time per corpus directory, across processes: `npm run import`,
 * `npm run ingest`, the service's start-up import, POST /admin/import and POST /admin/documents
 * all take this lock before they write, and a second one is refused (ImportBusyError), never
 * queued. Two imports at once into one graph left it unlike a clean import (issue 11).
 *
 * The lock is `<corpusDir>/.import.lock` holding `<pid> <token>`. It is created whole (written
 * to a temporary file, then hard-linked into place, which fails if the lock exists), so no one
 * ever reads a half-written lock. A lock whose pid no longer runs (a killed import) is taken over.
 * Limit: it serialises the writers that share one corpus directory on one machine, not writers
 * on other machines or other CORPUS_DIRs pointed at the same Neo4j.
 */
export class ImportBusyError extends Error {
  override readonly name = 'ImportBusyError';
  constructor() {
    super('another import or ingest is already running on this corpus; try again when it ends');
  }
}

export const LOCK_FILE = '.import.lock';

/** Takes the lock on `corpusDir` or throws ImportBusyError. Returns the release function. */
export function takeImportLock(corpusDir: string): () => void {
  const file = path.join(corpusDir, LOCK_FILE);
  const mine = `${process.pid} ${randomUUID()}`;
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    // Inside the try: a full disk can create the temporary file and refuse its content.
    writeFileSync(temp, mine);
    // Two rounds: the second follows the take-over of a dead holder's lock.
    for (let round = 0; round < 2; round++) {
      try {
        linkSync(temp, file);
        return () => release(file, mine);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const held = readLock(file);
      if (held === undefined) continue; // released between our link and our read
      if (isRunning(pidOf(held))) break;
      takeOver(file, held);
    }
  } finally {
    rmSync(temp, { force: true });
  }
  throw new ImportBusyError();
}

/** Runs `work` holding the lock on `corpusDir` (ImportBusyError when it is held). */
export async function withImportLock<T>(corpusDir: string, work: () => Promise<T>): Promise<T> {
  const releaseLock = takeImportLock(corpusDir);
  try {
    return await work();
  } finally {
    releaseLock();
  }
}

/**
 * Removes a dead holder's lock. The rename is atomic, so of two processes taking over the same
 * lock only one moves it; if what was moved is no longer the dead holder's (another process took
 * it over first), it is put back, and this process is refused in the next round.
 */
function takeOver(file: string, dead: string): void {
  const moved = `${file}.${process.pid}.${randomUUID()}.stale`;
  try {
    renameSync(file, moved);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  try {
    if (readLock(moved) !== dead) linkSync(moved, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    rmSync(moved, { force: true });
  }
}

/** Removes the lock only while it is still ours (never a lock someone took over since). */
function release(file: string, mine: string): void {
  if (readLock(file) === mine) rmSync(file, { force: true });
}

function readLock(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function pidOf(lock: string): number {
  const pid = Number(lock.split(' ')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : 0;
}

/** True while a process with this pid exists (EPERM: it exists but is another user's). */
function isRunning(pid: number): boolean {
  if (pid === 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
