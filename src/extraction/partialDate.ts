export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A partial ISO 8601 calendar date: "2003", "2021-05" or "2022-04-30". */
export interface PartialDate {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns null unless `value` is a well-formed partial date naming a real month/day. */
export function parsePartialDate(value: string): PartialDate | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  const precision: DatePrecision = day !== null ? 'DAY' : month !== null ? 'MONTH' : 'YEAR';
  return { value, precision, year, month, day };
}

/** YAML turns an unquoted `2003` into a number; dates are always handled as strings. */
export function normaliseDateInput(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** First possible day, as "YYYY-MM-DD". */
export function earliestDay(d: PartialDate): string {
  return `${d.year}-${pad(d.month ?? 1)}-${pad(d.day ?? 1)}`;
}

/** Last possible day, as "YYYY-MM-DD". */
export function latestDay(d: PartialDate): string {
  const month = d.month ?? 12;
  return `${d.year}-${pad(month)}-${pad(d.day ?? daysInMonth(d.year, month))}`;
}

/** Orders by earliest possible day; on a tie the coarser date sorts first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = earliestDay(a).localeCompare(earliestDay(b));
  if (byDay !== 0) return byDay;
  return a.value.length - b.value.length;
}

/** True only when every day `a` may denote is after every day `b` may denote. */
export function isDefinitelyAfter(a: PartialDate, b: PartialDate): boolean {
  return earliestDay(a) > latestDay(b);
}

/** True when one date refines the other ("2003" and "2003-05-01"), or they are equal. */
export function areCompatibleDates(a: PartialDate, b: PartialDate): boolean {
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}
