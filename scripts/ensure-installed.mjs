#!/usr/bin/env node
// Installs what a fresh clone lacks, using only Node built-ins (nothing else is installed yet).
// Given no flags: node modules, then (unless NEO4J_URI points at an external Neo4j) a Java check
// and the Maven build of the embedded-Neo4j launcher. `--node-only` skips the Java side.
// `--with-browser` (what `npm test` passes) also makes sure Chromium is installed at
// /usr/bin/chromium, for the GraphiQL browser test.
// Exits non-zero with one plain message when something cannot be installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkJava } from './java-check.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  process.stderr.write(`campaign-graph: ${message}\n`);
  process.exit(1);
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function newestIn(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : mtime(path));
  }
  return newest;
}

function run(command, args, what, env = process.env) {
  process.stderr.write(`campaign-graph: ${what}…\n`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) fail(`${what} failed: ${result.error.message}`);
  if (result.status !== 0) fail(`${what} failed (exit ${result.status}); see the output above.`);
}

function ensureNodeModules() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) {
    run('npm', ['ci', '--no-audit', '--no-fund'], 'installing node modules (npm ci)');
  } else if (mtime(join(root, 'package-lock.json')) > mtime(installed)) {
    run('npm', ['install', '--no-audit', '--no-fund'], 'updating node modules (npm install)');
  }
}

function ensureLauncher() {
  const java = checkJava(process.env);
  if (!java.ok) fail(java.message);
  const moduleDir = join(root, 'neo4j-launcher');
  const jar = join(moduleDir, 'target', 'neo4j-launcher.jar');
  const sources = Math.max(mtime(join(moduleDir, 'pom.xml')), newestIn(join(moduleDir, 'src')));
  if (existsSync(jar) && existsSync(join(moduleDir, 'target', 'lib')) && mtime(jar) >= sources) return;
  const mvn = spawnSync('mvn', ['-v'], { stdio: 'ignore' });
  if (mvn.error || mvn.status !== 0) {
    fail('Maven (mvn) is needed once to build the embedded Neo4j launcher. Install Maven 3.8+ (apt-get install maven), or set NEO4J_URI to use an external Neo4j.');
  }
  run('mvn', ['-q', '-B', '-f', join(moduleDir, 'pom.xml'), 'package', '-DskipTests'],
    'building the embedded Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)');
}

export const CHROMIUM = '/usr/bin/chromium';

/**
 * The GraphiQL test drives a real browser, and must fail rather than skip without one. As root
 * on a Debian-like system this installs the distribution's Chromium; otherwise it says what to
 * install and fails.
 */
function ensureBrowser() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = spawnSync('apt-get', ['--version'], { stdio: 'ignore' });
  if (!isRoot || aptGet.error || aptGet.status !== 0) {
    fail(`the GraphiQL browser test needs Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium), then run npm test again.`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], 'updating the apt package lists (for Chromium)', env);
  run('apt-get', ['install', '-y', 'chromium'], 'installing Chromium for the GraphiQL browser test (apt-get install -y chromium)', env);
  if (!existsSync(CHROMIUM)) fail(`apt-get installed chromium, but ${CHROMIUM} is still missing; install a Chromium that provides it.`);
}

/**
 * Installs node modules and, unless `nodeOnly` or NEO4J_URI is set, builds the launcher;
 * with `browser`, also Chromium.
 */
export function ensureInstalled({ nodeOnly = false, browser = false } = {}) {
  ensureNodeModules();
  if (!nodeOnly && !process.env.NEO4J_URI) ensureLauncher();
  if (browser) ensureBrowser();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureInstalled({ nodeOnly: process.argv.includes('--node-only'), browser: process.argv.includes('--with-browser') });
}
