import type { Row } from '../graph/database.js';

/** Given rows that each carry `key`, returns them grouped by it (order kept). */
export function groupRows<T = Row>(rows: readonly Row[], key = 'key'): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(row[key]);
    const list = out.get(k) ?? [];
    list.push(row as T);
    out.set(k, list);
  }
  return out;
}
