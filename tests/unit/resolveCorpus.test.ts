import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type ResolvedCorpus } from '../../src/extraction/resolveCorpus.js';

const root = path.resolve(import.meta.dirname, '..', 'fixtures', 'valid');
const opts = { corpusDir: path.join(root, 'corpus'), extractionDir: path.join(root, 'extraction') };
const text = (doc: string) => readFileSync(path.join(opts.corpusDir, `${doc}.txt`), 'utf8');

function entity(r: ResolvedCorpus, id: string) {
  const row = r.entities.find((e) => e.id === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

describe('loadCorpus on the valid fixture', () => {
  it('produces documents with metadata, precision and text', async () => {
    const r = await loadCorpus(opts);
    expect(r.issues).toEqual([]);
    expect(r.documents.map((d) => d.id)).toEqual(['doc-a', 'doc-b']);
    expect(r.documents[1]).toMatchObject({
      published: '2015', publishedPrecision: 'YEAR', author: 'Sam Ink', url: null,
      publishedInferred: 'the election it describes was in 2015', text: text('doc-b'),
    });
  });

  it('merges one id across files: aliases unioned, misspellings kept, props flat', async () => {
    const ada = entity(await loadCorpus(opts), 'person:ada-quill');
    expect(ada.aliases).toEqual(['Councillor Ada Quill', 'Quill', 'Ada Quil']);
    expect(ada.misspellings).toEqual(['Ada Quil']);
    expect(ada.props).toEqual({ born: '1970', bornPrecision: 'YEAR', bornInferred: 'the text says "born in 1970"' });
    expect(ada.mentions.map((m) => m.doc)).toEqual(['doc-a', 'doc-b']);
  });

  it('stores offsets that slice back to each quote', async () => {
    const r = await loadCorpus(opts);
    const spans = [
      ...r.entities.flatMap((e) => e.mentions.flatMap((m) => m.quotes.map((q, i) => ({ doc: m.doc, q, s: m.starts[i], e: m.ends[i] })))),
      ...r.links.flatMap((l) => l.quotes.map((q, i) => ({ doc: l.doc, q, s: l.starts[i], e: l.ends[i] }))),
    ];
    expect(spans.length).toBeGreaterThanOrEqual(25);
    for (const { doc, q, s, e } of spans) expect(text(doc).slice(s, e)).toBe(q);
  });

  it('honours an explicit start for a repeated quote', async () => {
    const r = await loadCorpus(opts);
    const signed = r.links.find((l) => l.type === 'SIGNED' && l.from === 'person:ada-quill');
    expect(signed?.starts).toEqual([text('doc-a').lastIndexOf('Ada Quill')]);
    expect(signed?.starts[0]).not.toBe(text('doc-a').indexOf('Ada Quill'));
  });

  it('flattens link and election props, with Neo4j-storable scalars only', async () => {
    const r = await loadCorpus(opts);
    const held = r.links.find((l) => l.type === 'HELD_POSITION');
    expect(held?.props).toEqual({ role: 'general secretary', current: true });
    expect(r.links.find((l) => l.type === 'STOOD_IN')?.props).toEqual({ votes: 1204 });
    expect(entity(r, 'local.millbrook.harbour.2015').props).toMatchObject({ kind: 'local', area: 'Harbour', seats: 1, datePrecision: 'YEAR' });
    const authored = r.links.find((l) => l.type === 'AUTHORED');
    expect(authored).toMatchObject({ to: 'doc:doc-a', toType: 'Document', fromType: 'Person' });
    for (const row of [...r.links, ...r.entities]) {
      for (const v of Object.values(row.props)) expect(['string', 'number', 'boolean']).toContain(typeof v);
    }
  });

  it('gives every link a unique key that is the same on a second run', async () => {
    const [a, b] = [await loadCorpus(opts), await loadCorpus(opts)];
    const keys = a.links.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(b.links.map((l) => l.key)).toEqual(keys);
    expect(keys).toContain('doc-a#PARTICIPATED_IN#person:ada-quill#event:harbour-day-rally-2019#speaker#0');
  });

  it('imports one file while resolving references against the others', async () => {
    const r = await loadCorpus({ ...opts, files: [path.join(opts.extractionDir, 'doc-b.yaml')] });
    expect(r.issues).toEqual([]);
    expect(r.documents.map((d) => d.id).sort()).toEqual(['doc-a', 'doc-b']);
    expect(r.links.every((l) => l.doc === 'doc-b')).toBe(true);
    expect(r.entities.map((e) => e.id)).not.toContain('person:tom-reyes');
    const ada = entity(r, 'person:ada-quill');
    expect(ada.mentions.map((m) => m.doc)).toEqual(['doc-b']);
    expect(ada.aliases).toContain('Councillor Ada Quill');
  });
});
