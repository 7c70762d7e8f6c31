import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../src/config/repoRoot.js';
import { readOtherExtractions, validateDraft } from '../../../src/draft/validateDraft.js';
import { parseDocuments } from '../../../src/extraction/loadDocuments.js';
import { formatIssue } from '../../../src/validate/validationIssue.js';

// The held-out documents of the out-of-sample eval (tests/fixtures/heldout/README.md): each
// reviewed file passes the validator next to the corpus's files (so it is a file `npm run
// import` would take), and none of them is a corpus document (so the in-sample table, the
// gazetteer and leave-one-out never see them).

const HELDOUT = join(repoRoot, 'tests', 'fixtures', 'heldout');
const stems = readdirSync(join(HELDOUT, 'extraction')).filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, '')).sort();
const corpusIds = [...parseDocuments('documents.yaml', readFileSync(join(repoRoot, 'corpus', 'documents.yaml'), 'utf8')).documents.keys()];
const others = readOtherExtractions(join(repoRoot, 'extraction'));
const corpusTexts = readdirSync(join(repoRoot, 'corpus')).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(repoRoot, 'corpus', n), 'utf8'));

describe('held-out documents', () => {
  it('are four, each with its text and metadata', () => {
    expect(stems).toHaveLength(4);
    const meta = parseDocuments('documents.yaml', readFileSync(join(HELDOUT, 'corpus', 'documents.yaml'), 'utf8'));
    expect(meta.issues).toEqual([]);
    expect([...meta.documents.keys()].sort()).toEqual(stems);
  });

  it.each(stems)('%s validates against the corpus and is not a corpus document', (stem) => {
    const text = readFileSync(join(HELDOUT, 'corpus', `${stem}.txt`), 'utf8');
    const yaml = readFileSync(join(HELDOUT, 'extraction', `${stem}.yaml`), 'utf8');
    const issues = validateDraft(yaml, { document: stem, text }, others);
    expect(issues.map(formatIssue)).toEqual([]);
    expect(corpusIds).not.toContain(stem);
    expect(corpusTexts).not.toContain(text);
    expect(text).toMatch(/made[ -]up/);
  }, 60_000);
});
