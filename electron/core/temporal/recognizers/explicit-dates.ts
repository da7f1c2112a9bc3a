// Explicit calendar dates: "Nov. 12, 1998", "12 November", "Friday, Nov. 12", "11/12/1998",
// "1998-11-12". Our pattern finds the span (TimeML conventions); chrono-node reads the parts and
// picks the year nearest the reference when the text gives none.
import { chronoParts } from '../chrono-parts';
import { fmtDay, pad, year, type Day } from '../day-math';
import { MONTH_RE, WEEKDAY_RE } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { tenseCue, type Tense } from '../tense';

const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:,? (?:\\d{4}|\'\\d\\d)(?!\\d|,\\d))';
/** "July 25 of that year": the day in the year the text is about. */
const THAT_YEAR = ' of (?:that|the same) year\\b';
const SOURCE = [
  `(?:${WEEKDAY_RE},? )?(?:the )?${MONTH_RE} ${DAY}\\b(?!:\\d|\\d| ?(?:%|percent|million|billion))(?:${YEAR}|${THAT_YEAR})?`,
  `(?:${WEEKDAY_RE},? )?(?:the )?${DAY} (?:of )?${MONTH_RE}\\b${YEAR}?`,
  '\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:\\d{4}|\\d{2})\\b(?!/)',
  '\\b\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b',
].join('|');

const time = (y: number, m: number, day: number) => {
  const t = new Date(Date.UTC(2000, m - 1, day));
  return t.setUTCFullYear(y);
};
/** Two months: nearer than that, the nearest year wins whatever the tense ("agreed to meet Oct. 8"). */
const FAR = 61 * 86400000;

/** The year that puts month `mo`, day `d` closest to the reference (as chrono-node does), unless
 *  that day lies months away on the wrong side of the clause's tense: "He was last seen Nov. 3" in
 *  a May article is last November, "the year ended March 31" in November this March. */
function yearOf(ref: Day, mo: number, d: number, tense: Tense | null): number {
  const r = time(ref.y, ref.m, ref.d);
  const y = [ref.y - 1, ref.y, ref.y + 1].reduce((b, c) => (Math.abs(time(c, mo, d) - r) < Math.abs(time(b, mo, d) - r) ? c : b), ref.y);
  const t = time(y, mo, d);
  if (tense === 'past' && t - r > FAR) return y - 1;
  if (tense === 'future' && r - t > FAR) return y + 1;
  return y;
}

export const explicitDates: Recognizer = {
  name: 'explicit-dates',
  cue: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', '0/', '1/', '2/', '3/', '4/', '5/', '6/', '7/', '8/', '9/', '0-', '1-', '2-', '3-', '4-', '5-', '6-', '7-', '8-', '9-'],
  pattern: new RegExp(`(?<![\\w$.])(?:${SOURCE})`, 'g'),
  extract(m, text) {
    const anaphoric = / of (?:that|the same) year$/.test(m[0]);
    const p = chronoParts(anaphoric ? m[0].replace(/ of (?:that|the same) year$/, '') : m[0]);
    if (!p || p.day === null || p.month === null) return null;
    const start = m.index + (m[0].startsWith('the ') ? 4 : 0);
    const end = m.index + m[0].length;
    const { month: mo, day: d } = p;
    if (p.year !== null) return { start, end, type: 'DATE', value: fmtDay({ y: p.year, m: mo, d, gran: 'day' }) };
    if (anaphoric) return { start, end, type: 'DATE', relative: 'anaphoric', grain: 'year', value: (ref) => `${ref ? year(ref.y) : 'XXXX'}-${pad(mo)}-${pad(d)}` };
    const tense = tenseCue(text, start, end);
    return { start, end, type: 'DATE', relative: 'deictic', // A narrative reference known only to its year keeps the day in that year.
      value: (ref, _last, narrative) => (ref ? `${year(narrative && ref.gran === 'year' ? ref.y : yearOf(ref, mo, d, narrative ? null : tense))}-${pad(mo)}-${pad(d)}` : `XXXX-${pad(mo)}-${pad(d)}`) };
  },
};
