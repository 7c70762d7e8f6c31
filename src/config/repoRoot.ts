import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root, independent of the current directory. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
