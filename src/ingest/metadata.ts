import { stringify } from 'yaml';
import { findDates, findYear } from '../draft/dates.js';
import { DOCUMENT_KINDS } from '../extraction/vocabulary.js';
import { parsePartialDate } from '../extraction/partialDate.js';
import type { DocumentMeta } from '../extraction/schema.js';
import { IngestError } from './ingestErrors.js';

/** What the caller says about a document; everything else is guessed from the text. */
export interface DocumentFacts {
  title?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  kind?: string | undefined;
  url?: string | undefined;
}

/**
 * The published date: the given one, else the first full or month date printed in the text,
 * else its first year, else the current year; a guessed date carries `publishedInferred` saying why.
 */
export function guessPublished(text: string, given: string | undefined): Pick<DocumentMeta, 'published' | 'publishedInferred'> {
  if (given !== undefined) {
    if (!parsePartialDate(given)) throw new IngestError('input', `--published "${given}" is not a date like 2024, 2024-05 or 2024-05-02`);
    return { published: given };
  }
  const hit = findDates(text)[0] ?? findYear(text);
  if (hit) {
    const quote = text.slice(hit.start, hit.end);
    return { published: hit.value, publishedInferred: `guessed at ingest: the first date the text prints is "${quote}" (offset ${hit.start}); check it` };
  }
  const year = String(new Date().getUTCFullYear());
  return { published: year, publishedInferred: `guessed at ingest: the text prints no date; it was ingested in ${year}, so it was written then or earlier` };
}

/** The first non-blank line, shortened to 120 characters: the title when none is given. */
function firstLine(text: string): string {
  const line = text.split('\n').map((l) => l.replace(/^[#>*\s]+/, '').trim()).find((l) => l !== '') ?? 'untitled';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

/** The documents.yaml entry of a new document; throws IngestError('input') for a bad kind, URL or date. */
export function documentMeta(id: string, text: string, facts: DocumentFacts): DocumentMeta {
  const kind = facts.kind ?? 'news-report';
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw new IngestError('input', `kind "${kind}" is not one of ${DOCUMENT_KINDS.join(', ')}`);
  if (facts.url !== undefined && !URL.canParse(facts.url)) throw new IngestError('input', `url "${facts.url}" is not a URL`);
  const meta: DocumentMeta = {
    id,
    title: facts.title?.trim() || firstLine(text),
    publisher: facts.publisher?.trim() || 'unknown publisher (not given at ingest)',
    kind: kind as DocumentMeta['kind'],
    ...guessPublished(text, facts.published),
  };
  if (facts.url !== undefined) meta.url = facts.url;
  return meta;
}

/** documents.yaml with `meta` appended as a new list item; the existing text (and its comments) is kept as is. */
export function appendDocument(documentsYaml: string, meta: DocumentMeta): string {
  const item = stringify([meta], { lineWidth: 0 });
  const base = documentsYaml === '' || documentsYaml.endsWith('\n') ? documentsYaml : `${documentsYaml}\n`;
  return `${base}\n# added by npm run ingest\n${item}`;
}
