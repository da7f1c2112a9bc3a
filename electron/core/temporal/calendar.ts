// Day arithmetic for the recognizers.
// NOTE (events engineer): this file was accidentally overwritten at 02:54 UTC by the events engineer and
// reconstructed from its uses (Day, parseIsoDay, year, addDays, fmtDay, weekday); please check it
// against what you wrote and restore your version if it differs.

export interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  /** How much of the date the text fixed. */
  readonly gran: 'day' | 'month' | 'year';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A four-digit TIMEX3 year value. */
export const year = (y: number): string => pad(y, 4);

/** `YYYY-MM-DD` of a day. */
export const fmtDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;

/** Parses an ISO `YYYY-MM-DD` date, or null. */
export function parseIsoDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { y: +m[1]!, m: +m[2]!, d: +m[3]!, gran: 'day' };
}

const toUtc = (day: Day): Date => {
  const date = new Date(Date.UTC(2000, day.m - 1, day.d));
  date.setUTCFullYear(day.y);
  return date;
};

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: Day, n: number): Day {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + n);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), gran: 'day' };
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export const weekday = (day: Day): number => ((toUtc(day).getUTCDay() + 6) % 7) + 1;
