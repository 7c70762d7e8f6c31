import type { ValidationIssue } from '../validate/validationIssue.js';
import { validateContext } from '../validate/validateCorpus.js';
import { readCorpusContext, typeOfRef, type CorpusContext, type CorpusOptions } from './corpusContext.js';
import { flatProps, type ScalarProps } from './entityProps.js';
import { locateEvidence, type QuoteSpan } from './locateQuote.js';
import { mergeEntity } from './mergeEntity.js';
import { parsePartialDate, type DatePrecision } from './partialDate.js';
import {
  DOCUMENT_REF_PREFIX, type DocumentMeta, type EndpointType, type EntityType, type EvidenceItem, type LinkType,
} from './schema.js';

export interface DocumentRow {
  id: string; title: string; publisher: string; kind: DocumentMeta['kind'];
  published: string; publishedPrecision: DatePrecision; publishedInferred: string | null;
  author: string | null; url: string | null; text: string;
}

/** Evidence of one entity in one document; offsets are 0-based UTF-16, `ends` exclusive. */
/** `reviewed` is false when the document's file declares the entity as an unreviewed draft. */
export interface Mention { doc: string; quotes: string[]; starts: number[]; ends: number[]; reviewed: boolean }

export interface EntityRow {
  id: string; type: EntityType; name: string;
  aliases: string[]; misspellings: string[];
  props: ScalarProps;
  mentions: Mention[];
}

export interface LinkRow {
  /** `${doc}#${type}#${from}#${to}#${role}#${n}`: the same for the same file content. */
  key: string;
  type: LinkType; from: string; to: string;
  /** Labels of the ends; a 'Document' end is written `doc:<id>` in `from`/`to`. */
  fromType: EndpointType; toType: EndpointType;
  doc: string;
  props: ScalarProps;
  quotes: string[]; starts: number[]; ends: number[];
}

export interface ResolvedCorpus {
  documents: DocumentRow[];
  entities: EntityRow[];
  links: LinkRow[];
  /** When non-empty the rows must not be imported. */
  issues: ValidationIssue[];
}

function spans(text: string | undefined, evidence: readonly EvidenceItem[]): QuoteSpan[] {
  if (text === undefined) return [];
  return evidence.flatMap((item) => {
    const found = locateEvidence(text, item);
    return found.ok ? [found.span] : [];
  });
}

function documentRow(ctx: CorpusContext, id: string): DocumentRow[] {
  const meta = ctx.documents.documents.get(id)?.value;
  const text = ctx.texts.get(id);
  if (!meta || text === undefined) return [];
  return [{
    id, title: meta.title, publisher: meta.publisher, kind: meta.kind, published: meta.published,
    publishedPrecision: parsePartialDate(meta.published)?.precision ?? 'YEAR',
    publishedInferred: meta.publishedInferred ?? null, author: meta.author ?? null, url: meta.url ?? null, text,
  }];
}

function entityRows(ctx: CorpusContext): EntityRow[] {
  const rows = new Map<string, EntityRow>();
  for (const x of ctx.selected) {
    for (const { value } of x.entities) {
      const row = rows.get(value.id) ?? newEntityRow(ctx, value.id);
      rows.set(value.id, row);
      const found = spans(ctx.texts.get(x.stem), value.evidence);
      let mention = row.mentions.find((m) => m.doc === x.stem);
      if (!mention) row.mentions.push((mention = { doc: x.stem, quotes: [], starts: [], ends: [], reviewed: value.reviewed !== false }));
      for (const s of found) (mention.quotes.push(s.quote), mention.starts.push(s.start), mention.ends.push(s.end));
    }
  }
  return [...rows.values()];
}

/** Name, aliases and props merge every file's declarations, so a row does not depend on which files are imported. */
function newEntityRow(ctx: CorpusContext, id: string): EntityRow {
  const [first, ...rest] = ctx.declarations.get(id) ?? [];
  if (!first) throw new Error(`no declaration of ${id}`);
  const merged = mergeEntity([first, ...rest]);
  return { id, type: merged.type, name: merged.name, aliases: merged.aliases, misspellings: merged.misspellings, props: merged.props, mentions: [] };
}

function linkRows(ctx: CorpusContext): LinkRow[] {
  return ctx.selected.flatMap((x) => {
    const counts = new Map<string, number>();
    return x.links.map(({ value }): LinkRow => {
      const props = flatProps(value);
      const base = [x.stem, value.type, value.from, value.to, props['role'] ?? ''].join('#');
      const n = counts.get(base) ?? 0;
      counts.set(base, n + 1);
      const found = spans(ctx.texts.get(x.stem), value.evidence);
      return {
        key: `${base}#${n}`, type: value.type, from: value.from, to: value.to,
        fromType: typeOfRef(ctx, value.from) ?? 'Person', toType: typeOfRef(ctx, value.to) ?? 'Person',
        doc: x.stem, props,
        quotes: found.map((s) => s.quote), starts: found.map((s) => s.start), ends: found.map((s) => s.end),
      };
    });
  });
}

/** Rows for the selected files; references resolve against every extraction file. */
export function resolveContext(ctx: CorpusContext): ResolvedCorpus {
  const links = linkRows(ctx);
  const docIds = new Set([
    ...ctx.selected.map((x) => x.stem),
    ...links.flatMap((l) => [l.from, l.to]).filter((id) => id.startsWith(DOCUMENT_REF_PREFIX)).map((id) => id.slice(DOCUMENT_REF_PREFIX.length)),
  ]);
  return {
    documents: [...docIds].flatMap((id) => documentRow(ctx, id)),
    entities: entityRows(ctx),
    links,
    issues: validateContext(ctx),
  };
}

export async function loadCorpus(opts: CorpusOptions): Promise<ResolvedCorpus> {
  return resolveContext(await readCorpusContext(opts));
}
