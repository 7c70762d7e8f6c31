import type { DocumentResolvers, QueryResolvers } from '../generated/graphql.js';
import { allDocuments, documentsPage } from '../queries/documentQueries.js';
import { pageArgs } from '../queries/pageArgs.js';
import { commonEntityFields } from './entityResolvers.js';
import { connection, dateValue, documentKindEnum, linkTypeEnum, qualifiers, str } from './mappers.js';

export const documentResolvers: DocumentResolvers = {
  ...commonEntityFields,
  title: (n) => str(n.title) ?? n.name,
  publisher: (n) => str(n.publisher),
  description: (n) => [str(n.publisher), str(n.kind)?.replaceAll('-', ' ')].filter(Boolean).join(', ') || null,
  documentKind: (n) => documentKindEnum(n.kind),
  published: (n) => dateValue(n, 'published'),
  date: (n) => dateValue(n, 'published'),
  author: (n) => str(n.author),
  url: (n) => str(n.url),
  text: async (n, _a, ctx) => str(n.text) ?? str((await ctx.loaders.entity.load(n.id))?.text) ?? '',
  supports: async (n, { first, after }, ctx) => {
    const args = pageArgs(first, after, 100);
    const page = await ctx.loaders.supports.load({ id: n.id, ...args });
    return connection(page, args, (r) => ({ relation: linkTypeEnum(r.rel.__type), from: r.from, to: r.to, ...qualifiers(r.rel) }));
  },
};

export const documentQueryResolvers: Pick<QueryResolvers, 'documents' | 'documentsConnection'> = {
  documents: (_p, _a, ctx) => allDocuments(ctx.db),
  documentsConnection: async (_p, { first, after }, ctx) => {
    const args = pageArgs(first, after);
    return connection(await documentsPage(ctx.db, args), args, (r) => r.node);
  },
};
