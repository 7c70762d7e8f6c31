import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { cleanEnv, runCommand, type CommandResult } from './runCommand.js';

/** The argv of `npm run ingest` without npm: the same entry point the package script runs. */
export const INGEST = ['scripts/run-ts.mjs', 'src/cli/ingest.ts'];

/** A temporary CORPUS_DIR holding copies of the repository's corpus/ and extraction/ (never the originals). */
export function corpusCopy(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(CORPUS_DIR, join(root, 'corpus'), { recursive: true });
  cpSync(EXTRACTION_DIR, join(root, 'extraction'), { recursive: true });
  return root;
}

/** Every file under a CORPUS_DIR's corpus/ and extraction/ with its content: to show nothing was written. */
export function filesOf(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ['corpus', 'extraction']) for (const n of readdirSync(join(root, dir))) out[`${dir}/${n}`] = readFileSync(join(root, dir, n), 'utf8');
  return out;
}

/** Runs `npm run ingest -- args…` on the CORPUS_DIR `root` to its end. */
export function runIngest(root: string, args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return runCommand('node', [...INGEST, ...args], cleanEnv({ CORPUS_DIR: root, ...env }));
}
