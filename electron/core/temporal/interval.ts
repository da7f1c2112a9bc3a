// From a TIMEX3 value to the calendar interval an event occupies (inclusive ISO dates), with how
// precise it is and whether its edges are exact, approximate or open. Values that name no stretch of
// the calendar (PRESENT_REF, sets, unresolved `XXXX-...`) give null; a duration gives an interval only
// when the text anchors one of its ends.
import type { Anchor, Edge, EventDate, Granularity, Timex } from '../../shared/model';
import { addCalendar, civilFromDays, daysFromCivil, formatIso, isoWeekMonday, lastDayOfMonth, parseIso } from '../events/calendar-days';
import type { TimexMod } from './types';

/** TIMEX3 mods, plus EARLY/LATE which some taggers emit for START/END. */
export type IntervalMod = TimexMod | 'EARLY' | 'LATE';

/** Where the text pins a duration: it ends at `end` ("for two decades" up to the document date) or
 * starts at `start` ("for three years from 2010"). ISO dates. */
export interface DurationAnchor {
  readonly start?: string;
  readonly end?: string;
}

interface Band {
  readonly first: number;
  readonly last: number;
  readonly granularity: Granularity;
}

const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11], WI: [12, 14],
};

/** Months `from..to` of year `y` (months past 12 run into the next year: winter spans the year end). */
function months(y: number, from: number, to: number, granularity: Granularity): Band {
  const endY = y + Math.floor((to - 1) / 12);
  const endM = ((to - 1) % 12) + 1;
  return { first: daysFromCivil(y, from, 1), last: daysFromCivil(endY, endM, lastDayOfMonth(endY, endM)), granularity };
}

/** Astronomical years `a..b` (1 BC = 0). */
const years = (a: number, b: number, granularity: Granularity): Band =>
  ({ first: daysFromCivil(a, 1, 1), last: daysFromCivil(b, 12, 31), granularity });

/** `BC0044` is 44 BC, astronomical year -43; TIMEX3 periods count down the same way (`BC04` = 499..400 BC). */
const bcYear = (n: number) => 1 - n;

/** A year-bearing value: plain `2021`, expanded/negative `-0043`, or TIMEX3 `BC0044`. */
const YEAR = '(BC\\d{4}|[+-]\\d{4,6}|\\d{4})';
const yearOf = (s: string) => (s.startsWith('BC') ? bcYear(Number(s.slice(2))) : Number(s));

const RULES: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Band | null]> = [
  [new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})(T.*)?$`), (m) => {
    const [y, mo, d] = [yearOf(m[1]!), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return null;
    const day = daysFromCivil(y, mo, d);
    return { first: day, last: day, granularity: m[4] ? 'time' : 'day' };
  }],
  [new RegExp(`^${YEAR}-W(\\d{2})(-WE)?$`), (m) => {
    const w = Number(m[2]);
    if (w < 1 || w > 53) return null;
    const monday = isoWeekMonday(yearOf(m[1]!), w);
    return m[3] ? { first: monday + 5, last: monday + 6, granularity: 'week' } : { first: monday, last: monday + 6, granularity: 'week' };
  }],
  [new RegExp(`^${YEAR}-(\\d{2})$`), (m) => {
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? months(yearOf(m[1]!), mo, mo, 'month') : null;
  }],
  [new RegExp(`^${YEAR}-(SP|SU|FA|AU|WI)$`), (m) => {
    const [from, to] = SEASONS[m[2]!]!;
    return months(yearOf(m[1]!), from, to, 'season');
  }],
  [new RegExp(`^${YEAR}-Q([1-4])$`), (m) => months(yearOf(m[1]!), Number(m[2]) * 3 - 2, Number(m[2]) * 3, 'quarter')],
  [new RegExp(`^${YEAR}-H([12])$`), (m) => months(yearOf(m[1]!), Number(m[2]) * 6 - 5, Number(m[2]) * 6, 'half')],
  [new RegExp(`^${YEAR}$`), (m) => years(yearOf(m[1]!), yearOf(m[1]!), 'year')],
  // Decades, centuries and millennia as TIMEX3 writes them: `198` = 1980..1989, `18` = 1800..1899.
  [/^(\d{3})$/, (m) => years(Number(m[1]) * 10, Number(m[1]) * 10 + 9, 'decade')],
  [/^(\d{2})$/, (m) => years(Number(m[1]) * 100, Number(m[1]) * 100 + 99, 'century')],
  [/^(\d)$/, (m) => years(Number(m[1]) * 1000, Number(m[1]) * 1000 + 999, 'millennium')],
  // BC periods count down: `BC004` = 49..40 BC, `BC04` = 499..400 BC, `BC0` = 999..1 BC.
  [/^BC(\d{3})$/, (m) => years(bcYear(Number(m[1]) * 10 + 9), Math.min(0, bcYear(Number(m[1]) * 10)), 'decade')],
  [/^BC(\d{2})$/, (m) => years(bcYear(Number(m[1]) * 100 + 99), Math.min(0, bcYear(Number(m[1]) * 100)), 'century')],
  [/^BC(\d)$/, (m) => years(bcYear(Number(m[1]) * 1000 + 999), Math.min(0, bcYear(Number(m[1]) * 1000)), 'millennium')],
];

/** The calendar band of a DATE/TIME value, before any mod; null for values that name none. */
export function valueToBand(value: string): Band | null {
  for (const [re, make] of RULES) {
    const m = re.exec(value);
    if (m) return make(m);
  }
  return null;
}

/** A band's extent as whole months (first month index, month count) when it is made of whole months. */
function wholeMonths(b: Band): { from: number; count: number } | null {
  const a = civilFromDays(b.first);
  const z = civilFromDays(b.last);
  if (a.d !== 1 || z.d !== lastDayOfMonth(z.y, z.m)) return null;
  const from = a.y * 12 + a.m - 1;
  return { from, count: z.y * 12 + z.m - from };
}

/** Days of month index `i` (year * 12 + month - 1): its first and last day. */
const monthStart = (i: number) => daysFromCivil(Math.floor(i / 12), (i % 12 + 12) % 12 + 1, 1);
const monthEnd = (i: number) => monthStart(i + 1) - 1;

/** Splits a band at its thirds (in whole months when it is made of months: the early 1990s end in
 * April 1993): where the middle and last thirds start, and the band widened by a third each side. */
function thirds(b: Band): { midStart: number; lateStart: number; widened: readonly [number, number] } | null {
  const wm = wholeMonths(b);
  if (wm && wm.count >= 3) {
    const t = Math.floor(wm.count / 3);
    return { midStart: monthStart(wm.from + t), lateStart: monthStart(wm.from + wm.count - t),
      widened: [monthStart(wm.from - t), monthEnd(wm.from + wm.count - 1 + t)] };
  }
  const t = Math.floor((b.last - b.first + 1) / 3);
  if (t < 1) return null;
  return { midStart: b.first + t, lateStart: b.last - t + 1, widened: [b.first - t, b.last + t] };
}

/** Narrows a band to its first, middle or last third (early/mid/late 1990s), or widens it by a
 * third on each side (APPROX); the edges that moved become approximate. Before/after open an edge. */
function applyMod(b: Band, mod: IntervalMod | undefined): { first: number; last: number; startEdge: Edge; endEdge: Edge } {
  const exact = { first: b.first, last: b.last, startEdge: 'exact', endEdge: 'exact' } as const;
  const t = thirds(b);
  switch (mod) {
    case 'START': case 'EARLY':
      return t ? { ...exact, last: t.midStart - 1, endEdge: 'approximate' } : exact;
    case 'MID':
      return t ? { first: t.midStart, last: t.lateStart - 1, startEdge: 'approximate', endEdge: 'approximate' } : exact;
    case 'END': case 'LATE':
      return t ? { ...exact, first: t.lateStart, startEdge: 'approximate' } : exact;
    case 'APPROX': {
      const [first, last] = t ? t.widened : [b.first - 1, b.last + 1];
      return { first, last, startEdge: 'approximate', endEdge: 'approximate' };
    }
    // An open edge keeps the last known bound as its date: "after 2024" starts 2025-01-01, open-ended.
    case 'AFTER': return { first: b.last + 1, last: b.last + 1, startEdge: 'exact', endEdge: 'open' };
    case 'ON_OR_AFTER': return { ...exact, endEdge: 'open' };
    case 'BEFORE': return { first: b.first - 1, last: b.first - 1, startEdge: 'open', endEdge: 'exact' };
    case 'ON_OR_BEFORE': return { ...exact, startEdge: 'open' };
    default: return exact;
  }
}

const DURATION_UNITS: Readonly<Record<string, readonly [number, number, Granularity]>> = {
  // unit -> [months, days, granularity]
  ML: [12000, 0, 'millennium'], CE: [1200, 0, 'century'], DE: [120, 0, 'decade'],
  Y: [12, 0, 'year'], Q: [3, 0, 'quarter'], M: [1, 0, 'month'], W: [0, 7, 'week'], D: [0, 1, 'day'],
};
const GRANULARITY_ORDER: readonly Granularity[] = ['time', 'day', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium'];

/** A duration value's length in whole months and days (`P20Y` -> 240 months; `PT5H` -> 0 days), or null. */
export function durationLength(value: string): { months: number; days: number; granularity: Granularity } | null {
  const m = /^P((?:\d+(?:\.\d+)?(?:ML|CE|DE|Y|Q|M|W|D))*)(?:T((?:\d+(?:\.\d+)?[HMS])+))?$/.exec(value);
  if (!m || (!m[1] && !m[2])) return null;
  let monthsTotal = 0;
  let days = 0;
  let granularity: Granularity = 'time';
  for (const [, n, unit] of m[1]!.matchAll(/(\d+(?:\.\d+)?)(ML|CE|DE|Y|Q|M|W|D)/g)) {
    const [mo, d, g] = DURATION_UNITS[unit!]!;
    monthsTotal += Number(n) * mo;
    days += Number(n) * d;
    if (GRANULARITY_ORDER.indexOf(g) > GRANULARITY_ORDER.indexOf(granularity)) granularity = g;
  }
  // Fractions of a month ("1.5 months") become days, at 30 days a month.
  const wholeMonths = Math.floor(monthsTotal);
  return { months: wholeMonths, days: Math.round(days + (monthsTotal - wholeMonths) * 30), granularity };
}

/** The interval a duration spans when the text anchors one end; edges reflect the mod
 * (MORE_THAN: open, since it may reach further; otherwise approximate, since durations are rounded). */
function durationToDate(value: string, mod: IntervalMod | undefined, anchor: Anchor, at: DurationAnchor): EventDate | null {
  const len = durationLength(value);
  if (!len) return null;
  const farEdge: Edge = mod === 'MORE_THAN' || mod === 'EQUAL_OR_MORE' ? 'open' : 'approximate';
  const base = { granularity: len.granularity === 'time' ? 'day' as const : len.granularity, anchor };
  if (at.end !== undefined) {
    const end = parseIso(at.end);
    if (end === null) return null;
    return { ...base, start: formatIso(addCalendar(end, 0, -len.months, -len.days)), end: formatIso(end), startEdge: farEdge, endEdge: 'exact' };
  }
  if (at.start !== undefined) {
    const start = parseIso(at.start);
    if (start === null) return null;
    const end = Math.max(start, addCalendar(start, 0, len.months, len.days) - 1);
    return { ...base, start: formatIso(start), end: formatIso(end), startEdge: 'exact', endEdge: farEdge };
  }
  return null;
}

/** The calendar interval of a time expression, or null when it names none (refs, sets, unresolved
 * values, durations the text does not anchor). Examples: `198` -> 1980-01-01..1989-12-31 decade;
 * `2021-W21` -> 2021-05-24..2021-05-30; `BC0044` -> -000043-01-01..-000043-12-31. */
export function timexToDate(
  timex: Pick<Timex, 'type' | 'value'> & { readonly mod?: IntervalMod | undefined },
  anchor: Anchor,
  durationAnchor?: DurationAnchor,
): EventDate | null {
  if (timex.type === 'SET') return null;
  if (timex.type === 'DURATION' || timex.value.startsWith('P')) {
    return durationAnchor ? durationToDate(timex.value, timex.mod, anchor, durationAnchor) : null;
  }
  const band = valueToBand(timex.value);
  if (!band) return null;
  const { first, last, startEdge, endEdge } = applyMod(band, timex.mod);
  return { start: formatIso(first), end: formatIso(last), granularity: band.granularity, anchor, startEdge, endEdge };
}
