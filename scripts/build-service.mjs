#!/usr/bin/env node
// The production build: compiles src/**/*.ts to dist/**/*.js with esbuild (one file per module,
// same layout, so paths computed from import.meta.url still reach the repository root and
// cypher/). `npm start` runs the compiled code; `npm run dev` runs the sources through tsx.
// Types are not checked here (`npm run typecheck` and the tests do that); the build only strips
// them, which takes about a second.
import { existsSync, mkdirSync, openSync, closeSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(root, 'src');
const DIST = join(root, 'dist');
const STAMP = join(DIST, '.built-from');

function sources(dir = SRC, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** A fingerprint of the sources: their paths, sizes and modification times. */
function fingerprint(files) {
  return files.map((f) => { const s = statSync(f); return `${relative(root, f)}:${s.size}:${s.mtimeMs}`; }).sort().join('\n');
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Given nothing, makes sure dist/ holds the compiled current sources; builds when it does not. */
export async function ensureBuilt({ log = (m) => process.stderr.write(`[campaign-graph] ${m}\n`) } = {}) {
  const files = sources();
  const want = fingerprint(files);
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want) return false;
  // One builder at a time: a second `npm start` waits for the first one's build.
  const lock = `${DIST}.lock`;
  let fd;
  for (let waited = 0; fd === undefined; waited += 200) {
    try { fd = openSync(lock, 'wx'); } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (waited > 60_000 || Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 60_000) rmSync(lock, { force: true });
      else sleep(200);
      if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === want) return false;
    }
  }
  try {
    log(`building the service into dist/ (esbuild, ${files.length} modules)…`);
    const { build } = await import('esbuild');
    const tmp = `${DIST}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    await build({ entryPoints: files, outdir: tmp, outbase: SRC, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, logLevel: 'error' });
    writeFileSync(join(tmp, '.built-from'), want);
    // Swap whole directories, so a reader never sees half a build.
    const old = `${DIST}.old-${process.pid}`;
    if (existsSync(DIST)) renameSync(DIST, old);
    renameSync(tmp, DIST);
    rmSync(old, { recursive: true, force: true });
    return true;
  } finally {
    closeSync(fd);
    rmSync(lock, { force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(DIST, { recursive: true });
  ensureBuilt().then((built) => { if (!built) process.stderr.write('[campaign-graph] dist/ is up to date\n'); }, (e) => {
    process.stderr.write(`campaign-graph: the build failed: ${e.message}\n`);
    process.exit(1);
  });
}
