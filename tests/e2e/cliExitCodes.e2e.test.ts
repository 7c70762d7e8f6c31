import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import { cleanEnv, runCommand } from '../support/runCommand.js';

// Exit codes and refusals of `npm run validate` and `npm run db:reset` (issue 11), run as the
// commands themselves. No Neo4j is needed: validate reads files only, and db:reset deletes a
// directory (here a stand-in DATA_DIR whose neo4j/ holds a marker file) or refuses to.

const temps: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('npm run validate', () => {
  it('exits 0 on the repository corpus, with 0 issues', async () => {
    const run = await runCommand('npm', ['run', '--silent', 'validate'], cleanEnv({}));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\d+ documents; .* 0 issues$/m);
  });

  it('exits 1 on a copy with one quote that is not in its document, naming the file and line', async () => {
    // A copy of the repository's code and data (node_modules linked), with one evidence quote changed.
    const copy = tempDir('cg-validate-');
    for (const part of ['src', 'scripts', 'corpus', 'extraction', 'package.json', 'tsconfig.json']) cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
    const file = join(copy, 'extraction', '000_cdae2d0373aead64.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('"He is an Associate Professor of Social Work at Liverpool Hope University"'));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace('Associate Professor', 'Emeritus Professor');
    writeFileSync(file, lines.join('\n'));

    const run = await runCommand('npm', ['run', '--silent', '--prefix', copy, 'validate'], { ...cleanEnv({}), INIT_CWD: copy });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain(`000_cdae2d0373aead64.yaml:${at + 1}:`);
    expect(run.stdout).toMatch(/ 1 issues$/m);
  });

  it('exits 2 when a named extraction file does not exist', async () => {
    const run = await runCommand('npm', ['run', '--silent', 'validate', '--', 'extraction/no-such-doc.yaml'], cleanEnv({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-doc\.yaml: no such extraction file/);
  });
});

describe('npm run db:reset', () => {
  const standIn = (): { dataDir: string; marker: string } => {
    const dataDir = tempDir('cg-reset-');
    mkdirSync(join(dataDir, 'neo4j', 'data'), { recursive: true });
    const marker = join(dataDir, 'neo4j', 'data', 'store-marker');
    writeFileSync(marker, 'graph data\n');
    return { dataDir, marker };
  };
  const listen = (): Promise<Server> => new Promise((r) => { const s = createServer().listen(0, '127.0.0.1', () => r(s)); });

  it('without --yes refuses with exit 1 and deletes nothing', async () => {
    const { dataDir, marker } = standIn();
    const run = await runCommand('npm', ['run', '--silent', 'db:reset'], cleanEnv({ DATA_DIR: dataDir }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^campaign-graph: this deletes every node .* --yes/m);
    expect(readFileSync(marker, 'utf8')).toBe('graph data\n');
  });

  it('with --yes refuses while the Bolt port is taken (a running Neo4j), and deletes nothing', async () => {
    const { dataDir, marker } = standIn();
    const server = await listen();
    try {
      const port = String((server.address() as AddressInfo).port);
      const run = await runCommand('npm', ['run', '--silent', 'db:reset', '--', '--yes'], cleanEnv({ DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: port }));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Neo4j is running on port ${port}`);
      expect(existsSync(marker)).toBe(true);
    } finally {
      server.close();
    }
  });

  it('with --yes and nothing running deletes DATA_DIR/neo4j and exits 0', async () => {
    const { dataDir } = standIn();
    const server = await listen();
    const port = String((server.address() as AddressInfo).port);
    await new Promise((r) => server.close(r));
    const run = await runCommand('npm', ['run', '--silent', 'db:reset', '--', '--yes'], cleanEnv({ DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: port }));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`deleted ${join(dataDir, 'neo4j')}`);
    expect(existsSync(join(dataDir, 'neo4j'))).toBe(false);
    expect(existsSync(dataDir)).toBe(true);
  });
});
