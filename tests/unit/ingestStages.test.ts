import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText, readCorpusTexts } from '../../src/ingest/documentId.js';
import { FileJournal } from '../../src/ingest/fileJournal.js';
import { appendDocument, documentMeta, guessPublished } from '../../src/ingest/metadata.js';
import { IngestError } from '../../src/ingest/ingestErrors.js';

describe('ingest stages', () => {
  it('names a new text after the next sequence number and its content hash, and finds a duplicate', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ids-'));
    writeFileSync(path.join(dir, '007_0123456789abcdef.txt'), 'A text.\n');
    const corpus = readCorpusTexts(dir);
    expect(corpus.nextId('Another text.')).toMatch(/^008_[0-9a-f]{16}$/);
    expect(corpus.nextId('Another text.')).toBe(corpus.nextId('Another text.\r\n\n'));
    expect(corpus.duplicateOf('\nA text.  \r\n')).toBe('007_0123456789abcdef');
    expect(corpus.duplicateOf('A different text.')).toBeUndefined();
    expect(canonicalText('a \r\nb\n\n')).toBe('a\nb');
  });

  it('restores every written file when rolled back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'journal-'));
    const kept = path.join(dir, 'kept.yaml');
    writeFileSync(kept, 'old\n');
    const j = new FileJournal();
    j.write(kept, 'new\n');
    j.write(path.join(dir, 'new.txt'), 'text');
    expect(readFileSync(kept, 'utf8')).toBe('new\n');
    j.rollback();
    expect(readFileSync(kept, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['kept.yaml']);
  });

  it('keeps the old content under a hard link until commit, and leaves nothing behind after it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'journal-'));
    const kept = path.join(dir, 'kept.yaml');
    writeFileSync(kept, 'old\n');
    const j = new FileJournal();
    j.write(kept, 'new\n');
    j.write(kept, 'newer\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.bak'))).toHaveLength(1);
    j.commit();
    expect(readdirSync(dir)).toEqual(['kept.yaml']);
    expect(readFileSync(kept, 'utf8')).toBe('newer\n');
  });

  it('guesses the published date from the text and says why, or takes the given one', () => {
    const g = guessPublished('Report\n\nOn 2 May 2024 the count ended.', undefined);
    expect(g.published).toBe('2024-05-02');
    expect(g.publishedInferred).toContain('"2 May 2024"');
    expect(guessPublished('no date', '2023-01')).toEqual({ published: '2023-01' });
    expect(() => guessPublished('x', 'yesterday')).toThrow(IngestError);
    expect(() => documentMeta('005_x', 'x', { kind: 'novel' })).toThrow(/kind "novel"/);
  });

  it('appends the metadata entry and keeps the comments of documents.yaml', () => {
    const before = '# header comment\n- id: a\n  title: A\n';
    const out = appendDocument(before, documentMeta('005_ab', 'Title line\n\ntext from 2021', { publisher: 'P' }));
    expect(out.startsWith(before)).toBe(true);
    expect(out).toContain('- id: 005_ab\n  title: Title line\n  publisher: P\n');
  });

});
