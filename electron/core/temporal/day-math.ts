// Calendar arithmetic on plain {y, m, d} days (UTC, proleptic Gregorian) and TIMEX3 formatting.

/** A calendar day; `gran` says how much of it the text actually fixed. */
export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly gran: 'day' | 'month' | 'year';
}

export const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

const toDate = (y: number, m: number, d: number): Date => {
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t;
};

const fromDate = (t: Date, gran: Day['gran'] = 'day'): Day => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), gran });

/** Parses `YYYY-MM-DD` (or a longer ISO string) into a day. */
export function parseIsoDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]!, gran: 'day' } : null;
}

export const addDays = (day: Day, n: number): Day => {
  const t = toDate(day.y, day.m, day.d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
};

export const addMonths = (y: number, m: number, n: number): { y: number; m: number } => {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
};

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export const weekday = (day: Day): number => toDate(day.y, day.m, day.d).getUTCDay() || 7;

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { y: number; w: number } {
  const t = toDate(day.y, day.m, day.d);
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7));
  const y = t.getUTCFullYear();
  const jan1 = toDate(y, 1, 1);
  return { y, w: Math.ceil(((t.getTime() - jan1.getTime()) / 86400000 + 1) / 7) };
}

/** The Monday of ISO week `w` of week-numbering year `y` (week 1 holds January 4). */
export function isoWeekMonday(y: number, w: number): Day {
  const jan4: Day = { y, m: 1, d: 4, gran: 'day' };
  return addDays(jan4, 7 * (w - 1) - (weekday(jan4) - 1));
}

export const year = (y: number): string => (y > 0 ? pad(y, 4) : `BC${pad(1 - y, 4)}`);
export const fmtDay = (d: Day): string => `${year(d.y)}-${pad(d.m)}-${pad(d.d)}`;
/** The reference as a day value, or a day of unknown date when the reference is coarser or missing
 *  (a clock time or "the day" needs a day to belong to). */
export const dayOrUnknown = (ref: Day | null): string => (ref && ref.gran === 'day' ? fmtDay(ref) : 'XXXX-XX-XX');
export const fmtMonth = (y: number, m: number): string => `${year(y)}-${pad(m)}`;
export const fmtWeek = (d: Day): string => {
  const w = isoWeek(d);
  return `${year(w.y)}-W${pad(w.w)}`;
};

/** Days in a month, for validating "February 30". */
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
