import { evidenceOf, type EvidenceModel, type RelProps } from '../queries/models.js';

/**
 * Each document's link is its own relationship, so a fact told by two documents arrives as two
 * rows. Given rows and the key that identifies a fact, returns one row per fact (in first-seen
 * order): the first row, its relationship's missing properties filled from the others (e.g. a
 * vote share only one document gives), and `evidence` from every document.
 */
export function mergeFacts<R extends { rel: RelProps }>(rows: readonly R[], keyOf: (row: R) => string): Array<R & { evidence: EvidenceModel[] }> {
  const merged = new Map<string, R & { evidence: EvidenceModel[] }>();
  for (const row of rows) {
    const key = keyOf(row);
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...row, rel: { ...row.rel }, evidence: evidenceOf(row.rel) });
      continue;
    }
    for (const [k, v] of Object.entries(row.rel)) {
      if ((seen.rel[k] === null || seen.rel[k] === undefined) && v !== null && v !== undefined) seen.rel[k] = v;
    }
    seen.evidence.push(...evidenceOf(row.rel));
  }
  return [...merged.values()];
}
