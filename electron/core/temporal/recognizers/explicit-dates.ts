// Explicit calendar dates: "Nov. 12, 1998", "12 November", "Friday, Nov. 12", "11/12/1998",
// "1998-11-12". Our pattern finds the span (TimeML conventions); chrono-node reads the parts and
// picks the year nearest the reference when the text gives none.
import * as chrono from 'chrono-node';
import { fmtDay, pad, year } from '../day-math';
import { MONTH_RE, WEEKDAY_RE } from '../lexicon';
import type { Recognizer } from '../recognizer';

const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:,? (?:\\d{4}|\'\\d\\d)(?!\\d|,\\d))';
const SOURCE = [
  `(?:${WEEKDAY_RE},? )?(?:the )?${MONTH_RE} ${DAY}\\b(?!:|\\d| ?(?:%|percent|million|billion))${YEAR}?`,
  `(?:${WEEKDAY_RE},? )?(?:the )?${DAY} (?:of )?${MONTH_RE}\\b${YEAR}?`,
  '\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:\\d{4}|\\d{2})\\b(?!/)',
  '\\b\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b',
].join('|');

export const explicitDates: Recognizer = {
  name: 'explicit-dates',
  cue: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', '/', '-'],
  pattern: new RegExp(`(?<![\\w$.])(?:${SOURCE})`, 'g'),
  extract(m) {
    const probe = chrono.strict.parse(m[0], new Date(Date.UTC(2000, 5, 15, 12)))[0];
    if (!probe || !probe.start.isCertain('day') || !probe.start.isCertain('month')) return null;
    const start = m.index + (m[0].startsWith('the ') ? 4 : 0);
    const end = m.index + m[0].length;
    const mo = probe.start.get('month')!;
    const d = probe.start.get('day')!;
    if (probe.start.isCertain('year')) {
      const y = probe.start.get('year')!;
      return { start, end, type: 'DATE', value: fmtDay({ y, m: mo, d, gran: 'day' }) };
    }
    const text = m[0];
    return {
      start, end, type: 'DATE', relative: 'deictic',
      value: (ref) => {
        if (!ref) return `XXXX-${pad(mo)}-${pad(d)}`;
        const r = chrono.strict.parse(text, new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12)))[0];
        return r ? `${year(r.start.get('year')!)}-${pad(mo)}-${pad(d)}` : `${year(ref.y)}-${pad(mo)}-${pad(d)}`;
      },
    };
  },
};
