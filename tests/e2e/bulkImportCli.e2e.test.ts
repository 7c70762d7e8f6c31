import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { connectForTool } from '../../src/embedded/connectForTool.js';
import { freePort } from '../../src/embedded/portCheck.js';
import { cleanEnv, runCommand } from '../support/runCommand.js';

// `npm run import -- --bulk`, run as the command itself on an embedded database of its own
// (a temporary DATA_DIR and port; the run's shared Neo4j is not touched): it loads an empty
// database, refuses one that holds anything with one line and exit 1, changing nothing, and the
// loaded graph answers what the real corpus says (resolution and the derived pair).

const IMPORT_BULK = ['scripts/run-ts.mjs', 'src/cli/import.ts', '--bulk'];
const dataDir = mkdtempSync(join(tmpdir(), 'cg-bulk-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run import -- --bulk', () => {
  it('loads an empty database, refuses it the second time with one line, and the graph answers corpus facts', async () => {
    // A generous start-up bound: on a loaded machine Neo4j's start alone can pass the default.
    const env = cleanEnv({ DATA_DIR: dataDir, EMBEDDED_BOLT_PORT: String(await freePort()), STARTUP_TIMEOUT_MS: '600000' });
    const first = await runCommand('node', IMPORT_BULK, env);
    const out1 = first.stderr + first.stdout;
    expect(first.code, out1).toBe(0);
    expect(out1).toMatch(/bulk import: IMPORT DONE/);
    expect(out1).toMatch(/import finished in \d+ ms/);

    const second = await runCommand('node', IMPORT_BULK, env);
    const out2 = second.stderr + second.stdout;
    expect(second.code, out2).toBe(1);
    const errors = out2.split('\n').filter((l) => l.startsWith('campaign-graph: '));
    expect(errors, out2).toHaveLength(1);
    expect(errors[0]).toMatch(/is not empty; the bulk importer only loads an empty database/);
    expect(out2).not.toMatch(/import finished|IMPORT DONE|^\s+at /m);

    // The refused run changed nothing: the first load's graph is still there, whole.
    const started = await connectForTool(loadConfig(env), () => {});
    try {
      const [who] = await started.db.read(`
        MATCH (n:Person {id: 'person:michael-lavalette'})
        RETURN n.born AS born, [(d:Document)-[:MENTIONS]->(n) | d.id] AS docs`);
      expect(who?.born).toBe('1962');
      expect((who?.docs as string[]).sort()).toEqual([
        'doc:000_cdae2d0373aead64', 'doc:001_7390ba2169d19db4', 'doc:002_25c6c743af6c7b61', 'doc:003_602ecd93bfef7ec0',
      ]);
      const [pair] = await started.db.read(`
        MATCH (:Person {id: 'person:george-galloway'})-[c:CAMPAIGNED_WITH]->(:Person {id: 'person:michael-lavalette'})
        RETURN c.sharedCount AS sharedCount, c.allegedCount AS allegedCount, c.firstDate AS firstDate`);
      expect(pair).toEqual({ sharedCount: 1, allegedCount: 1, firstDate: '2003-05-01' });
    } finally {
      await started.stop();
    }
  }, 900_000);
});
