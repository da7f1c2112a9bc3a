// Turns our ISO dates (including expanded years such as `-000043-03-15` for 44 BC) into words a reader
// trusts: "Fri 4 Oct 2024", "October 2024", "the 1980s", "44 BC", "5th century BC".
import type { EventDate, Granularity } from '../../../electron/shared/model';

export interface CalendarDate {
  /** Astronomical year: 0 is 1 BC, -43 is 44 BC. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Parses `YYYY-MM-DD`, `+YYYYYY-MM-DD` or `-YYYYYY-MM-DD` (missing month/day default to 1); null when malformed. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m?.[1]) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** A number that sorts dates chronologically (plain string order breaks on signed years). */
export function dateSortKey(iso: string): number {
  const d = parseIsoDate(iso);
  return d ? d.year * 10_000 + d.month * 100 + d.day : Number.NaN;
}

/** "2024", "AD 5" is written plainly as "5", and years at or before 0 as "44 BC". */
export function formatYear(year: number): string {
  return year <= 0 ? `${1 - year} BC` : String(year);
}

/** Day of the week in the proleptic Gregorian calendar (what ISO 8601 dates use). */
export function weekday(d: CalendarDate): (typeof WEEKDAYS)[number] {
  const t = new Date(Date.UTC(2000, d.month - 1, d.day));
  t.setUTCFullYear(d.year); // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.
  return WEEKDAYS[t.getUTCDay()] ?? 'Sunday';
}

/** "Fri 4 Oct 2024" (short) or "Friday 4 October 2024" (long); BC days carry no weekday. */
export function formatDay(d: CalendarDate, long = false): string {
  const month = MONTHS[d.month - 1] ?? '';
  const monthText = long ? month : month.slice(0, 3);
  const base = `${d.day} ${monthText} ${formatYear(d.year)}`;
  if (d.year <= 0) return base;
  const wd = weekday(d);
  return `${long ? wd : wd.slice(0, 3)} ${base}`;
}

function ordinal(n: number): string {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Names a span of a whole number of years (decade, century, millennium) by its first and last year. */
function formatYearsSpan(granularity: 'decade' | 'century' | 'millennium', first: number, last: number): string {
  if (granularity === 'decade') {
    // "the 1980s"; BC decades have no such name, so give the years.
    return first >= 0 ? `the ${first}s` : `${formatYear(first)} – ${formatYear(last)}`;
  }
  const size = granularity === 'century' ? 100 : 1000;
  const word = granularity === 'century' ? 'century' : 'millennium';
  // TIMEX3 counts centuries by their leading digits: value 18 is 1800-1899, "the 19th century".
  if (first >= 0) return `${ordinal(Math.floor(first / size) + 1)} ${word}`;
  // 500 BC - 401 BC (astronomical -499..-400) is "the 5th century BC".
  return `${ordinal(Math.ceil((1 - first) / size))} ${word} BC`;
}

const SEASONS: Record<number, string> = { 12: 'winter', 1: 'winter', 2: 'winter', 3: 'spring', 4: 'spring', 5: 'spring', 6: 'summer', 7: 'summer', 8: 'summer', 9: 'autumn', 10: 'autumn', 11: 'autumn' };

/** One calendar interval in words, by its granularity (edges exact). */
export function formatByGranularity(start: CalendarDate, end: CalendarDate, granularity: Granularity): string {
  const month = MONTHS[start.month - 1] ?? '';
  switch (granularity) {
    case 'time':
    case 'day':
      return sameDay(start, end) ? formatDay(start) : `${formatDay(start)} – ${formatDay(end)}`;
    case 'week':
      return `week of ${formatDay(start)}`;
    case 'month':
      return `${month} ${formatYear(start.year)}`;
    case 'season':
      return `${SEASONS[start.month] ?? 'season'} ${formatYear(start.year)}`;
    case 'quarter':
      return `Q${Math.floor((start.month - 1) / 3) + 1} ${formatYear(start.year)}`;
    case 'half':
      return `${start.month <= 6 ? 'first' : 'second'} half of ${formatYear(start.year)}`;
    case 'year':
      return start.year === end.year ? formatYear(start.year) : `${formatYear(start.year)} – ${formatYear(end.year)}`;
    case 'decade':
    case 'century':
    case 'millennium':
      return formatYearsSpan(granularity, start.year, end.year);
  }
}

function sameDay(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** One edge of an interval, as precise as the granularity: a day, a month, or a year. */
function edgeText(d: CalendarDate, g: Granularity): string {
  if (g === 'time' || g === 'day' || g === 'week') return formatDay(d);
  if (g === 'month' || g === 'season' || g === 'quarter' || g === 'half') return `${MONTHS[d.month - 1] ?? ''} ${formatYear(d.year)}`;
  return formatYear(d.year);
}

/** Beyond the calendar we draw: an edge with no real date behind it. */
function beyond(d: CalendarDate): boolean {
  return Math.abs(d.year) >= 9999;
}

/** An event's date in words, saying when an edge is approximate ("about 2004") or open
 * ("2004 or earlier", "from 1 Jan 2025 onwards" for "after 2024", "until 2023" for "before 2024"). */
export function formatEventDate(date: EventDate): string {
  const start = parseIsoDate(date.start);
  const end = parseIsoDate(date.end);
  if (!start || !end) return `${date.start} – ${date.end}`;
  const g = date.granularity;
  if (date.startEdge === 'exact' && date.endEdge === 'exact') return formatByGranularity(start, end, g);
  const from = edgeText(start, g);
  const to = edgeText(end, g);
  // "after X" and "before X" arrive as one day with an open side.
  if (date.endEdge === 'open' && (sameDay(start, end) || beyond(end))) return `from ${from} onwards`;
  if (date.startEdge === 'open' && (sameDay(start, end) || beyond(start))) return `until ${to}`;
  const mark = (edge: EventDate['startEdge'], text: string, side: 'earlier' | 'later'): string =>
    edge === 'open' ? `${text} or ${side}` : edge === 'approximate' ? `about ${text}` : text;
  if (from === to) return mark(date.endEdge === 'exact' ? date.startEdge : date.endEdge, from, date.endEdge === 'exact' ? 'earlier' : 'later');
  return `${mark(date.startEdge, from, 'earlier')} – ${mark(date.endEdge, to, 'later')}`;
}

const GRANULARITY_WORDS: Record<Granularity, string> = {
  time: 'a time of day',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  season: 'a season',
  quarter: 'a quarter',
  half: 'half a year',
  year: 'a year',
  decade: 'a decade',
  century: 'a century',
  millennium: 'a millennium',
};

/** "a decade": how precise the date is, in words. */
export function granularityWords(g: Granularity): string {
  return GRANULARITY_WORDS[g];
}

/** A document's date for headers: "Friday 4 October 2024", or null when it has none. */
export function formatDocumentDate(dct: string | null): string | null {
  if (!dct) return null;
  const d = parseIsoDate(dct);
  return d ? formatDay(d, true) : dct;
}

/** The years a set of events covers, "1980 – 2024" (edges beyond the drawable calendar left out);
 * null when there is none. */
export function spanOfYears(events: readonly EventDate[]): string | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of events) {
    const s = parseIsoDate(d.start);
    const e = parseIsoDate(d.end);
    if (s && !beyond(s)) first = Math.min(first, s.year);
    if (e && !beyond(e)) last = Math.max(last, e.year);
  }
  if (!Number.isFinite(first) && !Number.isFinite(last)) return null;
  if (!Number.isFinite(first)) return `until ${formatYear(last)}`;
  if (!Number.isFinite(last)) return `from ${formatYear(first)}`;
  return first === last ? formatYear(first) : `${formatYear(first)} – ${formatYear(last)}`;
}
