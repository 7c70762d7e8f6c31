import type { QueryResolvers, Resolvers } from '../generated/graphql.js';
import type { EntityNode } from '../queries/models.js';
import { evidenceOf } from '../queries/models.js';
import { keptEvidence } from './leaveOut.js';
import { checkId } from '../queries/inputs.js';
import type { RequestContext } from '../server/requestContext.js';
import { entityKind, entityTypename } from './mappers.js';

/** Loads an entity by id, returning it only if it has the expected label. */
export async function entityWithLabel(ctx: RequestContext, id: string, label: string | null, argumentName = 'id'): Promise<EntityNode | null> {
  const node = await ctx.loaders.entity.load(checkId(id, argumentName));
  return node && (label === null || node.__labels.includes(label)) ? node : null;
}

export const entityQueryResolvers: Pick<QueryResolvers, 'entity' | 'person' | 'organisation' | 'event' | 'statement' | 'election' | 'document'> = {
  entity: (_p, { id }, ctx) => entityWithLabel(ctx, id, null),
  person: (_p, { id }, ctx) => entityWithLabel(ctx, id, 'Person'),
  organisation: (_p, { id }, ctx) => entityWithLabel(ctx, id, 'Organisation'),
  event: (_p, { id }, ctx) => entityWithLabel(ctx, id, 'Event'),
  statement: (_p, { id }, ctx) => entityWithLabel(ctx, id, 'Statement'),
  election: (_p, { id }, ctx) => entityWithLabel(ctx, id, 'Election'),
  document: (_p, { id }, ctx) => entityWithLabel(ctx, id, 'Document'),
};

/** The fields every entity type shares: kind, aliases and mentions. */
export const commonEntityFields = {
  aliases: (n: EntityNode) => n.aliases ?? [],
  kind: (n: EntityNode) => entityKind(n),
  mentions: async (n: EntityNode, a: { leaveOut?: readonly string[] | null }, ctx: RequestContext) =>
    keptEvidence((await ctx.loaders.mentions.load(n.id)).flatMap((m) => evidenceOf(m)), a.leaveOut),
};

export const entityInterfaceResolvers: Pick<Resolvers, 'Entity' | 'Evidence'> = {
  Entity: {
    __resolveType: (n) => entityTypename(n) as never,
  },
  Evidence: {
    document: async (e, _a, ctx) => {
      const doc = e.document ?? (await ctx.loaders.document.load(e.doc));
      if (!doc) throw new Error(`evidence cites missing document ${e.doc}`);
      return doc;
    },
  },
};
