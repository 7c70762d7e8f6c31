import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPaths } from '../config/config.js';

/** Repository root, found from this file's location so the CLIs work from any cwd. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// CORPUS_DIR (see src/config) moves both, for the tools as for the service.
export const CORPUS_DIR = corpusPaths().corpusDir;
export const EXTRACTION_DIR = corpusPaths().extractionDir;

/** A document id from an id, `corpus/<id>.txt` or `extraction/<id>.yaml`. */
export function docIdOf(arg: string): string {
  return path.basename(arg).replace(/\.(txt|ya?ml)$/, '');
}

/** An extraction file path from its path, a bare document id, or the document's `.txt` path. */
export function extractionFileOf(arg: string): string {
  return /\.ya?ml$/.test(arg) ? path.resolve(arg) : path.join(EXTRACTION_DIR, `${docIdOf(arg)}.yaml`);
}
