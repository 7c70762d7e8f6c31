import { Kind, parse } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { Database } from '../graph/database.js';
import { createLoaders } from '../resolvers/loaders.js';
import { exampleOperations } from './exampleOperations.js';
import type { RequestContext } from './requestContext.js';

/**
 * Runs each example operation (the ones GraphiQL opens with: status, search, co-campaigners,
 * a path, an election, a statement's signatories) `passes` times, one at a time, before the
 * service takes requests. A fresh Neo4j has an empty plan cache and a cold JIT: measured on a
 * 2-core machine, 32 clients sent at once to a just-started service met QUERY_TIMEOUT (7 of
 * 3,543 requests, p99 3.3 s), and none did once it had served a few requests. Failures are
 * ignored (an empty database answers with nulls); the count is logged.
 */
export async function warmUpApi(apollo: ApolloServer<RequestContext>, db: Database, log: (message: string) => void, passes = 2): Promise<void> {
  const names = parse(exampleOperations).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
  const t0 = Date.now();
  let ok = 0;
  for (let pass = 0; pass < passes; pass += 1) {
    for (const operationName of names) {
      try {
        const res = await apollo.executeOperation({ query: exampleOperations, operationName }, { contextValue: { db, loaders: createLoaders(db) } });
        if (res.body.kind === 'single' && !res.body.singleResult.errors) ok += 1;
      } catch {
        // Only a cold plan later.
      }
    }
  }
  log(`warmed up the API: ${ok} of ${names.length * passes} example operations answered in ${Date.now() - t0} ms`);
}
