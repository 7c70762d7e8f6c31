import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/import/applySchema.js';
import { importCorpusFiles } from '../../src/import/importCorpusFiles.js';
import { fingerprint, graphSnapshot, type GraphSnapshot } from '../support/graphSnapshot.js';
import { exitOf, isRunning, killAll, processRef, type ProcessRef } from '../support/processes.js';
import { cleanEnv, eventually, runCommand, startCommand } from '../support/runCommand.js';
import { testDatabase, testNeo4j, wipeGraph } from '../support/testNeo4j.js';

// `npm run import` killed with SIGKILL part-way through its load, then run again. The import
// is one transaction (src/import/importCorpus.ts), so a kill must leave the graph exactly as it
// was, and the re-run must end exactly as a clean import: equal node, relationship and property
// counts and an equal content checksum (tests/support/graphSnapshot.ts). A malformed extraction
// file is the other import fault; it is covered by tests/integration/importBehaviour.int.test.ts
// ("refuses a malformed extraction file with its file and line, and loads nothing").

const IMPORT = ['scripts/run-ts.mjs', 'src/cli/import.ts'];
/** Printed inside the import's transaction, before its first write. */
const LOADING = /\[campaign-graph\] loading \d+ documents/;
/** Printed inside the transaction after every load and prune, before the derivation and the commit. */
const DERIVING = /\[campaign-graph\] deriving who campaigned with whom/;

const db = testDatabase(60_000);
const started: ProcessRef[] = [];

function importEnv(): NodeJS.ProcessEnv {
  const t = testNeo4j();
  return cleanEnv({ NEO4J_URI: t.uri, NEO4J_USERNAME: t.username, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database });
}

/** Starts the import CLI, SIGKILLs it as soon as its output matches `at`, and returns its output. */
async function killImportAt(at: RegExp): Promise<string> {
  const run = await startCommand('node', IMPORT, importEnv(), at);
  const child = processRef(run.child.pid!);
  started.push(child);
  process.kill(child.pid, 'SIGKILL');
  const exit = await exitOf(run.child);
  expect(exit, run.output()).toEqual({ code: null, signal: 'SIGKILL' });
  expect(run.output(), 'killed before the commit').not.toMatch(/import finished/);
  return run.output();
}

/** Resolves once Neo4j has no transaction open but the one asking (the killed client's is rolled back). */
async function noOpenTransaction(): Promise<void> {
  await eventually(async () => (await db.read("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n"))[0]?.n === 0, 120, 250);
}

let clean: GraphSnapshot;

beforeAll(async () => {
  // The reference: a clean in-process import into an empty graph.
  await wipeGraph(db);
  await applySchema(db);
  await importCorpusFiles(db, []);
  clean = await graphSnapshot(db);
  expect(clean.nodeCount).toBeGreaterThan(300);
  console.log(`[import kill] clean import: ${clean.nodeCount} nodes, ${clean.relCount} relationships, ${clean.propertyCount} properties, checksum ${clean.checksum.slice(0, 12)}…`);
});
afterAll(async () => {
  killAll(started);
  await db.close();
});

describe('npm run import killed mid-load (SIGKILL), then run again', () => {
  it('on an empty graph: each kill leaves it empty, and the re-run ends exactly as a clean import', async () => {
    await wipeGraph(db);
    const empty = fingerprint(await graphSnapshot(db));
    expect(empty.nodeCount).toBe(0);

    for (const at of [LOADING, DERIVING]) {
      await killImportAt(at);
      await noOpenTransaction();
      expect(fingerprint(await graphSnapshot(db)), `after a kill at ${at}`).toEqual(empty);
    }

    const rerun = await runCommand('node', IMPORT, importEnv());
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/import finished/);
    const after = await graphSnapshot(db);
    expect(fingerprint(after)).toEqual(fingerprint(clean));
  });

  it('on a graph holding the corpus: a kill after the load and prune steps leaves it unchanged, and a re-run changes nothing', async () => {
    // The previous test left the graph as a clean import; this re-import prunes and re-derives
    // inside its transaction, so a kill there must not leave half-pruned or half-derived facts.
    expect(fingerprint(await graphSnapshot(db))).toEqual(fingerprint(clean));
    await killImportAt(DERIVING);
    await noOpenTransaction();
    expect(fingerprint(await graphSnapshot(db))).toEqual(fingerprint(clean));

    const rerun = await runCommand('node', IMPORT, importEnv());
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(fingerprint(await graphSnapshot(db))).toEqual(fingerprint(clean));
    expect(started.every((p) => !isRunning(p))).toBe(true);
  });
});
