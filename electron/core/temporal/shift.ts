// A reference day moved by a number of calendar units, written at that unit's granularity:
// the heart of "last week" (2021-W21), "two years ago" (2019), "next month" (2024-11).
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, pad, year, type Day } from './day-math';

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

const quarterOf = (m: number) => Math.ceil(m / 3);

/** A quarter value ("2012-Q4") as its year and number; null for anything else. */
export function quarterValue(v: string | null): { readonly y: number; readonly q: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(v ?? '');
  return m ? { y: +m[1]!, q: +m[2]! } : null;
}

/** How many quarters lie from quarter `q` of year `y` to the reference's (0: the same one). */
export const quartersBack = (ref: Day, y: number, q: number): number => ref.y * 4 + quarterOf(ref.m) - (y * 4 + q);

/** `ref` moved by `n` units, e.g. shift(2024-10-04, 'week', -1) = 2024-W39. Null ref: an X-pattern. */
export function shift(ref: Day | null, unit: Unit, n: number): string {
  if (!ref) return UNKNOWN[unit];
  // A narrative reference known only to the year cannot give a day or a week.
  if (ref.gran === 'year' && (unit === 'day' || unit === 'week' || unit === 'month' || unit === 'quarter' || unit === 'half')) return year(ref.y);
  if (ref.gran === 'month' && (unit === 'day' || unit === 'week')) return fmtMonth(ref.y, ref.m);
  switch (unit) {
    case 'day': return fmtDay(addDays(ref, n));
    case 'week': return fmtWeek(addDays(ref, 7 * n));
    case 'month': { const t = addMonths(ref.y, ref.m, n); return fmtMonth(t.y, t.m); }
    case 'quarter': { const t = addMonths(ref.y, ref.m, 3 * n); return `${year(t.y)}-Q${quarterOf(t.m)}`; }
    case 'half': { const t = addMonths(ref.y, ref.m, 6 * n); return `${year(t.y)}-H${t.m <= 6 ? 1 : 2}`; }
    case 'year': return year(ref.y + n);
    // BC decades and centuries count backwards: after 490 BC "the following decade" is the 480s BC (BC048).
    case 'decade': return ref.y <= 0 && Math.floor((1 - ref.y) / 10) > n ? `BC${pad(Math.floor((1 - ref.y) / 10) - n, 3)}` : pad(Math.floor(ref.y / 10) + n, 3);
    case 'century': return ref.y <= 0 && Math.floor((1 - ref.y) / 100) > n ? `BC${pad(Math.floor((1 - ref.y) / 100) - n, 2)}` : pad(Math.floor(ref.y / 100) + n, 2);
  }
}

const UNKNOWN: Readonly<Record<Unit, string>> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX', decade: 'XXX', century: 'XX',
};

/** The unit named by a word ("weeks", "Month", "centuries"), if it is one `shift` handles. */
export function unitWord(w: string): Unit | null {
  const u = w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return (['day', 'week', 'month', 'quarter', 'year', 'decade', 'century'] as const).find((x) => x === u) ?? null;
}
