/** A text the extractor refuses to draft; `message` is one line saying why. */
export class DraftInputError extends Error {
  override readonly name = 'DraftInputError';
  constructor(message: string, readonly offset?: number) {
    super(message);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Refuses text that cannot be a document: empty or blank, a lone UTF-16 surrogate (not
 * representable in UTF-8, so neither the corpus file nor Neo4j could hold it), or a NUL byte (binary).
 */
export function checkDraftInput(document: string, text: string): void {
  if (text.trim() === '') throw new DraftInputError(`document ${document}: the text is empty`);
  const lone = LONE_SURROGATE.exec(text);
  if (lone) throw new DraftInputError(`document ${document}: lone UTF-16 surrogate at offset ${lone.index}; the text is not valid Unicode`, lone.index);
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new DraftInputError(`document ${document}: NUL character at offset ${nul}; the text looks binary`, nul);
}
