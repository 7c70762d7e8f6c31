import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Largest input accepted, in bytes (CLI files and POST /admin/documents bodies alike). */
export const MAX_INPUT_BYTES = 2_000_000;

/** An input file that cannot become a document; `message` is one line saying why. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(message: string, readonly status: 413 | 422 = 422) {
    super(message);
  }
}

/**
 * Decodes a document's bytes: strict UTF-8 (a BOM is dropped, CRLF becomes LF), refusing empty,
 * binary (NUL bytes) and oversize input. Minimal version; engineer hz owns the full one.
 */
export function decodeInput(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`${name}: ${bytes.length} bytes is over the ${MAX_INPUT_BYTES}-byte limit`, 413);
  if (bytes.includes(0)) throw new InputError(`${name}: contains NUL bytes; it looks binary, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 text`);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(`${name}: is empty`);
  return text;
}

/** Given saved HTML, returns its main text (Mozilla Readability over a linkedom DOM). */
export async function htmlMainText(html: string, name: string): Promise<string> {
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const text = (article?.textContent ?? '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (text === '') throw new InputError(`${name}: no main text found in the HTML`);
  return `${text}\n`;
}

/** Reads a plain text, Markdown or saved HTML file into the text to ingest. */
export async function readInput(file: string): Promise<string> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) throw new InputError(`${file}: ${size} bytes is over the ${MAX_INPUT_BYTES}-byte limit`, 413);
  const text = decodeInput(readFileSync(file), file);
  const isHtml = /\.x?html?$/i.test(path.extname(file)) || /^\s*<(!doctype html|html)/i.test(text);
  return isHtml ? htmlMainText(text, file) : text;
}
