import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';

/** Separates array elements in a CSV field (BulkImport passes it as --array-delimiter). */
export const ARRAY_DELIMITER = '\u001f';

/**
 * A CSV field cannot hold an empty list (an empty field means "no property"), so an empty list
 * is written as this one-element list and set back to [] once Neo4j runs (restoreEmptyLists).
 */
export const EMPTY_LIST = '\u001e';

/** Where empty lists were written: label (nodes, always Entity) or type, and property. */
export interface EmptyListSite {
  kind: 'node' | 'relationship';
  labelOrType: string;
  property: string;
}

/** What the CSV files of one load hold, for progress and rates. */
export interface CsvCounts {
  nodes: number;
  relationships: number;
  files: number;
}

type Value = unknown;

/** The importer's column type of a stored value; throws on a value a MERGE could store but a CSV cannot. */
function columnType(name: string, v: Value): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (v instanceof neo4j.types.Date) return 'date';
  if (Array.isArray(v)) {
    // An empty list keeps the type `string[]`: Cypher reads back [] whatever its element type.
    const types = new Set(v.map((x) => columnType(name, x)));
    if (types.size > 1) throw new Error(`property ${name} mixes element types ${[...types].join(', ')}`);
    return `${[...types][0] ?? 'string'}[]`;
  }
  throw new Error(`property ${name} has a value the bulk importer cannot store: ${JSON.stringify(v)}`);
}

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;

function field(name: string, v: Value): string {
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) {
    const parts = v.map((x) => String(x));
    if (parts.length === 0) return quote(EMPTY_LIST);
    if (parts.some((p) => p.includes(ARRAY_DELIMITER)) || (parts.length === 1 && (parts[0] === '' || parts[0] === EMPTY_LIST))) {
      throw new Error(`property ${name} holds a list the CSV format cannot tell apart (${JSON.stringify(v)})`);
    }
    return quote(parts.join(ARRAY_DELIMITER));
  }
  return String(v);
}

/**
 * Writes node and relationship rows as the bulk importer's CSV files in `dir`. Rows whose
 * properties have the same names and types share a file whose header names exactly those
 * columns, so no property is stored that the row does not have (an empty field would be
 * ambiguous between "absent" and ""). null and undefined properties are left out, as SET does.
 */
export class BulkCsvWriter {
  private readonly files = new Map<string, { fd: number; buffer: string[]; size: number }>();
  readonly counts: CsvCounts = { nodes: 0, relationships: 0, files: 0 };
  /** Keyed by kind, label or type, and property. */
  readonly emptyLists = new Map<string, EmptyListSite>();

  constructor(private readonly dir: string) {}

  /** One node: `labels` from an allow-list (checked by the caller), `id` its :ID. */
  node(id: string, labels: readonly string[], props: Record<string, Value>): void {
    this.noteEmptyLists('node', 'Entity', props);
    this.row('nodes', ['id:ID', ':LABEL'], [quote(id), quote(labels.join(ARRAY_DELIMITER))], props);
    this.counts.nodes += 1;
  }

  /** One relationship of an allow-listed `type` between two node ids. */
  relationship(type: string, from: string, to: string, props: Record<string, Value>): void {
    this.noteEmptyLists('relationship', type, props);
    this.row('rels', [':START_ID', ':END_ID', ':TYPE'], [quote(from), quote(to), type], props);
    this.counts.relationships += 1;
  }

  private noteEmptyLists(kind: EmptyListSite['kind'], labelOrType: string, props: Record<string, Value>): void {
    for (const [property, v] of Object.entries(props)) {
      if (Array.isArray(v) && v.length === 0) this.emptyLists.set(`${kind} ${labelOrType} ${property}`, { kind, labelOrType, property });
    }
  }

  private row(kind: string, fixedHeader: string[], fixed: string[], props: Record<string, Value>): void {
    const entries = Object.entries(props).filter(([k, v]) => v !== null && v !== undefined && k !== 'id').sort(([a], [b]) => (a < b ? -1 : 1));
    const header = [...fixedHeader, ...entries.map(([k, v]) => `${k}:${columnType(k, v)}`)];
    const key = `${kind}\u0000${header.join(',')}`;
    let file = this.files.get(key);
    if (!file) {
      this.counts.files += 1;
      const fd = openSync(join(this.dir, `${kind}-${String(this.counts.files).padStart(5, '0')}.csv`), 'wx');
      file = { fd, buffer: [header.join(',')], size: 0 };
      this.files.set(key, file);
    }
    const line = [...fixed, ...entries.map(([k, v]) => field(k, v))].join(',');
    file.buffer.push(line);
    file.size += line.length;
    if (file.size > 1 << 20) this.flush(file);
  }

  private flush(file: { fd: number; buffer: string[]; size: number }): void {
    if (file.buffer.length > 0) writeSync(file.fd, `${file.buffer.join('\n')}\n`);
    file.buffer = [];
    file.size = 0;
  }

  /** Flushes and closes every file; the writer must not be used afterwards. */
  close(): void {
    for (const file of this.files.values()) {
      this.flush(file);
      closeSync(file.fd);
    }
    this.files.clear();
  }
}
