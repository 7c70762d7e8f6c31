import type { Database } from '../graph/database.js';

/** A full-text index as a schema statement declares it. */
export interface FulltextIndexSpec {
  name: string;
  labels: string[];
  properties: string[];
  analyzer: string;
}

const CREATE_FULLTEXT = /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS FOR \(\w+:([\w|]+)\) ON EACH \[([^\]]*)\][\s\S]*?`fulltext\.analyzer`:\s*'([\w-]+)'/;

/** Given schema statements, returns the full-text indexes they create (the others are ignored). */
export function fulltextIndexSpecs(statements: readonly string[]): FulltextIndexSpec[] {
  return statements.flatMap((s) => {
    const m = CREATE_FULLTEXT.exec(s.trim());
    if (!m) return [];
    return [{ name: m[1]!, labels: m[2]!.split('|'), properties: m[3]!.split(',').map((p) => p.trim().replace(/^\w+\./, '')), analyzer: m[4]! }];
  });
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * `CREATE ... IF NOT EXISTS` keeps an index of the same name whatever its configuration, so a
 * database made by an older schema would keep searching with the old analyzer. Given the
 * declared full-text indexes, drops each existing one whose labels, properties or analyzer
 * differ (the schema statements then recreate it, and Neo4j repopulates it from the nodes).
 * Idempotent: on a database that matches, it drops nothing. Returns the names it dropped.
 */
export async function dropChangedFulltextIndexes(db: Database, specs: readonly FulltextIndexSpec[]): Promise<string[]> {
  if (specs.length === 0) return [];
  const existing = await db.read(
    `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
     WHERE name IN $names
     RETURN name, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
    { names: specs.map((s) => s.name) },
  );
  const dropped: string[] = [];
  for (const row of existing) {
    const spec = specs.find((s) => s.name === row.name)!;
    const matches = row.analyzer === spec.analyzer && same(row.labelsOrTypes as string[], spec.labels) && same(row.properties as string[], spec.properties);
    if (matches) continue;
    // The name comes from our own schema file (matched by \w+ above), never from input.
    await db.write(`DROP INDEX ${spec.name} IF EXISTS`, {}, 60000);
    dropped.push(spec.name);
  }
  return dropped;
}
