import { DATE_FIELDS } from '../extraction/entityProps.js';
import { earliestDay, latestDay, parsePartialDate } from '../extraction/partialDate.js';
import { toNeo4jDate } from '../graph/toNeo4jDate.js';

/**
 * A partial date is an interval: "2021" is every day of 2021, "2021-05" every day of May 2021.
 * Given the flat properties of a node or relationship, returns them with, for every partial-date
 * property X (born, date, start, end, published), `XFrom` and `XTo`: the first and the last day
 * X may denote, as native Neo4j dates. Queries compare these, never the partial strings, so
 * "2021" falls inside a window of 2021-01-01..2021-12-31 (see docs/graph-model.md#dates).
 */
export function withDateEnds<T extends Record<string, unknown>>(props: T): T & Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  for (const field of DATE_FIELDS) {
    const value = props[field];
    const date = typeof value === 'string' ? parsePartialDate(value) : null;
    if (!date) continue;
    out[`${field}From`] = toNeo4jDate(earliestDay(date));
    out[`${field}To`] = toNeo4jDate(latestDay(date));
  }
  return out as T & Record<string, unknown>;
}
