import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportBusyError, LOCK_FILE, takeImportLock, withImportLock } from '../../../src/import/importLock.js';

// The one-import-at-a-time lock (src/import/importLock.ts), on a temporary directory, with real
// processes for "held by another process" and "left by a dead process".

let dir = '';
const lockFile = (): string => join(dir, LOCK_FILE);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited (and been reaped), so it no longer runs. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('the import lock', () => {
  it('refuses a second holder in the same process until the first releases, and leaves no file behind', async () => {
    const release = takeImportLock(dir);
    expect(readFileSync(lockFile(), 'utf8')).toMatch(new RegExp(`^${process.pid} [0-9a-f-]{36}$`));
    expect(() => takeImportLock(dir)).toThrow(ImportBusyError);
    await expect(withImportLock(dir, async () => 'ran')).rejects.toThrow(/another import or ingest is already running/);
    release();
    expect(readdirSync(dir)).toEqual([]);
    expect(await withImportLock(dir, async () => 'ran')).toBe('ran');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('releases when the work throws', async () => {
    await expect(withImportLock(dir, async () => { throw new Error('import failed'); })).rejects.toThrow('import failed');
    expect(existsSync(lockFile())).toBe(false);
  });

  it('refuses while another live process holds it', async () => {
    const holder = spawn(process.execPath, ['-e', 'process.stdin.resume()'], { stdio: ['pipe', 'ignore', 'ignore'] });
    try {
      writeFileSync(lockFile(), `${holder.pid} 00000000-0000-4000-8000-000000000000`);
      expect(() => takeImportLock(dir)).toThrow(ImportBusyError);
      // Refused: the holder's lock is still there, unchanged.
      expect(readFileSync(lockFile(), 'utf8')).toBe(`${holder.pid} 00000000-0000-4000-8000-000000000000`);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that no longer runs, or an unreadable one', () => {
    for (const stale of [`${deadPid()} 00000000-0000-4000-8000-000000000000`, '', 'garbage']) {
      writeFileSync(lockFile(), stale);
      const release = takeImportLock(dir);
      expect(readFileSync(lockFile(), 'utf8')).toMatch(new RegExp(`^${process.pid} `));
      release();
      expect(readdirSync(dir), JSON.stringify(stale)).toEqual([]);
    }
  });

  it('a release never removes a lock that is no longer its own', () => {
    const release = takeImportLock(dir);
    writeFileSync(lockFile(), `${process.pid} someone-else`);
    release();
    expect(readFileSync(lockFile(), 'utf8')).toBe(`${process.pid} someone-else`);
  });
});
