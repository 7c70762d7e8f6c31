import { describe, expect, it } from 'vitest';
import { LINK_TYPES } from '../../src/extraction/vocabulary.js';
import { cypherStatements } from '../../src/import/cypherScripts.js';
import { SCHEMA_FILE } from '../../src/import/applySchema.js';

describe('cypherStatements', () => {
  it('splits the schema file into idempotent statements without comments', () => {
    const statements = cypherStatements(SCHEMA_FILE);
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) {
      expect(s).toMatch(/IF (NOT )?EXISTS/);
      expect(s).not.toMatch(/^\/\//m);
      expect(s.endsWith(';')).toBe(false);
    }
  });

  it('indexes `doc` on every evidenced link type, and the prune seeks each of them by it', () => {
    const schema = cypherStatements(SCHEMA_FILE).join('\n');
    const [pruneLinks] = cypherStatements('load/050-prune.cypher');
    for (const type of LINK_TYPES) {
      expect(schema).toContain(`FOR ()-[r:${type}]-() ON (r.doc)`);
      expect(pruneLinks).toContain(`MATCH ()-[r:${type}]->() WHERE r.doc = $doc`);
    }
    expect(pruneLinks).not.toMatch(/-\[r\]-/);
  });
});
