import { describe, expect, it } from 'vitest';
import { cypherStatements } from '../../src/import/cypherScripts.js';
import { SCHEMA_FILE } from '../../src/import/applySchema.js';

describe('cypherStatements', () => {
  it('splits the schema file into idempotent statements without comments', () => {
    const statements = cypherStatements(SCHEMA_FILE);
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) {
      expect(s).toMatch(/IF NOT EXISTS/);
      expect(s).not.toMatch(/^\/\//m);
      expect(s.endsWith(';')).toBe(false);
    }
  });
});
