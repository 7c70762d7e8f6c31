import type { DocumentResolvers, QueryResolvers } from '../generated/graphql.js';
import { allDocuments } from '../queries/documentQueries.js';
import { pageArgs } from '../queries/pageArgs.js';
import { commonEntityFields } from './entityResolvers.js';
import { connection, dateValue, qualifiers, str } from './mappers.js';

export const documentResolvers: DocumentResolvers = {
  ...commonEntityFields,
  title: (n) => str(n.title) ?? n.name,
  publisher: (n) => str(n.publisher),
  documentKind: (n) => str(n.kind),
  published: (n) => dateValue(n, 'published'),
  author: (n) => str(n.author),
  url: (n) => str(n.url),
  text: async (n, _a, ctx) => str(n.text) ?? str((await ctx.loaders.entity.load(n.id))?.text) ?? '',
  supports: async (n, { first, after }, ctx) => {
    const page = await ctx.loaders.supports.load({ id: n.id, ...pageArgs(first, after, 100, { list: 'Document.supports', id: n.id }) });
    return connection(page, (r) => ({ relation: r.rel.__type ?? 'LINK', from: r.from, to: r.to, ...qualifiers(r.rel) }));
  },
};

export const documentQueryResolvers: Pick<QueryResolvers, 'documents'> = {
  documents: (_p, _a, ctx) => allDocuments(ctx.db),
};
