import anyAscii from 'any-ascii';

/** Lower-case `a-z0-9-` slug of a name, as docs/extraction-format.md#ids asks; never empty. */
export function slugOf(name: string, fallback = 'unnamed'): string {
  const s = anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s === '' ? fallback : s;
}
