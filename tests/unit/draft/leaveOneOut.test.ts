import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExtraction } from '../../../src/extraction/loadExtraction.js';
import { draftExtraction, loadGazetteer } from '../../../src/draft/index.js';
import { nameKey } from '../../../src/draft/names/nameKey.js';

const EXTRACTION = path.resolve('extraction');
const DOC = '003_602ecd93bfef7ec0';
const text = readFileSync(path.resolve('corpus', `${DOC}.txt`), 'utf8');
const forms = (file: string): Map<string, string> => {
  const x = parseExtraction(file, readFileSync(file, 'utf8'));
  return new Map(x.entities.flatMap((e) => [e.value.name, ...(e.value.aliases ?? []), ...(e.value.misspellings ?? [])].map((f) => [nameKey(f), e.value.id])));
};
const work = mkdtempSync(path.join(tmpdir(), 'draft-loo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('leave-one-out: the extractor cannot read the reviewed file of the document it drafts', () => {
  it('a gazetteer built without document k holds no name that only k\'s file gives', () => {
    const own = forms(path.join(EXTRACTION, `${DOC}.yaml`));
    const elsewhere = new Set<string>();
    for (const f of ['000_cdae2d0373aead64', '001_7390ba2169d19db4', '002_25c6c743af6c7b61', '004_d9ca3ea79ec72c5c']) {
      for (const k of forms(path.join(EXTRACTION, `${f}.yaml`)).keys()) elsewhere.add(k);
    }
    const onlyInK = [...own.keys()].filter((k) => !elsewhere.has(k));
    expect(onlyInK.length).toBeGreaterThan(5); // e.g. "almas razakazi", "michael preston"
    const g = loadGazetteer(EXTRACTION, { excludeDocument: DOC });
    for (const k of onlyInK) expect(g.byKey.has(k), k).toBe(false);
    expect([...g.entries.values()].some((e) => e.documents.includes(DOC))).toBe(false);
    // Sanity: the full gazetteer does hold them, so the assertion above could fail.
    const full = loadGazetteer(EXTRACTION);
    expect(onlyInK.every((k) => full.byKey.has(k))).toBe(true);
  }, 120_000);

  it('drafting k gives the same output whether k\'s file is there, gone, or unreadable', () => {
    const dir = path.join(work, 'extraction');
    cpSync(EXTRACTION, dir, { recursive: true });
    const draft = (): string => draftExtraction({ document: DOC, text, published: '2025-05' }, loadGazetteer(dir, { excludeDocument: DOC })).yaml;
    const present = draft();
    rmSync(path.join(dir, `${DOC}.yaml`));
    const gone = draft();
    // A directory in its place: any attempt to read it as a file would throw EISDIR.
    mkdirSync(path.join(dir, `${DOC}.yaml`));
    const unreadable = draft();
    expect(gone).toBe(present);
    expect(unreadable).toBe(present);
    // And the draft does differ from one made with k's own answers in the gazetteer.
    const cheating = draftExtraction({ document: DOC, text, published: '2025-05' }, loadGazetteer(EXTRACTION)).yaml;
    expect(cheating).not.toBe(present);
  }, 120_000);
});
