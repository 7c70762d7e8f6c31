/**
 * The peer a user would pick instead of our API: @neo4j/graphql 7 over the same database, served
 * by Apollo Server. Reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; prints
 * `PEER_READY <url>` once listening on a free port of 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { repoRoot } from '../../src/config/repoRoot.js';

const env = process.env;
const driver = neo4j.driver(env.NEO4J_URI!, neo4j.auth.basic(env.NEO4J_USERNAME ?? 'neo4j', env.NEO4J_PASSWORD ?? ''));
const typeDefs = readFileSync(join(repoRoot, 'bench', 'peer', 'typeDefs.graphql'), 'utf8');
// String comparison filters (gte/lt) are off by default; the date-window query needs them.
const neoSchema = new Neo4jGraphQL({ typeDefs, driver, features: { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } } });
const server = new ApolloServer({ schema: await neoSchema.getSchema(), introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: 0 },
  context: async () => ({ sessionConfig: { database: env.NEO4J_DATABASE ?? 'neo4j' } }),
});
process.stdout.write(`PEER_READY ${url}\n`);
const stop = async (): Promise<void> => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// Stop with the bench: stdin closes when the parent dies.
process.stdin.on('end', () => void stop());
process.stdin.resume();
