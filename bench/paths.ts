import { join } from 'node:path';
import { repoRoot } from '../src/config/repoRoot.js';

/** Generated corpora and bench databases live here (git-ignored: .data/ is in .gitignore). */
export const benchDataDir = join(repoRoot, 'bench', '.data');
/** Committed results: <scale>.json and <scale>.md. */
export const benchResultsDir = join(repoRoot, 'bench', 'results');
