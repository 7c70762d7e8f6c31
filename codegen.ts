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
        scalars: { PartialDate: 'string' },
        mappers: {
          Node: '../queries/models.js#EntityNode',
          Entity: '../queries/models.js#EntityNode',
          Person: '../queries/models.js#EntityNode',
          Organisation: '../queries/models.js#EntityNode',
          Event: '../queries/models.js#EntityNode',
          Statement: '../queries/models.js#EntityNode',
          Election: '../queries/models.js#EntityNode',
          Document: '../queries/models.js#EntityNode',
          Evidence: '../queries/models.js#EvidenceModel',
          PageInfo: '../queries/models.js#PageInfoModel',
        },
      },
    },
  },
};

export default config;
