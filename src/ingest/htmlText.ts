import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Elements that end a paragraph: their text is set off by a blank line. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'CAPTION', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/**
 * Plain text of an element tree with paragraph structure kept: blocks become paragraphs, a table
 * row becomes one line with cells joined by " - " (the form the results rules read), <br> a newline.
 */
function flatten(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) { out.push((node.textContent ?? '').replace(/\s+/g, ' ')); return; }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') { out.push('\n'); return; }
  if (tag === 'TR') {
    const cells = Array.from(node.childNodes)
      .filter((c) => c.nodeType === 1 && /^T[DH]$/i.test(c.nodeName))
      .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
    out.push(`\n${cells.join(' - ')}\n`);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) out.push('\n\n');
  for (const child of Array.from(node.childNodes)) flatten(child, out);
  if (block) out.push('\n\n');
}

/** Tidies flattened text: trims each line, drops runs of blank lines to one. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The main text of a saved HTML page: Mozilla Readability picks the article (dropping navigation,
 * footers and adverts); when it finds none (a short page, a bare results table) the whole body is
 * used. The title Readability found is returned for the caller's metadata.
 */
export function htmlMainText(html: string): { text: string; title: string | undefined } {
  const { document } = parseHTML(html);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    article = null; // Readability throws on some malformed trees; the body fallback still reads them
  }
  const out: string[] = [];
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    flatten(inner.body as unknown as DomNode, out);
  }
  let text = tidy(out.join(''));
  if (text === '') {
    const body = parseHTML(html).document.body as unknown as DomNode | null;
    const all: string[] = [];
    if (body) flatten(body, all);
    text = tidy(all.join(''));
  }
  const title = article?.title?.trim() || undefined;
  return { text, title };
}
