import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j on 7687 and GraphQL on 127.0.0.1:4000', () => {
    const c = loadConfig({});
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(4000);
    expect(c.target).toMatchObject({ mode: 'embedded', boltPort: 7687 });
    expect(c.target.mode === 'embedded' && c.target.dataDir.endsWith('.data')).toBe(true);
  });

  it('uses an external Neo4j when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(c.target).toEqual({ mode: 'external', uri: 'neo4j+s://x.databases.neo4j.io', username: 'neo4j', password: 'pw' });
    expect(c.database).toBe('graph');
  });

  it('names the variable when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ EMBEDDED_BOLT_PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD must be set/);
  });

  it('reads the CORS allow-list and production mode', () => {
    const c = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', NODE_ENV: 'production' });
    expect(c.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c.production).toBe(true);
  });
});
