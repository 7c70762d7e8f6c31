import anyAscii from 'any-ascii';
import { normaliseName } from '../../extraction/normaliseName.js';

/**
 * Comparison key for linking: normaliseName, then accents and other scripts folded to ASCII
 * ("René González" → "rene gonzalez", "Øystein" → "oystein").
 */
export function nameKey(name: string): string {
  let key = cache.get(name);
  if (key === undefined) {
    key = normaliseName(anyAscii(normaliseName(name)));
    if (cache.size > 50_000) cache.clear();
    cache.set(name, key);
  }
  return key;
}

/** Names repeat a lot within and across documents; folding is the extractor's hottest step. */
const cache = new Map<string, string>();
