import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

/** One still-unreviewed item of an extraction file, as the review command lists it. */
export interface PendingItem {
  section: 'entities' | 'links';
  /** `person:ann-lee`, or `PARTICIPATED_IN person:ann-lee -> event:…` for a link. */
  label: string;
  confidence?: number;
  proposedBy?: string;
  /** 1-based line of the item in the file. */
  line: number;
}

/** The items of `entities` and `links` that say `reviewed: false`, in file order. */
export function pendingItems(yamlText: string): PendingItem[] {
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  const lineOf = lineStarts(yamlText);
  const out: PendingItem[] = [];
  for (const section of ['entities', 'links'] as const) {
    for (const item of itemsOf(doc.get(section))) {
      if (item.get('reviewed') !== false) continue;
      const label = section === 'entities'
        ? String(item.get('id'))
        : `${String(item.get('type'))} ${String(item.get('from'))} -> ${String(item.get('to'))}${item.has('role') ? ` (${String(item.get('role'))})` : ''}`;
      const confidence = item.get('confidence');
      const proposedBy = item.get('proposedBy');
      out.push({
        section, label, line: lineOf(item.range?.[0] ?? 0),
        ...(typeof confidence === 'number' ? { confidence } : {}),
        ...(typeof proposedBy === 'string' ? { proposedBy } : {}),
      });
    }
  }
  return out;
}

/**
 * Marks every remaining item reviewed, as docs/extraction-format.md#drafts-and-review describes:
 * each `reviewed: false` is deleted (absent means reviewed); `confidence` and `proposedBy` stay as
 * the record of where the item came from. Comments and every other item are kept as written.
 * Returns the new text and how many items were accepted (0: the text comes back unchanged).
 */
export function acceptAll(yamlText: string): { text: string; accepted: number } {
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) throw new Error(`not valid YAML: ${doc.errors[0]!.message}`);
  let accepted = 0;
  for (const section of ['entities', 'links'] as const) {
    for (const item of itemsOf(doc.get(section))) {
      if (item.get('reviewed') !== false) continue;
      item.delete('reviewed');
      accepted++;
    }
  }
  if (accepted === 0) return { text: yamlText, accepted };
  return { text: doc.toString({ lineWidth: 0 }), accepted };
}

function itemsOf(node: unknown): YAMLMap[] {
  return isSeq(node) ? node.items.filter((i): i is YAMLMap => isMap(i)) : [];
}

/** Given a text, returns a function from a character offset to its 1-based line. */
function lineStarts(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
