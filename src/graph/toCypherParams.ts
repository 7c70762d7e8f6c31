import neo4j from 'neo4j-driver';

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, SKIP and range() refuse; whole
 * numbers are therefore sent as Cypher integers, deeply through lists and maps.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
