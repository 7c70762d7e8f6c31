import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config/repoRoot.js';
import { takeImportLock } from '../../src/import/importLock.js';
import { corpusCopy, filesOf, runIngest } from '../support/ingestCommand.js';

// The exit codes of `npm run ingest` (issue 10 §7; README "Adding a document"): 2 usage, 3 bad
// input (empty, binary, not UTF-8, over the 2 MB limit), 4 a text already in the corpus, 5 another
// import or ingest holds the corpus lock, 0 done. Each refusal prints one `campaign-graph:` line
// (no stack trace) and writes nothing. 7 (the import failed) is in ingestKill.e2e.test.ts; 6 (the
// draft failed validation) in ingestDraftInvalid.e2e.test.ts, with a faulty drafting stage injected.
// Runs use --dry-run or --no-import, so no database is involved: the refusals come first.

const FIXTURE = join(repoRoot, 'tests', 'fixtures', 'ingest', 'rally-report.txt');
let root = '';
let inputs = '';

/** One plain refusal line on stderr, no stack frame. */
function expectOneLine(stderr: string, message: RegExp): void {
  expect(stderr).toMatch(new RegExp(`^campaign-graph: ${message.source}`, 'm'));
  expect(stderr).not.toMatch(/^\s+at /m);
}

beforeAll(() => {
  root = corpusCopy('ingest-exit-codes-');
  inputs = mkdtempSync(join(tmpdir(), 'ingest-inputs-'));
  writeFileSync(join(inputs, 'empty.txt'), '');
  writeFileSync(join(inputs, 'binary.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]));
  writeFileSync(join(inputs, 'latin1.txt'), Buffer.from('Caf\xe9 on the high street, said Ms L\xf3pez.', 'latin1'));
  writeFileSync(join(inputs, 'huge.txt'), 'a'.repeat(2 * 1024 * 1024 + 1));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(inputs, { recursive: true, force: true });
});

describe('npm run ingest exit codes', () => {
  it('2 for usage: no file, or an unknown option', async () => {
    const [none, unknown] = await Promise.all([runIngest(root, []), runIngest(root, [FIXTURE, '--frobnicate'])]);
    expect(none.code, none.stderr).toBe(2);
    expect(none.stderr).toMatch(/^usage: npm run ingest -- FILE/m);
    expect(unknown.code, unknown.stderr).toBe(2);
    expectOneLine(unknown.stderr, /.*frobnicate/);
  });

  it('3 for an empty file, a binary file, text that is not UTF-8 and a file over 2 MB; nothing written', async () => {
    const files = filesOf(root);
    const names = ['empty.txt', 'binary.bin', 'latin1.txt', 'huge.txt'];
    const runs = await Promise.all(names.map((n) => runIngest(root, [join(inputs, n), '--no-import'])));
    runs.forEach((r, i) => {
      expect(r.code, `${names[i]}: ${r.stderr}`).toBe(3);
      expectOneLine(r.stderr, new RegExp(`.*${names[i]!.replace('.', '\\.')}`));
    });
    expect(filesOf(root)).toEqual(files);
  });

  it('4 for a text already in the corpus, naming the document; nothing written', async () => {
    const files = filesOf(root);
    const existing = readdirSync(join(root, 'corpus')).filter((n) => n.endsWith('.txt')).sort()[0]!;
    const r = await runIngest(root, [join(root, 'corpus', existing), '--no-import']);
    expect(r.code, r.stderr).toBe(4);
    expectOneLine(r.stderr, new RegExp(`this text is already in the corpus as ${existing.replace('.txt', '')}`));
    expect(filesOf(root)).toEqual(files);
  });

  it('5 while another import or ingest holds the corpus lock; nothing written; 0 once it is released', async () => {
    const files = filesOf(root);
    const release = takeImportLock(join(root, 'corpus'));
    let busy;
    try {
      busy = await runIngest(root, [FIXTURE, '--no-import']);
    } finally {
      release();
    }
    expect(busy.code, busy.stderr).toBe(5);
    expectOneLine(busy.stderr, /another import or ingest is already running on this corpus/);
    expect(filesOf(root)).toEqual(files);
    const done = await runIngest(root, [FIXTURE, '--no-import']);
    expect(done.code, done.stderr).toBe(0);
    const added = Object.keys(filesOf(root)).filter((f) => !(f in files));
    expect(added).toHaveLength(2);
    expect(added.every((f) => /^(corpus\/\d{3}_[0-9a-f]{16}\.txt|extraction\/\d{3}_[0-9a-f]{16}\.yaml)$/.test(f))).toBe(true);
    expect(readFileSync(join(root, 'corpus', 'documents.yaml'), 'utf8')).not.toBe(files['corpus/documents.yaml']);
  });
});
