import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express, { type Express } from 'express';
import { repoRoot } from '../config/repoRoot.js';
import type { Config } from '../config/config.js';
import type { Database } from '../graph/database.js';
import { DEADLINE_MARGIN_MS, withRequestBudget } from '../graph/deadline.js';
import { createLoaders } from '../resolvers/loaders.js';
import { resolvers } from '../resolvers/resolvers.js';
import { adminRoutes } from './adminRoutes.js';
import { admission } from './admission.js';
import { corsAllowList } from './corsAllowList.js';
import { formatError } from './errorCodes.js';
import { explorerRoutes } from './explorerRoutes.js';
import { graphiqlPage } from './graphiqlPage.js';
import { httpErrorHandler } from './httpErrors.js';
import { PARSE_OPTIONS, queryLimits } from './queryLimits.js';
import type { Readiness } from './readiness.js';
import type { RequestContext } from './requestContext.js';
import { retryAfterPlugin } from './retryAfter.js';

export const typeDefs = readFileSync(join(repoRoot, 'schema.graphql'), 'utf8');

export interface App {
  app: Express;
  apollo: ApolloServer<RequestContext>;
}

/** Builds the HTTP app: /graphql (Apollo), /explore (the network explorer), /graphiql, /health and /ready. Call `apollo.stop()` on shutdown. */
export async function createApp(config: Config, db: Database, readiness: Readiness): Promise<App> {
  const limits = queryLimits(config.production);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    formatError,
    validationRules: limits.validationRules,
    parseOptions: PARSE_OPTIONS,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // CSRF prevention stays on: a GET, or a POST of a "simple" content type (text/plain, forms),
    // must carry a header no cross-site page can send without a CORS preflight
    // (apollo-require-preflight or x-apollo-operation-name). graphql-http's audits send such
    // GETs bare; only MAY-level audits fail on it (tests/e2e/conformance.e2e.test.ts), so the
    // protection wins over answering them.
    csrfPrevention: true,
    // runMain owns signal handling, so shutdown happens once and in order.
    stopOnTerminationSignals: false,
    // Armor is typed against the CommonJS build of Apollo; the plugin objects are the same.
    plugins: [ApolloServerPluginLandingPageDisabled(), retryAfterPlugin(), ...(limits.plugins as unknown as ApolloServerPlugin<RequestContext>[])],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(corsAllowList(config.corsOrigins));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const state = await readiness.check();
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? 'ready' : 'unavailable', ...(state.reason ? { reason: state.reason } : {}) });
  });
  app.use(await explorerRoutes());
  if (!config.production) {
    const page = graphiqlPage('/graphql');
    app.get('/graphiql', (_req, res) => {
      res.type('html').send(page);
    });
    app.get('/', (_req, res) => res.redirect('/graphiql'));
  }
  // Each GraphQL request has QUERY_TIMEOUT_MS + 2 s from its arrival for all its queries, slot
  // waits included (src/graph/deadline.ts). The budget is entered after body parsing, whose
  // stream callbacks would not carry it, and counted from the arrival.
  const budgetMs = config.queryTimeoutMs + DEADLINE_MARGIN_MS;
  const admitted = admission(config.limits);
  app.use('/graphql', (_req, res, next) => { res.locals.arrivedAt = Date.now(); next(); }, admitted, express.json({ limit: '100kb' }), (_req, res, next) => {
    withRequestBudget(Number(res.locals.arrivedAt) + budgetMs, next);
  }, expressMiddleware(apollo, {
    context: async () => ({ db, loaders: createLoaders(db) }),
  }));
  app.use('/admin', adminRoutes(config, db));
  app.use(httpErrorHandler);
  return { app, apollo };
}
