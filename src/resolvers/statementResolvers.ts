import type { QueryResolvers, StatementResolvers } from '../generated/graphql.js';
import { dateUpperBound } from '../queries/inputs.js';
import { pageArgs } from '../queries/pageArgs.js';
import { statementsPage } from '../queries/statementQueries.js';
import { commonEntityFields } from './entityResolvers.js';
import { connection, dateValue, int, qualifiers, statementKindEnum, str } from './mappers.js';

export const statementResolvers: StatementResolvers = {
  ...commonEntityFields,
  statementKind: (n) => statementKindEnum(n.kind),
  description: (n) => str(n.description),
  date: (n) => dateValue(n, 'date'),
  issuers: async (n, _a, ctx) => (await ctx.loaders.issuers.load(n.id)).map((r) => r.other),
  authors: async (n, _a, ctx) => (await ctx.loaders.authors.load(n.id)).map((r) => r.other),
  signatories: async (n, { first, after }, ctx) => {
    const args = pageArgs(first, after, 100);
    const page = await ctx.loaders.signatories.load({ id: n.id, ...args });
    return connection(page, args, (r) => ({ signatory: r.other, order: int(r.rel.order), ...qualifiers(r.rel) }));
  },
};

export const statementQueryResolvers: Pick<QueryResolvers, 'statements'> = {
  statements: async (_p, { from, to, first, after }, ctx) => {
    const args = pageArgs(first, after);
    return connection(await statementsPage(ctx.db, from ?? null, dateUpperBound(to), args), args, (r) => r.node);
  },
};
