#!/usr/bin/env node
// Usage: node scripts/run-ts.mjs [--node-only] [--built] <file.ts> [args...]
// Installs what is missing, then runs the TypeScript entry point in this same process, so
// signals sent to `npm start` reach the service directly, with no wrapper process in between
// that could be left behind. With --built (what `npm start` passes) it runs the compiled
// JavaScript in dist/, building it first when the sources changed (scripts/build-service.mjs);
// without, it runs the sources through tsx's loader (the development path).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';
import { ensureInstalled } from './ensure-installed.mjs';

const args = process.argv.slice(2);
const flags = new Set();
while (args[0]?.startsWith('--')) flags.add(args.shift());
const nodeOnly = flags.has('--node-only');
const entry = args.shift();
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs [--node-only] [--built] <file.ts> [args...]\n');
  process.exit(2);
}
ensureInstalled({ nodeOnly });
if (flags.has('--built')) {
  const { ensureBuilt } = await import('./build-service.mjs');
  await ensureBuilt();
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const compiled = join(root, 'dist', relative(join(root, 'src'), resolve(entry))).replace(/\.ts$/, '.js');
  process.setSourceMapsEnabled(true);
  process.argv = [process.argv[0], compiled, ...args];
  await import(pathToFileURL(compiled).href);
} else {
  process.argv = [process.argv[0], resolve(entry), ...args];
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(resolve(entry)).href);
}
