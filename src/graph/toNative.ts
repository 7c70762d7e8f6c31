import neo4j from 'neo4j-driver';

/**
 * Given a value read from neo4j-driver, returns plain JSON-friendly data: Integers become
 * numbers (they stay within 2^53 for counts and ids), temporal values their ISO strings,
 * nodes and relationships their properties (plus `__labels`/`__type`), and lists and maps are
 * converted deeply. This is the one place driver value types are unwrapped.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value !== 'object') return value;
  if (isTemporal(value)) return String(value);
  if (neo4j.isNode(value)) return { ...mapValues(value.properties), __labels: value.labels };
  if (neo4j.isRelationship(value)) return { ...mapValues(value.properties), __type: value.type };
  if (neo4j.isPath(value)) return { segments: value.segments.map((s) => toNative({ start: s.start, rel: s.relationship, end: s.end })) };
  return mapValues(value as Record<string, unknown>);
}

function mapValues(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toNative(v);
  return out;
}

function isTemporal(v: object): boolean {
  return neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v);
}
