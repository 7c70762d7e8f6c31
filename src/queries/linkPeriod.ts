/**
 * When a link holds, as an interval of native dates (docs/graph-model.md#dates), for the queries
 * that window or sort links (the timeline, paths):
 * - a link with a `start` or an `end` spans [startFrom, endTo]; a membership or position
 *   (PERIOD_TYPES) with no end is open-ended (it may still hold: one from 1979 is inside a 2022
 *   window), a dated act (OPPOSED in 2007) with no end is its start's interval;
 * - a link without either takes its object's date (the event, statement or election);
 * - otherwise it is undated.
 * An open end is null in LO/HI; `r` must be the relationship variable of the query. These
 * fragments hold no value, only property reads, so no input is ever pasted into Cypher.
 */
export const PERIOD_TYPES = ['MEMBER_OF', 'HELD_POSITION', 'STUDIED_AT', 'WROTE_FOR', 'ALLIED_WITH'] as const;

const OWN = (r: string): string => `(${r}.startFrom IS NOT NULL OR ${r}.endTo IS NOT NULL)`;
const PERIODS = `[${PERIOD_TYPES.map((t) => `'${t}'`).join(', ')}]`;

/** The first day a link may hold (null: open start or undated). */
export const linkLo = (r: string): string => `CASE WHEN ${OWN(r)} THEN ${r}.startFrom ELSE endNode(${r}).dateFrom END`;

/** The last day a link may hold (null: open end or undated). */
export const linkHi = (r: string): string =>
  `CASE WHEN ${OWN(r)} THEN CASE WHEN ${r}.endTo IS NOT NULL THEN ${r}.endTo WHEN type(${r}) IN ${PERIODS} THEN null ELSE ${r}.startTo END ELSE endNode(${r}).dateTo END`;

/** Whether the link has any date at all. */
export const linkDated = (r: string): string => `(${OWN(r)} OR endNode(${r}).dateFrom IS NOT NULL)`;

/**
 * The window rule for a link: dated, and its interval overlaps [$from, $to] (either bound may
 * be null). `$from`/`$to` are first/last days from dateWindow().
 */
export const linkInWindow = (r: string): string =>
  `(${linkDated(r)} AND ($from IS NULL OR coalesce(${linkHi(r)}, date('9999-12-31')) >= date($from)) AND ($to IS NULL OR coalesce(${linkLo(r)}, date('0001-01-01')) <= date($to)))`;
