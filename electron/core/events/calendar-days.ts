// Proleptic Gregorian day arithmetic on astronomical years (1 BC = year 0, 44 BC = -43), without
// JavaScript's Date, which maps years 0..99 to 1900..1999 and cannot be trusted for deep time.
// Algorithms after H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".

export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day count since 1970-01-01. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

export const lastDayOfMonth = (y: number, m: number): number =>
  daysFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - daysFromCivil(y, m, 1);

/** ISO weekday of a day count: Monday 1 .. Sunday 7 (1970-01-01 was a Thursday). */
export const isoWeekday = (days: number): number => ((((days + 3) % 7) + 7) % 7) + 1;

/** Day count of the Monday of ISO week `w` of ISO year `y` (week 1 holds 4 January). */
export function isoWeekMonday(y: number, w: number): number {
  const jan4 = daysFromCivil(y, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1) + (w - 1) * 7;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO `YYYY-MM-DD`; years outside 1..9999 in the expanded form (`-000043-03-15` is 44 BC). */
export function formatIso(days: number): string {
  const { y, m, d } = civilFromDays(days);
  const year = y >= 1 && y <= 9999 ? pad(y, 4) : `${y < 0 ? '-' : '+'}${pad(Math.abs(y), 6)}`;
  return `${year}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Day count of an ISO date string (plain or expanded year), or null when it is not one. */
export function parseIso(iso: string): number | null {
  const m = /^([+-]\d{4,6}|\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return null;
  return daysFromCivil(y, mo, d);
}

/** Adds whole years, months and days to a date, clamping to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addCalendar(days: number, years: number, months: number, extraDays: number): number {
  const { y, m, d } = civilFromDays(days);
  const total = y * 12 + (m - 1) + years * 12 + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, lastDayOfMonth(ny, nm))) + extraDays;
}
