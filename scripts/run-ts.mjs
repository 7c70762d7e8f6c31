#!/usr/bin/env node
// Usage: node scripts/run-ts.mjs [--node-only] <file.ts> [args...]
// Installs what is missing, then runs the TypeScript entry point in this same process (through
// tsx's loader), so signals sent to `npm start` reach the service directly, with no wrapper
// process in between that could be left behind.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { ensureInstalled } from './ensure-installed.mjs';

const args = process.argv.slice(2);
const nodeOnly = args[0] === '--node-only';
if (nodeOnly) args.shift();
const entry = args.shift();
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs [--node-only] <file.ts> [args...]\n');
  process.exit(2);
}
ensureInstalled({ nodeOnly });
process.argv = [process.argv[0], resolve(entry), ...args];
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(resolve(entry)).href);
