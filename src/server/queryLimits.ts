import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Depth, cost, alias, directive and token limits; rejections answer GRAPHQL_VALIDATION_FAILED. */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 20000,
} as const;

/** Given production mode, returns the plugins and validation rules that enforce QUERY_LIMITS. */
export function queryLimits(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    // Field suggestions help developers; in production they would reveal the schema.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
