import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseExtraction } from '../extraction/loadExtraction.js';
import type { Entity, EntityType } from '../extraction/schema.js';
import { nameKey } from './names/nameKey.js';

/** One extraction file as the gazetteer reads it: only its document id and entities. */
export interface GazetteerFile {
  readonly document: string;
  readonly entities: readonly Entity[];
}

export interface GazetteerOptions {
  /** Leave this document's file out entirely (leave-one-out evaluation, re-drafting a document). */
  readonly excludeDocument?: string;
}

/** A known entity: every name form the included files give it. */
export interface GazetteerEntry {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Name, aliases and misspellings, deduplicated, name first. */
  readonly forms: readonly string[];
  /** Organisation kind, event kind…, from the first declaration that has one. */
  readonly kind: string | null;
  readonly documents: readonly string[];
}

/** Opaque to callers: built once, read by the linker. */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, GazetteerEntry>;
  /** Folded name form → ids carrying it. */
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  /** Folded word of a Person form → ids of people with a form containing it (candidate blocking). */
  readonly byWord: ReadonlyMap<string, readonly string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function buildGazetteer(files: ReadonlyArray<GazetteerFile>, options: GazetteerOptions = {}): Gazetteer {
  const entries = new Map<string, { id: string; type: EntityType; name: string; forms: string[]; kind: string | null; documents: string[] }>();
  for (const file of files) {
    if (file.document === options.excludeDocument) continue;
    for (const e of file.entities) {
      const entry = entries.get(e.id) ?? { id: e.id, type: e.type, name: e.name, forms: [], kind: null, documents: [] };
      entries.set(e.id, entry);
      for (const form of [e.name, ...(e.aliases ?? []), ...(e.misspellings ?? [])]) if (!entry.forms.includes(form)) entry.forms.push(form);
      if (entry.kind === null && 'kind' in e && typeof e.kind === 'string') entry.kind = e.kind;
      if (!entry.documents.includes(file.document)) entry.documents.push(file.document);
    }
  }
  const byKey = new Map<string, string[]>();
  const byWord = new Map<string, string[]>();
  for (const entry of entries.values()) {
    for (const form of entry.forms) {
      const key = nameKey(form);
      if (key === '') continue;
      push(byKey, key, entry.id);
      if (entry.type === 'Person') for (const word of key.split(' ')) push(byWord, word, entry.id);
    }
  }
  return { entries, byKey, byWord };
}

/**
 * Reads every extraction/*.yaml except the excluded document's, which is never opened. Items that
 * fail the schema are skipped (the validator reports them); a file that is not YAML is skipped too.
 */
export function loadGazetteer(extractionDir: string, options: GazetteerOptions = {}): Gazetteer {
  const names = readdirSync(extractionDir).filter((n) => /\.ya?ml$/.test(n)).sort();
  const files: GazetteerFile[] = [];
  for (const name of names) {
    const stem = name.replace(/\.ya?ml$/, '');
    if (stem === options.excludeDocument) continue;
    const x = parseExtraction(name, readFileSync(path.join(extractionDir, name), 'utf8'));
    files.push({ document: stem, entities: x.entities.map((e) => e.value) });
  }
  return buildGazetteer(files, options);
}
