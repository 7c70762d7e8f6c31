import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type ResolvedCorpus } from '../../src/extraction/resolveCorpus.js';
import { BulkCsvWriter } from '../../src/import/bulkCsvFiles.js';
import { CORPUS_DIR, EXTRACTION_DIR } from '../../src/import/importCorpusFiles.js';
import { BulkDuplicateDocumentError, BulkRows } from '../../src/import/bulkRows.js';

// The streamed bulk load writes each shard's documents and relationships as the shard arrives.
// Split into shards, the real corpus must give exactly the rows it gives as one corpus, even
// when a shard's relationships name entities only a later shard declares (they wait).

let corpus: ResolvedCorpus;
const dirs: string[] = [];
beforeAll(async () => {
  corpus = await loadCorpus({ corpusDir: CORPUS_DIR, extractionDir: EXTRACTION_DIR });
}, 120_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every written row as "header | row", sorted: what the importer reads, whatever the file order. */
function rowsOf(shards: ResolvedCorpus[]): { rows: string[]; counts: BulkCsvWriter['counts'] } {
  const dir = mkdtempSync(join(tmpdir(), 'bulk-shards-'));
  dirs.push(dir);
  const writer = new BulkCsvWriter(dir);
  const rows = new BulkRows(writer);
  for (const s of shards) rows.add(s);
  rows.finish();
  writer.close();
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const [header, ...lines] = readFileSync(join(dir, f), 'utf8').trimEnd().split('\n');
    for (const l of lines) out.push(`${f.split('-')[0]} ${header} | ${l}`);
  }
  return { rows: out.sort(), counts: writer.counts };
}

describe('bulk rows over shards', () => {
  it('write the same rows for the real corpus split in two as for it whole, entities declared only by the later shard', () => {
    const whole = rowsOf([corpus]);
    const firstDocs = new Set(corpus.documents.slice(0, Math.ceil(corpus.documents.length / 2)).map((d) => d.id));
    const first: ResolvedCorpus = { documents: corpus.documents.filter((d) => firstDocs.has(d.id)), entities: [], links: corpus.links.filter((l) => firstDocs.has(l.doc)), issues: [] };
    const second: ResolvedCorpus = { documents: corpus.documents.filter((d) => !firstDocs.has(d.id)), entities: corpus.entities, links: corpus.links.filter((l) => !firstDocs.has(l.doc)), issues: [] };
    expect(first.links.length).toBeGreaterThan(0);
    expect(second.links.length).toBeGreaterThan(0);
    const split = rowsOf([first, second]);
    expect(split.counts.nodes).toBe(whole.counts.nodes);
    expect(split.counts.relationships).toBe(whole.counts.relationships);
    expect(split.rows).toEqual(whole.rows);
    // Real corpus facts: every document and every declared entity is a node, and there are links.
    expect(whole.counts.nodes).toBe(corpus.documents.length + corpus.entities.length);
    expect(whole.rows.some((r) => r.includes(',MENTIONS,'))).toBe(true);
  });

  it('refuse a document met in two shards, since its rows are already written', () => {
    const one = { documents: corpus.documents.slice(0, 1), entities: [], links: [], issues: [] };
    const dir = mkdtempSync(join(tmpdir(), 'bulk-shards-'));
    dirs.push(dir);
    const writer = new BulkCsvWriter(dir);
    const rows = new BulkRows(writer);
    rows.add(one);
    expect(() => rows.add(one)).toThrow(BulkDuplicateDocumentError);
    writer.close();
  });
});
