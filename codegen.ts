import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` writes the resolver types and the explorer's typed operations (client
// preset, from the graphql() calls in src/explorer/); a test fails when either is stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/explorer/': {
      preset: 'client',
      documents: ['src/explorer/**/*.ts'],
      // Strings, not parsed ASTs: the browser bundle then needs no graphql-js.
      config: { emitLegacyCommonJSImports: false, documentMode: 'string', useTypeImports: true, enumsAsTypes: true, scalars: { PartialDate: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
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
