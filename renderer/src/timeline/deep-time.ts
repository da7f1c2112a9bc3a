// Dates as the timeline needs them: epoch milliseconds (UTC) from our ISO strings, including the
// expanded form for years outside 1..9999 (`-000043-03-15` is 44 BC), BC-aware labels, and the
// range vis-timeline can draw. Pure: no DOM.

export const DAY_MS = 86_400_000;

/** Astronomical year bounds of what the timeline draws. vis-timeline's own validator caps zoomMax at
 * 10,000 years and its axis (moment.js) is unreliable far beyond; events outside are clamped here. */
export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;
export const MIN_MS = utcMs(MIN_YEAR, 0, 1);
export const MAX_MS = utcMs(MAX_YEAR + 1, 0, 1) - 1;

/** The widest window vis-timeline accepts (its validator's limit: 10,000 years of 365 days). */
export const ZOOM_MAX_MS = 315_360_000_000_000;
export const ZOOM_MIN_MS = DAY_MS;

/** Epoch ms of a UTC calendar date. `Date.UTC` maps years 0..99 to 1900..1999, so set the year apart.
 * @example utcMs(-43, 2, 15) // 15 March 44 BC */
export function utcMs(year: number, monthIndex: number, day: number): number {
  const d = new Date(Date.UTC(2000, monthIndex, day));
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** The number written by the decimal digits iso[from..to), or -1 when one is not a digit. */
function digits(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = iso.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const ISO_DATE = /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Epoch ms of the start of an ISO date (`2024-10-04`, `1980`, `-000043-03-15`), or NaN when unreadable.
 * @example isoToMs('-000043-03-15') === utcMs(-43, 2, 15) */
export function isoToMs(iso: string): number {
  // Fast path for the common `YYYY-MM-DD` (years 1000..9999): no regex, no Date object.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return Date.UTC(year, month - 1, day);
  }
  const m = ISO_DATE.exec(iso);
  if (m === null) return Number.NaN;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  return utcMs(year, month - 1, day);
}

/** The astronomical year -43 is 44 BC (there is no year 0); 1..999 get "AD" so "44" is never ambiguous.
 * @example yearLabel(-43) === '44 BC'; yearLabel(2024) === '2024' */
export function yearLabel(year: number): string {
  if (year <= 0) return `${1 - year} BC`;
  if (year < 1000) return `AD ${year}`;
  return String(year);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short, BC-aware label of an instant at a given precision. */
export function formatMs(ms: number, precision: 'day' | 'month' | 'year'): string {
  const d = new Date(ms);
  const year = yearLabel(d.getUTCFullYear());
  if (precision === 'year') return year;
  const month = MONTHS[d.getUTCMonth()] ?? '';
  if (precision === 'month') return `${month} ${year}`;
  return `${d.getUTCDate()} ${month} ${year}`;
}

/** vis-timeline axis label: its scale names (`millisecond` ... `year`) decide the precision. Years
 * need our own formatting for BC; finer scales keep a BC-aware year where one is shown.
 * vis-timeline hands a moment object, so only `valueOf()` (epoch ms) is relied on. */
export function axisLabel(date: { valueOf(): number }, scale: string, major: boolean): string {
  const ms = Number(date.valueOf());
  const d = new Date(ms);
  switch (scale) {
    case 'year':
      return major ? '' : yearLabel(d.getUTCFullYear());
    case 'month':
      return major ? yearLabel(d.getUTCFullYear()) : (MONTHS[d.getUTCMonth()] ?? '');
    case 'week':
    case 'day':
    case 'weekday':
      return major ? formatMs(ms, 'month') : String(d.getUTCDate());
    default: {
      const hh = String(d.getUTCHours()).padStart(2, '0');
      const mm = String(d.getUTCMinutes()).padStart(2, '0');
      return major ? formatMs(ms, 'day') : `${hh}:${mm}`;
    }
  }
}

/** Clamp into the drawable range; `clamped` says whether the instant was moved. */
export function clampMs(ms: number): { readonly ms: number; readonly clamped: boolean } {
  if (ms < MIN_MS) return { ms: MIN_MS, clamped: true };
  if (ms > MAX_MS) return { ms: MAX_MS, clamped: true };
  return { ms, clamped: false };
}
