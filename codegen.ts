import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` writes the resolver types; a test fails when they are stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../server/requestContext.js#RequestContext',
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { Date: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
