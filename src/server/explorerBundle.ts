import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../config/repoRoot.js';

// The explorer's browser bundle (src/explorer/ and its generated operations, with sigma and
// graphology from node_modules), built with esbuild into dist-explorer/ the first time the
// service starts after a change, so a fresh clone's `npm start` or `npm test` needs no extra
// step. Nothing comes from a CDN: the page loads only files this service serves.

export const EXPLORER_DIR = join(repoRoot, 'dist-explorer');
const SOURCES = [join(repoRoot, 'src', 'explorer'), join(repoRoot, 'src', 'generated', 'explorer')];

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

/** A fingerprint of the bundle's sources and the lock file: paths, sizes, modification times. */
function fingerprint(): string {
  const all = [...SOURCES.flatMap((d) => files(d)), join(repoRoot, 'package-lock.json')];
  return all.map((f) => { const s = statSync(f); return `${relative(repoRoot, f)}:${s.size}:${s.mtimeMs}`; }).sort().join('\n');
}

/**
 * Makes sure dist-explorer/ holds explorer.js, index.html and explorer.css built from the
 * current sources; builds (about a second) when it does not. Each build writes a temporary
 * directory and swaps it in whole, so concurrent services never serve half a bundle.
 */
export async function ensureExplorerBundle(): Promise<string> {
  const want = fingerprint();
  const stamp = join(EXPLORER_DIR, '.built-from');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return EXPLORER_DIR;
  const { build } = await import('esbuild');
  const tmp = `${EXPLORER_DIR}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  await build({
    entryPoints: [join(repoRoot, 'src', 'explorer', 'main.ts')],
    outfile: join(tmp, 'explorer.js'),
    bundle: true, format: 'esm', platform: 'browser', target: 'es2020', minify: true, sourcemap: true, logLevel: 'error',
  });
  for (const f of ['index.html', 'explorer.css']) writeFileSync(join(tmp, f), readFileSync(join(repoRoot, 'src', 'explorer', f)));
  writeFileSync(join(tmp, '.built-from'), want);
  const old = `${EXPLORER_DIR}.old-${process.pid}-${Date.now()}`;
  try {
    if (existsSync(EXPLORER_DIR)) renameSync(EXPLORER_DIR, old);
    renameSync(tmp, EXPLORER_DIR);
  } catch {
    // Another service swapped its own build in at the same moment: it is as good as ours.
    rmSync(tmp, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  return EXPLORER_DIR;
}
