import type { Database } from '../graph/database.js';
import type { EntityNode, Page, RelProps } from './models.js';
import { toPage, type PageArgs } from './pageArgs.js';

export const ACTIVITY_VIA = ['event', 'statement', 'slate', 'backing', 'campaign'] as const;
export type ActivityVia = (typeof ACTIVITY_VIA)[number];

export interface SharedActivityRow {
  activity: EntityNode;
  via: ActivityVia;
  date: string;
  weight: number;
  alleged: boolean;
  withdrawn: boolean;
  links: Array<{ who: string; rel: RelProps }>;
}

export interface CoCampaignerRow {
  node: EntityNode;
  sharedCount: number;
  strength: number;
  dates: string[];
  activities: SharedActivityRow[];
  sortKey: string;
}

/**
 * Ranks a person's co-campaigners from the derived CAMPAIGNED_WITH relationships, keeping only
 * the shared activities inside the window and of the kinds asked for; then, for the page only,
 * fetches each shared activity and the evidenced links of both people to it. One round trip.
 * Sort: most shared activities, then strength, then id (the keyset cursor).
 * $from and $to are the window's first and last day (dateWindow). An activity's partial date is
 * the interval from its first day to its last, and is kept when that interval overlaps the
 * window: its last day ('2021' -> '2021-12-31', '2021-02' -> '2021-02-31', which orders after
 * every real day of February) is on or after $from, and its first day on or before $to.
 */
const CAMPAIGNED_WITH = `
MATCH (p:Person {id: $personId})
OPTIONAL CALL (p) {
  MATCH (p)-[c:CAMPAIGNED_WITH]-(q:Person)
  WITH q, c, [i IN range(0, size(c.activities) - 1)
              WHERE ($kinds IS NULL OR c.via[i] IN $kinds)
                AND ($from IS NULL OR (c.dates[i] <> '' AND $from <= CASE size(c.dates[i]) WHEN 4 THEN c.dates[i] + '-12-31' WHEN 7 THEN c.dates[i] + '-31' ELSE c.dates[i] END))
                AND ($to IS NULL OR (c.dates[i] <> '' AND CASE size(c.dates[i]) WHEN 4 THEN c.dates[i] + '-01-01' WHEN 7 THEN c.dates[i] + '-01' ELSE c.dates[i] END <= $to))] AS idx
  WHERE size(idx) > 0
  WITH q, c, idx, size(idx) AS shared, reduce(s = 0.0, i IN idx | s + c.weights[i]) AS strength
  RETURN q, c, idx, shared, strength,
         right('000000' + toString(999999 - shared), 6) + '|'
           + right('00000000' + toString(99999999 - toInteger(round(strength * 10))), 8) + '|' + q.id AS sortKey
}
WITH p, q, c, idx, shared, strength, sortKey ORDER BY sortKey
WITH p, [x IN collect({q: q, c: c, idx: idx, shared: shared, strength: strength, sortKey: sortKey}) WHERE x.q IS NOT NULL] AS everyone
WITH p, size(everyone) AS totalCount, [x IN everyone WHERE $after IS NULL OR x.sortKey > $after][0..$limit] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x
OPTIONAL CALL (p, x) {
  WITH x WHERE x IS NOT NULL
  UNWIND x.idx AS i
  WITH x.q AS q, x.c AS c, i
  MATCH (a:Entity {id: c.activities[i]})
  CALL (p, q, a, c, i) {
    UNWIND [p, q] AS who
    // One typed branch per kind of activity, so only the person's links of that type are read:
    // reading every relationship of both people (and testing PART_OF on each) made one page of
    // a supernode cost in proportion to its full degree. Each branch still expands from who,
    // so links come in the same order as before.
    CALL (p, q, a, c, i, who) {
      WITH who WHERE c.via[i] = 'event'
      MATCH (who)-[r:PARTICIPATED_IN]->(t:Entity) WHERE t = a
      RETURN r
      UNION ALL
      WITH who WHERE c.via[i] = 'statement'
      MATCH (who)-[r:SIGNED|AUTHORED]->(t:Entity) WHERE t = a
      RETURN r
      UNION ALL
      WITH who WHERE c.via[i] = 'slate'
      MATCH (who)-[r:STOOD_IN]->(t:Entity)
      WHERE r.party = c.sides[i] AND (t = a OR (t)-[:PART_OF]->(a))
      RETURN r
      UNION ALL
      WITH who WHERE c.via[i] = 'campaign'
      MATCH (who)-[r:MEMBER_OF|HELD_POSITION]->(t:Entity) WHERE t = a
      RETURN r
      UNION ALL
      WITH who WHERE c.via[i] = 'backing'
      MATCH (who)-[r:BACKED]->(t:Entity)
      WHERE t IN [p, q] AND t <> who AND (r.election IS NULL OR r.election = a.id OR t = a)
      RETURN r
    }
    RETURN collect({who: who.id, rel: r}) AS links
  }
  WITH a {.*, text: null, __labels: labels(a)} AS activity, c, i, links
  RETURN collect({activity: activity, via: c.via[i], date: c.dates[i], weight: c.weights[i],
                  alleged: c.alleged[i], withdrawn: c.withdrawn[i], links: links}) AS activities
}
WITH totalCount, x, activities, x.q AS q
RETURN totalCount, q {.*, __labels: labels(q)} AS node, x.shared AS sharedCount, x.strength AS strength,
       [i IN x.idx | x.c.dates[i]] AS dates, activities, x.sortKey AS sortKey`;

/** Given a person and filters, returns one page of co-campaigners with their shared activities. */
export async function campaignedWith(
  db: Database,
  args: { personId: string; from: string | null; to: string | null; kinds: ActivityVia[] | null; page: PageArgs },
): Promise<Page<CoCampaignerRow> | null> {
  const rows = await db.read(CAMPAIGNED_WITH, {
    personId: args.personId, from: args.from, to: args.to, kinds: args.kinds,
    after: args.page.after, limit: args.page.limit + 1,
  });
  if (rows.length === 0) return null;
  const found = rows.filter((r) => r.node !== null) as unknown as CoCampaignerRow[];
  return toPage(found, args.page, Number(rows[0]?.totalCount ?? 0));
}
