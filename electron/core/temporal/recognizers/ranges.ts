// Ranges written as one token or phrase give two expressions, as TimeML tags them:
// "2009-2010" and "1990-91" (two years), "April 24 and 25" / "May 5-7" (two days of one month).
import { fmtMonth, pad } from '../day-math';
import { DIGITS, MONTH_CUES, MONTH_FORMS, MONTH_RE, monthOf } from '../lexicon';
import { readerAt, type Candidate, type Recognizer, type RelativeValue } from '../recognizer';
import { bareMonths, EDGE } from './bare-months';
import { explicitDates } from './explicit-dates';

export const yearRanges: Recognizer = {
  name: 'year-ranges',
  cue: ['#'],
  pattern: /(?<![\d,.$#/])\b(1[5-9]\d\d|20\d\d)[-–](\d{4}|\d\d)\b(?![-–/]\d)/g,
  extract(m) {
    const a = +m[1]!;
    const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + +m[2]! : +m[2]!;
    if (b <= a || b - a > 100) return null;
    const second = m.index + m[1]!.length + 1;
    return [
      { start: m.index, end: m.index + 4, type: 'DATE', value: String(a) },
      { start: second, end: second + m[2]!.length, type: 'DATE', value: pad(b, 4) },
    ];
  },
};

export const dayRanges: Recognizer = {
  name: 'day-ranges',
  // The month and a digit after one space (each such pair holds one of MONTH_CUES: no line the
  // month cues skipped is woken).
  cue: MONTH_FORMS.flatMap((mo) => DIGITS.map((d) => `${mo} ${d}`)),
  pattern: new RegExp(`\\b(${MONTH_RE}) ([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:[-–]| and | to | or | through )([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b(?!:\\d)(?:,? (\\d{4})\\b)?`, 'g'),
  extract(m, text) {
    const mo = monthOf(m[1]!);
    const d1 = +m[2]!;
    const d2 = +m[3]!;
    if (!mo || d2 <= d1) return null;
    const firstEnd = m.index + m[1]!.length + 1 + m[2]!.length;
    const secondStart = m.index + m[0].lastIndexOf(m[3]!, m[0].length - (m[4] ? m[4].length + 1 : 0));
    const day = (d: number, y: number | null) => (ref: { y: number } | null) => `${y ? pad(y, 4) : ref ? pad(ref.y, 4) : 'XXXX'}-${pad(mo)}-${pad(d)}`;
    const y = m[4] ? +m[4] : null;
    const mk = (start: number, end: number, d: number): Candidate =>
      y ? { start, end, type: 'DATE', value: day(d, y)(null) } : { start, end, type: 'DATE', relative: 'deictic', yearless: true, value: day(d, null) };
    // "will meet Jan. 13 and 14", told in November: the first day is placed as a yearless date is
    // (by its clause's tense), and the second shares its year.
    const first = y ? null : dateAt(text, m.index);
    if (first && first.end === firstEnd && typeof first.value !== 'string') {
      const value = followsFirst(first.value, true, (yy) => `${yy === null ? 'XXXX' : pad(yy, 4)}-${pad(mo)}-${pad(d2)}`);
      return [first, { start: secondStart, end: m.index + m[0].length, type: 'DATE', relative: first.relative ?? 'deictic', yearless: true, value }];
    }
    return [mk(m.index, firstEnd, d1), mk(secondStart, m.index + m[0].length, d2)];
  },
};

/** Lists of days of one month: "March 4, 11 and 18", "on Jan. 5, 12, 19 or 26, 2014": each day is an
 *  expression of that month (two days are dayRanges' "April 24 and 25"). */
export const dayLists: Recognizer = {
  name: 'day-lists',
  cue: MONTH_FORMS.flatMap((mo) => DIGITS.map((d) => `${mo} ${d}`)),
  pattern: new RegExp(`\\b(${MONTH_RE}) ((?:[12]\\d|3[01]|0?[1-9])(?:, (?:[12]\\d|3[01]|0?[1-9])\\b)+,? (?:and|or) (?:[12]\\d|3[01]|0?[1-9]))\\b(?![:.,]?\\d)(?:,? (\\d{4})\\b)?`, 'g'),
  extract(m) {
    const mo = monthOf(m[1]!);
    if (!mo) return null;
    const y = m[3] ? +m[3] : null;
    const out: Candidate[] = [];
    let prev = 0;
    for (const d of m[2]!.matchAll(/\d+/g)) {
      const n = +d[0];
      if (n <= prev) return null; // a list of days runs forward
      prev = n;
      const start = m.index + m[1]!.length + 1 + d.index!;
      // The month is written once, at the head of the list: the first day's span takes it.
      const from = out.length === 0 ? m.index : start;
      const last = d.index! + d[0].length === m[2]!.length;
      const end = last && y ? m.index + m[0].length : start + d[0].length;
      out.push(y ? { start: from, end, type: 'DATE', value: `${pad(y, 4)}-${pad(mo)}-${pad(n)}` }
        : { start: from, end, type: 'DATE', relative: 'deictic', value: (ref) => `${ref ? pad(ref.y, 4) : 'XXXX'}-${pad(mo)}-${pad(n)}` });
    }
    return out;
  },
};

const DAY = '([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

/** Day-first ranges: "22-25 April 1951", "26-30 November", "from the 12th to the 17th of March
 *  1921": the first day shares the month and year. */
export const dayFirstRanges: Recognizer = {
  name: 'day-first-ranges',
  cue: MONTH_CUES,
  pattern: new RegExp(`(?<![\\d,.$])\\b(?:the )?${DAY}(?:[-–]| and | to | or )((?:the )?)${DAY} (?:of )?(${MONTH_RE})(?![\\w'-])(?:,? (\\d{4})\\b)?`, 'g'),
  extract(m) {
    const mo = monthOf(m[4]!);
    const d1 = +m[1]!;
    const d2 = +m[3]!;
    if (!mo || d2 <= d1) return null;
    const y = m[5] ? +m[5] : null;
    const firstEnd = m.index + /^(?:the )?\d+(?:st|nd|rd|th)?/.exec(m[0])![0].length;
    const secondStart = m.index + m[0].lastIndexOf(m[2]! + m[3]!, m[0].length - m[4]!.length - (m[5] ? m[5].length + 2 : 0));
    const mk = (start: number, end: number, d: number): Candidate =>
      y ? { start, end, type: 'DATE', value: `${pad(y, 4)}-${pad(mo)}-${pad(d)}` }
        : { start, end, type: 'DATE', relative: 'deictic', value: (ref) => `${ref ? pad(ref.y, 4) : 'XXXX'}-${pad(mo)}-${pad(d)}` };
    return [mk(m.index, firstEnd, d1), mk(secondStart, m.index + m[0].length, d2)];
  },
};

/** Month ranges with one year: "August and September 1914", "July-November 1954": the first month
 *  is in that year too (the year before when it comes later in the calendar: "December-January 1951"). */
export const monthRanges: Recognizer = {
  name: 'month-ranges',
  // The second month and its year's first digit (each such pair holds one of MONTH_CUES).
  cue: MONTH_FORMS.flatMap((mo) => [' ', ', '].flatMap((w) => DIGITS.map((d) => `${mo}${w}${d}`))),
  pattern: new RegExp(`\\b(${MONTH_RE})(?:[-–]| and | to | or | through )(${MONTH_RE}),? (\\d{4})\\b(?![-–/]\\d|,\\d)`, 'g'),
  extract(m) {
    const a = monthOf(m[1]!);
    const b = monthOf(m[2]!);
    if (!a || !b || a === b) return null;
    const y = +m[3]!;
    const secondStart = m.index + m[0].lastIndexOf(m[2]!, m[0].length - m[3]!.length - 1);
    return [
      { start: m.index, end: m.index + m[1]!.length, type: 'DATE', value: `${pad(a < b ? y : y - 1, 4)}-${pad(a)}` },
      { start: secondStart, end: m.index + m[0].length, type: 'DATE', value: `${pad(y, 4)}-${pad(b)}` },
    ];
  },
};

/** The first month of a range, read by bareMonths itself, so its tense rules hold. */
const monthAt = readerAt(bareMonths);

/** The end of a range whose start is `first`: in the start's year, or the next one when it comes
 *  earlier in the calendar (`later` false), so a range never ends before it starts. */
function followsFirst(first: RelativeValue, later: boolean, write: (y: number | null) => string): RelativeValue {
  return (ref, last, narrative) => {
    const y = /^(\d{4})-\d\d/.exec(first(ref, last, narrative))?.[1];
    return write(y ? +y + (later ? 0 : 1) : null);
  };
}

/** Yearless month ranges: "from March to October", "between April and June": the first month is
 *  placed as a bare month is, and the second follows it (in the next year when it comes earlier in
 *  the calendar: "from November to February"), so a range never ends before it starts. */
export const yearlessMonthRanges: Recognizer = {
  name: 'yearless-month-ranges',
  cue: ['from ', 'between '],
  // (Either month may have its edge: "between mid-August and mid-October".)
  pattern: new RegExp(`\\b(?:[Ff]rom|[Bb]etween) ((?:early|mid|late)[- ])?(${MONTH_RE})(?:[-–]| to | and | through | until | till )((?:early|mid|late)[- ])?(${MONTH_RE})\\b(?!'|\\.? \\d|[-–]\\d|,? \\d{4}|(?: of)? (?:this|last|next|that|the same) year\\b| of \\d)`, 'g'),
  extract(m, text) {
    const a = monthOf(m[2]!);
    const b = monthOf(m[4]!);
    if (!a || !b || a === b) return null;
    const [lead, second] = [m[1] ?? '', m[3] ?? ''];
    const at = m.index + m[0].indexOf(lead + m[2]!);
    const first = monthAt(text, at);
    if (!first || typeof first.value === 'string' || first.end !== at + lead.length + m[2]!.length) return null;
    const end = m.index + m[0].length;
    const follows = followsFirst(first.value, b > a, (y) => (y === null ? `XXXX-${pad(b)}` : fmtMonth(y, b)));
    const edge = EDGE[second.slice(0, -1).toLowerCase()];
    // A story names its months in the year it tells, as bareMonths does.
    return [first, { start: end - second.length - m[4]!.length, end, type: 'DATE', relative: first.relative ?? 'deictic', ...(edge ? { mod: edge } : {}), value: (ref, last, narrative) => (narrative && ref ? fmtMonth(ref.y, b) : follows(ref, last, narrative)) }];
  },
};

/** The first day of a range, read by explicitDates itself (a sticky copy of its pattern). */
const dateAt = readerAt(explicitDates);

/** Yearless day ranges across months: "June 1 through Nov. 30", "from Dec. 20 to Jan. 5": the first
 *  day is placed as a yearless date is, and the second follows it (in the next year when it comes
 *  earlier in the calendar), so a range never ends before it starts. */
export const yearlessDayRanges: Recognizer = {
  name: 'yearless-day-ranges',
  cue: MONTH_FORMS.flatMap((mo) => DIGITS.map((d) => `${mo} ${d}`)),
  pattern: new RegExp(`\\b(${MONTH_RE}) ([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?: (?:to|through|until|till) |[-–])(${MONTH_RE}) ([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b(?!,? \\d{4}|[:.]\\d)`, 'g'),
  extract(m, text) {
    const a = monthOf(m[1]!);
    const b = monthOf(m[3]!);
    if (!a || !b || a === b) return null;
    const first = dateAt(text, m.index);
    if (!first || typeof first.value === 'string') return null;
    const day = pad(+m[4]!);
    const value = followsFirst(first.value, b > a, (y) => `${y === null ? 'XXXX' : pad(y, 4)}-${pad(b)}-${day}`);
    return [first, { start: m.index + m[0].lastIndexOf(m[3]!), end: m.index + m[0].length, type: 'DATE', relative: first.relative ?? 'deictic', value }];
  },
};
