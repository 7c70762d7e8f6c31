import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { diskError, IngestError } from './ingestErrors.js';

/**
 * One ingest at a time per corpus directory, across processes (CLI and service alike): a lock
 * file created exclusively. A lock left by a dead process (its pid no longer runs) is taken over.
 * Returns the release function.
 */
export function takeIngestLock(corpusDir: string): () => void {
  const file = path.join(corpusDir, '.ingest.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, String(process.pid));
      } catch (err) {
        // A full disk can let the file be created and refuse its content: leave no empty lock.
        closeSync(fd);
        rmSync(file, { force: true });
        throw err;
      }
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      const disk = diskError(err, 'nothing was written or imported');
      if (disk) throw disk;
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) break;
      if (pid === process.pid) break;
      rmSync(file, { force: true });
    }
  }
  throw new IngestError('busy', 'another ingest or import is already running on this corpus; try again when it ends');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
