import type { Database, Row } from '../graph/database.js';
import { groupRows } from './groupRows.js';

/**
 * A section is one part of a combined read: the body of a Cypher `COLLECT {}` subquery that
 * reads `$keys` (a list; each item is what a request passes as `input`) and, when paged,
 * `$limit`, and returns one map per row, each with `key` (the request's key). A section's
 * text is fixed: it takes everything that varies as parameters, so the combined query text
 * depends only on which sections one tick asked for.
 */
export interface Section {
  readonly name: string;
  readonly cypher: string;
}

/** One field's request for one parent: which section, the rows' key, its `$keys` item, its `$limit`. */
export interface SectionRequest {
  section: Section;
  key: string;
  input: unknown;
  limit?: number;
}

export const sectionCacheKey = (r: SectionRequest): string => `${r.section.name}\u0000${r.key}\u0000${JSON.stringify(r.input)}\u0000${r.limit ?? ''}`;

/** The section's text with its parameters renamed to the given prefix (`$keys` → `$p0`, `$limit` → `$p0_limit`). */
const renamed = (section: Section, prefix: string): string =>
  section.cypher.replace(/\$keys\b/g, `$${prefix}`).replace(/\$limit\b/g, `$${prefix}_limit`);

/**
 * Given requests of any sections, reads them all in ONE round trip (`RETURN COLLECT {…} AS p0,
 * COLLECT {…} AS p1, …`, one column per section and page size) and returns each request's rows,
 * in the section's order. So every field of a profile, loaded in the same tick, costs one query.
 */
export async function readSections(db: Database, requests: readonly SectionRequest[]): Promise<Row[][]> {
  const groups = new Map<string, { section: Section; limit: number | undefined; inputs: Map<string, unknown> }>();
  for (const r of requests) {
    const id = `${r.section.name}\u0000${r.limit ?? ''}`;
    const group = groups.get(id) ?? { section: r.section, limit: r.limit, inputs: new Map() };
    group.inputs.set(JSON.stringify(r.input), r.input);
    groups.set(id, group);
  }
  const parts = [...groups.values()].sort((a, b) => a.section.name.localeCompare(b.section.name) || (a.limit ?? 0) - (b.limit ?? 0));
  const params: Record<string, unknown> = {};
  const columns = parts.map((part, i) => {
    params[`p${i}`] = [...part.inputs.values()];
    if (part.limit !== undefined) params[`p${i}_limit`] = part.limit;
    return `COLLECT {\n${renamed(part.section, `p${i}`)}\n} AS p${i}`;
  });
  const [row] = await db.read(`RETURN ${columns.join(',\n')}`, params);
  const byPart = new Map(parts.map((part, i) => [`${part.section.name}\u0000${part.limit ?? ''}`, groupRows((row?.[`p${i}`] ?? []) as Row[])]));
  return requests.map((r) => byPart.get(`${r.section.name}\u0000${r.limit ?? ''}`)?.get(r.key) ?? []);
}

/** Reads one section for many keys (one round trip): for query functions used outside a request. */
export async function readSection<T>(db: Database, section: Section, keys: ReadonlyArray<{ key: string; input: unknown }>, limit?: number): Promise<Map<string, T[]>> {
  const rows = await readSections(db, keys.map((k) => ({ section, ...k, ...(limit === undefined ? {} : { limit }) })));
  return new Map(keys.map((k, i) => [k.key, rows[i] as T[]]));
}
