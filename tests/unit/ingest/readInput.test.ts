import { describe, expect, it } from 'vitest';
import { InputError, MAX_INPUT_BYTES, readInput } from '../../../src/ingest/readInput.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function refusal(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('readInput: accepted formats', () => {
  it('reads plain text, dropping a BOM and turning CRLF into LF', () => {
    const r = readInput(utf8('\uFEFFMarchers met at the square.\r\nSpeakers: Ann Lee.\r\n'), 'rally.txt');
    expect(r).toEqual({ text: 'Marchers met at the square.\nSpeakers: Ann Lee.\n', format: 'text' });
  });

  it('keeps Markdown verbatim and says so', () => {
    const md = '# Ward results\n\n- Ann Lee - Green - 1,204\n';
    expect(readInput(utf8(md), 'results.md')).toEqual({ text: md, format: 'markdown' });
  });

  it('reads an HTTP body string the same way as bytes', () => {
    expect(readInput('Zoë García spoke — “at last”. 😀', 'body')).toEqual({ text: 'Zoë García spoke — “at last”. 😀', format: 'text' });
  });

  it('takes the main text of a saved page: article kept, navigation and scripts dropped, table rows as lines', () => {
    const para = 'The coalition held its spring rally on the common, and several hundred people came to listen. ';
    const html = `<!doctype html><html><head><title>Spring rally | Town Gazette</title><script>var tracker = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Spring rally on the common</h1><p>${para.repeat(4)}</p>
<p>Speakers included Ann Lee and Peter Okafor.</p>
<table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr><tr><td>Ann Lee</td><td>Green</td><td>1,204</td></tr></table>
</article><footer>Copyright Town Gazette</footer></body></html>`;
    const r = readInput(utf8(html), 'page.html');
    expect(r.format).toBe('html');
    expect(r.text).toContain('Speakers included Ann Lee and Peter Okafor.');
    expect(r.text).toContain('Ann Lee - Green - 1,204');
    expect(r.text).not.toContain('tracker');
    expect(r.text).not.toContain('Sport');
    expect(r.title).toMatch(/Spring rally/);
  });

  it('recognises HTML by its doctype when the name has no extension, and reads a short page by its body', () => {
    const r = readInput('<!DOCTYPE html><html><body><p>Short note.</p><p>Second line.</p></body></html>', 'body');
    expect(r.format).toBe('html');
    expect(r.text).toBe('Short note.\n\nSecond line.');
  });
});

describe('readInput: refusals, each one typed error with one line', () => {
  it('refuses an empty file and a blank one', () => {
    for (const input of [new Uint8Array(0), utf8('  \n\t\n')]) {
      const e = refusal(() => readInput(input, 'empty.txt'));
      expect(e.code).toBe('EMPTY');
      expect(e.message).toBe('empty.txt: is empty');
    }
  });

  it('refuses an HTML page with no text', () => {
    const e = refusal(() => readInput(utf8('<html><body><script>x()</script></body></html>'), 'blank.html'));
    expect(e.code).toBe('EMPTY');
    expect(e.message).toContain('no readable text');
  });

  it('refuses a binary file (NUL bytes, or other control bytes)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(refusal(() => readInput(png, 'photo.png')).code).toBe('BINARY');
    const e = refusal(() => readInput(utf8('text\u0007bell'), 'odd.txt'));
    expect(e.code).toBe('BINARY');
    expect(e.message).toContain('U+0007 at offset 4');
  });

  it('refuses text that is not UTF-8 (Latin-1 bytes) and a string with a lone surrogate', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6d, 0x65, 0x74]); // "Café met" in Latin-1
    const e = refusal(() => readInput(latin1, 'latin1.txt'));
    expect(e.code).toBe('NOT_UTF8');
    expect(e.message).toBe('latin1.txt: is not valid UTF-8; save it as UTF-8 text and try again');
    expect(refusal(() => readInput('Ann \uD800 Lee', 'body')).code).toBe('NOT_UTF8');
  });

  it('refuses input over the limit, counted in UTF-8 bytes, and accepts input at the limit', () => {
    const atLimit = 'a'.repeat(MAX_INPUT_BYTES);
    expect(readInput(atLimit, 'big.txt').text.length).toBe(MAX_INPUT_BYTES);
    const e = refusal(() => readInput(utf8(`${atLimit}b`), 'big.txt'));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toBe(`big.txt: is ${MAX_INPUT_BYTES + 1} bytes; the limit is ${MAX_INPUT_BYTES} bytes (2 MB)`);
    // 'é' is two bytes in UTF-8: half the limit in characters is already at it, one more is over
    expect(refusal(() => readInput(`${'é'.repeat(MAX_INPUT_BYTES / 2)}x`, 'body')).code).toBe('TOO_LARGE');
  });
});
