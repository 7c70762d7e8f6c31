import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions } from 'graphql';

/**
 * Depth, cost, alias, directive and token limits. Depth, cost, alias and directive rejections
 * answer GRAPHQL_VALIDATION_FAILED; the token limit stops the parser, so it answers
 * GRAPHQL_PARSE_FAILED. Both are HTTP 400.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 20000,
} as const;

/**
 * The token limit is graphql-js's own parser option, not armor's maxTokens: armor's Apollo
 * plugin re-parses in `parsingDidStart` and throws there, which Apollo treats as an unexpected
 * error, so every syntax error (not only a long document) came back as HTTP 500
 * (graphql-armor issues #571, #751).
 */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: QUERY_LIMITS.maxTokens };

/** Given production mode, returns the plugins and validation rules that enforce the other limits. */
export function queryLimits(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    // Field suggestions help developers; in production they would reveal the schema.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
