import { extname } from 'node:path';
import { htmlMainText } from './htmlText.js';
import { InputError } from './inputError.js';

export { InputError, type InputErrorCode } from './inputError.js';

/** The documented limit on one input, in bytes of UTF-8 (a file, or an HTTP body's `text`). */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export type InputFormat = 'text' | 'markdown' | 'html';

export interface ReadInput {
  /** The document text as it will be stored in corpus/: LF line ends, no BOM; for HTML, the main text. */
  text: string;
  format: InputFormat;
  /** For HTML, the page title Readability found (a default for --title). */
  title?: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Control characters other than tab, LF, CR and form feed: a text file has none of them.
const BINARY_CONTROL = /[\u0000-\u0008\u000E-\u001F]/;

/** The format by file extension, else by content: a leading doctype or <html> is HTML. */
function formatOf(name: string, text: string): InputFormat {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000))) return 'html';
  return 'text';
}

function decode(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError('BINARY', `${name}: contains NUL bytes; this looks like a binary file, not a text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('NOT_UTF8', `${name}: is not valid UTF-8; save it as UTF-8 text and try again`);
  }
}

/**
 * Reads one input into document text, or throws one InputError: over MAX_INPUT_BYTES (checked
 * first, before any decoding), binary (a NUL or other control byte), not valid UTF-8 (for a string,
 * a lone surrogate, which UTF-8 cannot hold), or empty (blank, or HTML with no text).
 */
export function readInput(input: Uint8Array | string, name: string): ReadInput {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > MAX_INPUT_BYTES) {
    throw new InputError('TOO_LARGE', `${name}: is ${size} bytes; the limit is ${MAX_INPUT_BYTES} bytes (2 MB)`);
  }
  let raw: string;
  if (typeof input === 'string') {
    if (LONE_SURROGATE.test(input)) throw new InputError('NOT_UTF8', `${name}: contains a lone UTF-16 surrogate, which is not valid UTF-8 text`);
    raw = input.replace(/^\uFEFF/, '');
  } else {
    raw = decode(input, name);
  }
  const control = BINARY_CONTROL.exec(raw);
  if (control) throw new InputError('BINARY', `${name}: contains control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} at offset ${control.index}; this looks like a binary file, not a text`);
  raw = raw.replace(/\r\n?/g, '\n');
  const format = formatOf(name, raw);
  let text = raw;
  let title: string | undefined;
  if (format === 'html') ({ text, title } = htmlMainText(raw));
  if (text.trim() === '') throw new InputError('EMPTY', `${name}: is empty${format === 'html' ? ' (the page has no readable text)' : ''}`);
  return title === undefined ? { text, format } : { text, format, title };
}
