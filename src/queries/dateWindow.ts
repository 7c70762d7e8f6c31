import { earliestDay, latestDay, parsePartialDate } from '../extraction/partialDate.js';
import { badUserInput } from '../server/errorCodes.js';

/** A window as Cypher receives it: its first and last day ("YYYY-MM-DD"), null where open. */
export interface DateWindow {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Given a window's bounds as partial dates (the scalar has checked their form), returns its
 * first and last day. A bound is an interval too: `from: "2021"` opens on 2021-01-01 and
 * `to: "2021"` closes on 2021-12-31, so `from: "2021", to: "2021"` and
 * `from: "2021-01-01", to: "2021-12-31"` are the same window.
 *
 * The rule every windowed query applies (docs/graph-model.md#dates): a dated item is inside
 * the window when its interval [XFrom, XTo] overlaps it, i.e. `XTo >= date($from) AND
 * XFrom <= date($to)`; an undated item is outside any window that has a bound.
 * A window whose start is after its end is refused with BAD_USER_INPUT.
 */
export function dateWindow(from: string | null | undefined, to: string | null | undefined): DateWindow {
  const start = from ? parsePartialDate(from) : null;
  const end = to ? parsePartialDate(to) : null;
  if (from && !start) throw badUserInput('`from` is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', 'from');
  if (to && !end) throw badUserInput('`to` is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', 'to');
  const window = { from: start ? earliestDay(start) : null, to: end ? latestDay(end) : null };
  if (window.from && window.to && window.from > window.to) throw badUserInput('`from` is after `to`', 'from');
  return window;
}
