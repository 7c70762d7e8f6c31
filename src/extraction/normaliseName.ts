/**
 * Comparison key for names: lower case, accents and apostrophes/periods removed,
 * `&` read as "and", other punctuation as a space, spaces collapsed.
 * "O’Neill" → "oneill", "Jean-Luc" → "jean luc", "Marks & Spencer" → "marks and spencer".
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
