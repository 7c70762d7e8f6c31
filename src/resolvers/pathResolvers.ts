import type { QueryResolvers } from '../generated/graphql.js';
import { dateWindow } from '../queries/dateWindow.js';
import { checkId } from '../queries/inputs.js';
import { evidenceOf } from '../queries/models.js';
import { pageArgs } from '../queries/pageArgs.js';
import { shortestPaths } from '../queries/pathQueries.js';
import { leaveOutFlags } from './leaveOut.js';

export const pathResolvers: Pick<QueryResolvers, 'paths'> = {
  paths: async (_p, { fromId, toId, maxHops, first, from, to, leaveOut }, ctx) => {
    const rows = await shortestPaths(ctx.db, {
      fromId: checkId(fromId, 'fromId'),
      toId: checkId(toId, 'toId'),
      maxHops: maxHops ?? 4,
      first: pageArgs(first, null, 5).limit,
      ...dateWindow(from, to),
      leaveOut: leaveOutFlags(leaveOut),
    });
    return rows.map((row) => ({
      nodes: row.nodes,
      relations: row.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, evidence: evidenceOf(r.rel) })),
    }));
  },
};
