import type { DocumentRow, EntityRow, LinkRow } from '../extraction/resolveCorpus.js';
import { withDateEnds } from './dateEnds.js';

export const DOC_PREFIX = 'doc:';
export const docNodeId = (stem: string): string => (stem.startsWith(DOC_PREFIX) ? stem : `${DOC_PREFIX}${stem}`);

/** Stored properties: scalars, lists, and the native dates withDateEnds adds. */
type Props = Record<string, unknown>;

/** Given a resolved document, returns the parameter row for cypher/load/010-documents.cypher. */
export function documentParams(d: DocumentRow): { id: string; props: Props } {
  return {
    id: docNodeId(d.id),
    props: withDateEnds({
      name: d.title, title: d.title, publisher: d.publisher, kind: d.kind, published: d.published,
      publishedPrecision: d.publishedPrecision, publishedInferred: d.publishedInferred,
      author: d.author, url: d.url, text: d.text, file: `corpus/${d.id}.txt`,
    }),
  };
}

/** Given a resolved entity, returns the row for cypher/load/020-entities.cypher. */
export function entityParams(e: EntityRow): { id: string; type: string; name: string; aliases: string[]; misspellings: string[]; aliasText: string; props: Props } {
  return { id: e.id, type: e.type, name: e.name, aliases: e.aliases, misspellings: e.misspellings, aliasText: e.aliases.join(' | '), props: withDateEnds(e.props) };
}

/** Given resolved entities, returns the rows for cypher/load/030-mentions.cypher. */
export function mentionParams(entities: readonly EntityRow[]): Array<{ doc: string; entity: string; quotes: string[]; starts: number[]; ends: number[]; reviewed: boolean }> {
  return entities.flatMap((e) => e.mentions.map((m) => ({ doc: docNodeId(m.doc), entity: e.id, quotes: m.quotes, starts: m.starts, ends: m.ends, reviewed: m.reviewed })));
}

/** Given a resolved link, returns the row for cypher/load/040-links.cypher: qualifiers plus evidence. */
export function linkParams(l: LinkRow): { key: string; from: string; to: string; props: Props } {
  const endId = (id: string): string => (id.startsWith(DOC_PREFIX) ? docNodeId(id.slice(DOC_PREFIX.length)) : id);
  return {
    key: l.key,
    from: endId(l.from),
    to: endId(l.to),
    props: withDateEnds({ ...l.props, doc: docNodeId(l.doc), quotes: l.quotes, starts: l.starts, ends: l.ends }),
  };
}

/** Splits rows into batches of at most `size`. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
