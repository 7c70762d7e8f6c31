import neo4j from 'neo4j-driver';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Given a calendar day "YYYY-MM-DD", returns the driver's Date value, so that a parameter is
 * stored as a native, indexable Neo4j `date` rather than a string. Throws on any other form.
 * (Reading goes the other way through toNative, which turns dates back into ISO strings.)
 */
export function toNeo4jDate(isoDay: string): InstanceType<typeof neo4j.types.Date> {
  const m = DAY.exec(isoDay);
  if (!m) throw new Error(`not a calendar day: ${JSON.stringify(isoDay)}`);
  return new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
}
