import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadDocuments, type LoadedDocuments } from './loadDocuments.js';
import { loadExtraction, type LoadedExtraction } from './loadExtraction.js';
import { DOCUMENT_REF_PREFIX, type EndpointType, type Entity } from './schema.js';
import type { YamlPath } from './yamlSource.js';

export interface CorpusOptions {
  corpusDir: string;
  extractionDir: string;
  /** Extraction files to check and produce; all of extractionDir when absent. */
  files?: string[];
}

export interface Declaration {
  readonly entity: Entity;
  readonly source: LoadedExtraction;
  readonly path: YamlPath;
}

/** Everything the checks and the resolver read. `extractions` is in file-path order. */
export interface CorpusContext {
  readonly extractions: readonly LoadedExtraction[];
  readonly selected: readonly LoadedExtraction[];
  readonly documents: LoadedDocuments;
  /** Document text by id (leading BOM removed); absent when corpus/<id>.txt is missing. */
  readonly texts: ReadonlyMap<string, string>;
  /** Every entity declaration of every extraction file, by id, in file order. */
  readonly declarations: ReadonlyMap<string, readonly Declaration[]>;
  isSelected(source: LoadedExtraction): boolean;
  textPath(docId: string): string;
}

export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel.startsWith('..') ? abs : rel;
}

async function readTextOrNull(file: string): Promise<string | null> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

async function listYaml(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.resolve(dir, n));
}

function indexDeclarations(extractions: readonly LoadedExtraction[]): Map<string, Declaration[]> {
  const byId = new Map<string, Declaration[]>();
  for (const source of extractions) {
    for (const { value, path: p } of source.entities) {
      const list = byId.get(value.id) ?? [];
      list.push({ entity: value, source, path: p });
      byId.set(value.id, list);
    }
  }
  return byId;
}

export async function readCorpusContext(opts: CorpusOptions): Promise<CorpusContext> {
  const wanted = opts.files?.map((f) => path.resolve(f));
  const all = [...new Set([...(await listYaml(opts.extractionDir)), ...(wanted ?? [])])].sort();
  const extractions = await Promise.all(all.map((abs) => loadExtraction(abs, displayPath(abs))));
  const selectedFiles = new Set((wanted ?? all).map(displayPath));
  const isSelected = (x: LoadedExtraction): boolean => selectedFiles.has(x.file);
  const textPath = (id: string): string => displayPath(path.resolve(opts.corpusDir, `${id}.txt`));
  const texts = new Map<string, string>();
  for (const id of new Set(extractions.map((x) => x.stem))) {
    const text = await readTextOrNull(path.resolve(opts.corpusDir, `${id}.txt`));
    if (text !== null) texts.set(id, text);
  }
  const docsFile = path.resolve(opts.corpusDir, 'documents.yaml');
  return {
    extractions,
    selected: extractions.filter(isSelected),
    documents: await loadDocuments(docsFile, displayPath(docsFile)),
    texts,
    declarations: indexDeclarations(extractions),
    isSelected,
    textPath,
  };
}

/** The declared type of an id, 'Document' for a known `doc:` id, or null if undeclared. */
export function typeOfRef(ctx: CorpusContext, id: string): EndpointType | null {
  if (id.startsWith(DOCUMENT_REF_PREFIX)) return ctx.documents.documents.has(id.slice(DOCUMENT_REF_PREFIX.length)) ? 'Document' : null;
  return ctx.declarations.get(id)?.[0]?.entity.type ?? null;
}
