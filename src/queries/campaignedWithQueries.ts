import type { Database } from '../graph/database.js';
import type { EntityNode, Page, RelProps } from './models.js';
import type { LeaveOutFlags } from '../resolvers/leaveOut.js';
import { badUserInput } from '../server/errorCodes.js';
import { toPage, type PageArgs } from './pageArgs.js';

export const ACTIVITY_VIA = ['event', 'statement', 'slate', 'backing', 'campaign', 'co-backing'] as const;
export type ActivityVia = (typeof ACTIVITY_VIA)[number];

export interface SharedActivityRow {
  activity: EntityNode;
  via: ActivityVia;
  /** The activity's partial date, null when undated; dateFrom/dateTo its interval's ends. */
  date: string | null;
  dateFrom: string | null;
  dateTo: string | null;
  weight: number;
  alleged: boolean;
  withdrawn: boolean;
  reviewed: boolean;
  /** For a slate, the party its candidates stood for. */
  party: EntityNode | null;
  links: Array<{ who: string; rel: RelProps }>;
}

export interface CoCampaignerRow {
  node: EntityNode;
  sharedCount: number;
  strength: number;
  activities: SharedActivityRow[];
  sortKey: string;
}

/**
 * Ranks a person's co-campaigners from the derived SHARED_ACTIVITY relationships (one per pair
 * and shared activity, docs/graph-model.md#co-campaigning), keeping only those inside the window
 * and of the kinds asked for; then, for the page only, fetches each shared activity, the party
 * of a slate, and the evidenced links of both people to it. One round trip.
 * $noUnreviewed, $noWithdrawn and $noAlleged leave out shared activities so flagged (leaveOut).
 * Sort ($orderBy, one of CO_CAMPAIGNER_ORDERS): COUNT = most shared activities, then strength;
 * STRENGTH = strength, then count; RECENCY = the latest last day of a kept activity (undated
 * last), then count, then strength; each then id. The sort key is the keyset cursor.
 * $from and $to are the window's first and last day (dateWindow): a shared activity is kept
 * when its date's interval [dateFrom, dateTo] overlaps the window; undated ones are then out.
 */
const CAMPAIGNED_WITH = `
MATCH (p:Person {id: $personId})
OPTIONAL CALL (p) {
  MATCH (p)-[s:SHARED_ACTIVITY]-(q:Person)
  WHERE ($kinds IS NULL OR s.via IN $kinds)
    AND ($from IS NULL OR s.dateTo >= date($from))
    AND ($to IS NULL OR s.dateFrom <= date($to))
    AND NOT ($noUnreviewed AND NOT s.reviewed) AND NOT ($noWithdrawn AND s.withdrawn) AND NOT ($noAlleged AND s.alleged)
  WITH q, s ORDER BY s.activity, s.via, s.side
  WITH q, collect(s) AS ss, max(s.dateTo) AS lastTo
  WITH q, ss, size(ss) AS shared, reduce(t = 0.0, s IN ss | t + s.weight) AS strength, lastTo
  WITH q, ss, shared, strength,
       right('000000' + toString(999999 - shared), 6) AS byCount,
       right('00000000' + toString(99999999 - toInteger(round(strength * 10))), 8) AS byStrength,
       CASE WHEN lastTo IS NULL THEN '9999999' ELSE right('0000000' + toString(9999999 - duration.inDays(date('0001-01-01'), lastTo).days), 7) END AS byRecency
  RETURN q, ss, shared, strength,
         CASE $orderBy WHEN 'STRENGTH' THEN byStrength + '|' + byCount
                       WHEN 'RECENCY' THEN byRecency + '|' + byCount + '|' + byStrength
                       ELSE byCount + '|' + byStrength END + '|' + q.id AS sortKey
}
WITH p, q, ss, shared, strength, sortKey ORDER BY sortKey
WITH p, [x IN collect({q: q, ss: ss, shared: shared, strength: strength, sortKey: sortKey}) WHERE x.q IS NOT NULL] AS everyone
WITH p, size(everyone) AS totalCount, [x IN everyone WHERE $after IS NULL OR x.sortKey > $after][0..$limit] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x
OPTIONAL CALL (p, x) {
  WITH x WHERE x IS NOT NULL
  UNWIND x.ss AS s
  WITH x.q AS q, s
  MATCH (a:Entity {id: s.activity})
  OPTIONAL MATCH (party:Organisation {id: s.side}) WHERE s.via = 'slate'
  CALL (p, q, a, s) {
    UNWIND [p, q] AS who
    // One typed branch per kind of activity, so only the person's links of that type are read:
    // reading every relationship of both people (and testing PART_OF on each) made one page of
    // a supernode cost in proportion to its full degree. Each branch still expands from who,
    // so links come in the same order as before.
    CALL (p, q, a, s, who) {
      WITH who WHERE s.via = 'event'
      MATCH (who)-[r:PARTICIPATED_IN]->(t:Entity) WHERE t = a
      RETURN r
      UNION ALL
      WITH who WHERE s.via = 'statement'
      MATCH (who)-[r:SIGNED|AUTHORED]->(t:Entity) WHERE t = a
      RETURN r
      UNION ALL
      WITH who WHERE s.via = 'slate'
      MATCH (who)-[r:STOOD_IN]->(t:Entity)
      WHERE r.party = s.side AND (t = a OR (t)-[:PART_OF]->(a))
      RETURN r
      UNION ALL
      WITH who WHERE s.via = 'campaign'
      MATCH (who)-[r:MEMBER_OF|HELD_POSITION]->(t:Entity) WHERE t = a
      RETURN r
      UNION ALL
      WITH who WHERE s.via = 'backing'
      MATCH (who)-[r:BACKED]->(t:Entity)
      WHERE t IN [p, q] AND t <> who AND (r.election IS NULL OR r.election = a.id OR t = a)
      RETURN r
      UNION ALL
      WITH who WHERE s.via = 'co-backing'
      MATCH (who)-[r:BACKED]->(t:Entity) WHERE t = a
      RETURN r
    }
    RETURN collect({who: who.id, rel: r}) AS links
  }
  WITH a {.*, text: null, __labels: labels(a)} AS activity, party, s, links
  RETURN collect({activity: activity, via: s.via, date: s.date, dateFrom: s.dateFrom, dateTo: s.dateTo,
                  weight: s.weight, alleged: s.alleged, withdrawn: s.withdrawn, reviewed: s.reviewed,
                  party: CASE WHEN party IS NULL THEN null ELSE party {.*, text: null, __labels: labels(party)} END,
                  links: links}) AS activities
}
WITH totalCount, x, activities, x.q AS q
RETURN totalCount, q {.*, __labels: labels(q)} AS node, x.shared AS sharedCount, x.strength AS strength,
       activities, x.sortKey AS sortKey`;

/** The orders campaignedWith ranks by (the schema's CoCampaignerOrder); others are refused. */
export const CO_CAMPAIGNER_ORDERS = ['COUNT', 'STRENGTH', 'RECENCY'] as const;
export type CoCampaignerOrderValue = (typeof CO_CAMPAIGNER_ORDERS)[number];

/** Given a person and filters, returns one page of co-campaigners with their shared activities. */
export async function campaignedWith(
  db: Database,
  args: { personId: string; from: string | null; to: string | null; kinds: ActivityVia[] | null; page: PageArgs;
    leaveOut?: LeaveOutFlags; orderBy?: CoCampaignerOrderValue },
): Promise<Page<CoCampaignerRow> | null> {
  const orderBy = args.orderBy ?? 'COUNT';
  if (!CO_CAMPAIGNER_ORDERS.includes(orderBy)) throw badUserInput('`orderBy` must be COUNT, STRENGTH or RECENCY', 'orderBy');
  const rows = await db.read(CAMPAIGNED_WITH, {
    personId: args.personId, from: args.from, to: args.to, kinds: args.kinds, orderBy,
    ...(args.leaveOut ?? { noUnreviewed: false, noWithdrawn: false, noAlleged: false }),
    after: args.page.after, limit: args.page.limit + 1,
  });
  if (rows.length === 0) return null;
  const found = rows.filter((r) => r.node !== null) as unknown as CoCampaignerRow[];
  return toPage(found, args.page, Number(rows[0]?.totalCount ?? 0));
}
