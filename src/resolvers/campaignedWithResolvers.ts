import type { ActivityKind, CoCampaignerOrder, LeaveOut, QueryResolvers } from '../generated/graphql.js';
import { campaignedWith, type ActivityVia, type SharedActivityRow } from '../queries/campaignedWithQueries.js';
import { dateWindow } from '../queries/dateWindow.js';
import { checkId } from '../queries/inputs.js';
import { evidenceOf } from '../queries/models.js';
import { pageArgs } from '../queries/pageArgs.js';
import type { RequestContext } from '../server/requestContext.js';
import { keptEvidence, leaveOutFlags } from './leaveOut.js';
import { dateValue } from './mappers.js';
import { roleOf } from './personResolvers.js';

const VIA_BY_KIND: Record<ActivityKind, ActivityVia> = { EVENT: 'event', STATEMENT: 'statement', SLATE: 'slate', BACKING: 'backing', CAMPAIGN: 'campaign', CO_BACKING: 'co-backing' };
const KIND_BY_VIA: Record<ActivityVia, ActivityKind> = { event: 'EVENT', statement: 'STATEMENT', slate: 'SLATE', backing: 'BACKING', campaign: 'CAMPAIGN', 'co-backing': 'CO_BACKING' };

/** The role a person had in a shared activity, from their evidenced links to it. */
function roleIn(a: SharedActivityRow, personId: string): string {
  const mine = a.links.filter((l) => l.who === personId);
  if (a.via === 'backing') return mine.length > 0 ? 'backer' : 'backed';
  if (a.via === 'slate') return 'candidate';
  if (a.via === 'co-backing') return 'backer';
  return [...new Set(mine.map((l) => roleOf(l.rel)))].join(', ') || 'participant';
}

/** Given a shared activity and the two people, returns the SharedActivity view. */
function sharedActivityView(a: SharedActivityRow, personId: string, otherId: string) {
  return {
    activity: a.activity,
    activityKind: KIND_BY_VIA[a.via],
    role: roleIn(a, personId),
    otherRole: roleIn(a, otherId),
    date: a.date ? dateValue({ ...a.activity, date: a.date }, 'date') : null,
    weight: a.weight,
    party: a.party,
    alleged: a.alleged,
    withdrawn: a.withdrawn,
    reviewed: a.reviewed,
    evidence: a.links.flatMap((l) => evidenceOf(l.rel)),
  };
}

/**
 * The first and last date of the shared activities, by interval (docs/graph-model.md#dates): the
 * one whose interval starts first, and the one whose interval ends last, as the derived
 * CAMPAIGNED_WITH summary takes them ('2022' ends after '2022-03-01').
 */
function dateSpan(activities: SharedActivityRow[]): { firstDate: string | null; lastDate: string | null } {
  const dated = activities.filter((a) => a.date && a.dateFrom && a.dateTo);
  const first = [...dated].sort((x, y) => x.dateFrom!.localeCompare(y.dateFrom!) || x.dateTo!.localeCompare(y.dateTo!))[0];
  const last = [...dated].sort((x, y) => y.dateTo!.localeCompare(x.dateTo!) || y.dateFrom!.localeCompare(x.dateFrom!))[0];
  return { firstDate: first?.date ?? null, lastDate: last?.date ?? null };
}

export interface CampaignedWithArgs {
  personId: string;
  from?: string | null;
  to?: string | null;
  activityKinds?: ActivityKind[] | null;
  leaveOut?: readonly LeaveOut[] | null;
  orderBy?: CoCampaignerOrder | null;
  first?: number | null;
  after?: string | null;
}

/** Reads the arguments, runs the one campaignedWith query, and maps it to the connection. */
export async function campaignedWithConnection(ctx: RequestContext, args: CampaignedWithArgs) {
  const personId = checkId(args.personId, 'personId');
  const page = await campaignedWith(ctx.db, {
    personId,
    ...dateWindow(args.from, args.to),
    kinds: args.activityKinds ? args.activityKinds.map((k) => VIA_BY_KIND[k]) : null,
    leaveOut: leaveOutFlags(args.leaveOut),
    orderBy: args.orderBy ?? 'COUNT',
    // Cursors are bound to the person, window, kinds, leaveOut and order (pageArgs): reused with others they are refused.
    page: pageArgs(args.first, args.after, 20, {
      list: 'campaignedWith', personId, from: args.from ?? null, to: args.to ?? null, kinds: [...(args.activityKinds ?? [])].sort(),
      leaveOut: [...new Set(args.leaveOut ?? [])].sort(), orderBy: args.orderBy ?? 'COUNT',
    }),
  });
  const rows = page?.rows ?? [];
  return {
    edges: rows.map((row) => {
      const { firstDate, lastDate } = dateSpan(row.activities);
      return {
        cursor: row.cursor,
        node: row.node,
        sharedCount: row.sharedCount,
        strength: row.strength,
        firstDate,
        lastDate,
        activities: row.activities.map((a) => {
          const view = sharedActivityView(a, personId, row.node.id);
          return { ...view, evidence: keptEvidence(view.evidence, args.leaveOut) };
        }),
      };
    }),
    pageInfo: { hasNextPage: page?.hasNextPage ?? false, endCursor: rows.at(-1)?.cursor ?? null },
    totalCount: page?.totalCount ?? 0,
  };
}

export const campaignedWithResolvers: Pick<QueryResolvers, 'campaignedWith'> = {
  campaignedWith: (_p, args, ctx) => campaignedWithConnection(ctx, args),
};
