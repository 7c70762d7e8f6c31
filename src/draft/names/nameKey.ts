import anyAscii from 'any-ascii';
import { normaliseName } from '../../extraction/normaliseName.js';

/**
 * Comparison key for linking: normaliseName, then accents and other scripts folded to ASCII
 * ("René González" → "rene gonzalez", "Øystein" → "oystein").
 */
export function nameKey(name: string): string {
  return normaliseName(anyAscii(normaliseName(name)));
}
