import { isMap, isSeq, parseDocument } from 'yaml';

/**
 * Given an extraction file's YAML, returns it with every entity and link whose `reviewed` is
 * false marked `reviewed: true`, and how many were marked. The document is edited in place
 * through the yaml library's document model, so comments, key order and quoting are kept
 * (only the changed scalars are re-rendered). Throws on YAML that does not parse.
 */
export function acceptAll(yamlText: string, file: string): { yaml: string; accepted: number } {
  const doc = parseDocument(yamlText, { keepSourceTokens: true });
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message ?? 'does not parse'}`);
  let accepted = 0;
  for (const section of ['entities', 'links']) {
    const list = doc.get(section);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (isMap(item) && item.get('reviewed') === false) {
        item.set('reviewed', true);
        accepted++;
      }
    }
  }
  return { yaml: doc.toString({ lineWidth: 0 }), accepted };
}
