// Explicit calendar dates: "Nov. 12, 1998", "12 November", "Friday, Nov. 12", "11/12/1998",
// "1998-11-12". Our pattern finds the span (TimeML conventions); chrono-node reads the parts and
// picks the year nearest the reference when the text gives none.
import { chronoParts } from '../chrono-parts';
import { daysInMonth, fmtDay, pad, weekday, year, type Day } from '../day-math';
import { DAY_PARTS, MONTH_CUES, MONTH_RE, WEEKDAY_RE, WEEKDAYS } from '../lexicon';
import type { Candidate, RelativeValue, Recognizer } from '../recognizer';
import { entryTense, sentenceTense, tenseCue, type Tense } from '../tense';

const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A day as a spelled ordinal after its month ("March eighth", "July Fourth", "March twenty-second"),
 *  as broadcast transcripts write it (TBAQ: "Sunday, March eighth"); never before a hyphen
 *  ("May first-quarter results"). */
const SPELLED_DAY = '(?=[EeFfNnSsTt][a-z]{3})(?:(?:[Tt]wenty|[Tt]hirty)-)?(?:(?:[Ff]irst|[Ss]econd)(?![ ](?!of\\b|and\\b|at\\b|to\\b|\\d)[a-z])|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|[Tt]hirtieth)(?![\\w-])';
/** ", 1790", " '90", and " of 1790" ("June 3 of 1790" is one date). */
const YEAR = '(?:(?:,? | of (?=\\d{4}))(?:\\d{4}|\'\\d\\d)(?!\\d|,\\d))';
/** A day's name before its weekday and date ("Cyber Monday, Dec. 2", "Easter Sunday, March 31"): one
 *  date. Read back from the weekday (in the pattern, it would be tried at every word). */
const NAMED_DAY = /\b(?:Cyber|Black|Easter|Super Bowl|Super|Giving|Small Business|Good|Ash|Palm|Holy|Maundy|Shrove|Fat) $/;
/** "July 25 of that year", "June 30 that year": the day in the year the text is about. */
const THAT_YEAR = '(?: of)? (?:that|the same) year\\b';
/** "May 19 last year": the day in a year counted from the document's, one expression as TimeBank
 *  writes "June last year". */
const SAID_YEAR = ' (?:last|this|next) year\\b';
/** "the 28th of that month": a day of the month the text is about. */
const THAT_MONTH = `the (${DAY}) of (?:that|the same) month\\b`;
const SOURCE = [
  THAT_MONTH,
  `(?:${WEEKDAY_RE}(?: (?:morning|afternoon|evening|night))?,? )?(?:the )?${MONTH_RE} (?:${DAY}\\b(?!:\\d|\\d| ?(?:%|percent|million|billion))|${SPELLED_DAY})(?:${YEAR}|${THAT_YEAR}|${SAID_YEAR})?`,
  `(?:${WEEKDAY_RE},? )?(?:[Tt]he )?${DAY} (?:of )?${MONTH_RE}\\b(?:${YEAR}|${THAT_YEAR}|${SAID_YEAR})?`,
  '\\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])/(?:\\d{4}|\\d{2})\\b(?!/)',
  '\\b\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])\\b',
  // Day first, as British, European and AFP copy write it ("21/03/2013", "21-03-2013", "21.03.2013"):
  // read in `numericDay`; a slash with a month first never reaches here, the form above takes it.
  '\\b(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4}|\\d{2})\\b(?![/.-]?\\d)',
].join('|');

/** The day of a numeric date written day first, or month first when both parts could be months
 *  ("03-04-2013": as the slashed US form reads it). A dotted one is day first only (no US copy
 *  dots its dates) and wants "dd.mm.yyyy" in full, so that no version number ("2.1.2013") passes;
 *  dashes and dots want a four-digit year. */
function numericDay(a: string, sep: string, b: string, y: string): Day | null {
  if (y.length === 2 && sep !== '/') return null;
  if (sep === '.' && (a.length < 2 || b.length < 2)) return null;
  const first = +a, second = +b;
  const [d, mo] = first > 12 || sep === '.' ? [first, second] : [second, first];
  // Two-digit years as chrono reads "3/21/13": 2013, and "3/21/98": 1998.
  const yy = y.length === 2 ? (+y < 50 ? 2000 : 1900) + +y : +y;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(yy, mo)) return null;
  return { y: yy, m: mo, d, gran: 'day' };
}

const time = (y: number, m: number, day: number) => {
  const t = new Date(Date.UTC(2000, m - 1, day));
  return t.setUTCFullYear(y);
};
/** Two months: nearer than that, the nearest year wins whatever the tense ("agreed to meet Oct. 8"). */
const FAR = 61 * 86400000;
/** Five months: further ahead than that, a day no clause places is rather the past one. */
const AHEAD = 150 * 86400000;

/** The year that puts month `mo`, day `d` closest to the reference (as chrono-node does), unless
 *  that day lies months away on the wrong side of the clause's tense: "He was last seen Nov. 3" in
 *  a May article is last November, "the year ended March 31" in November this March. */
function yearOf(ref: Day, mo: number, d: number, tense: Tense | null, opens = false): number {
  const r = time(ref.y, ref.m, ref.d);
  // Feb. 29 exists only in leap years: the nearest one, placed by tense as any day is.
  if (mo === 2 && d === 29) {
    const leaps = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((k) => ref.y + k).filter((y) => daysInMonth(y, 2) === 29);
    const near = leaps.reduce((b, c) => (Math.abs(time(c, 2, 29) - r) < Math.abs(time(b, 2, 29) - r) ? c : b));
    const t = time(near, 2, 29);
    if ((tense === 'past' && t - r > FAR) || (tense === null && !opens && t - r > AHEAD)) return near - 4;
    if (tense === 'future' && r - t > FAR) return near + 4;
    return near;
  }
  const y = [ref.y - 1, ref.y, ref.y + 1].reduce((b, c) => (Math.abs(time(c, mo, d) - r) < Math.abs(time(b, mo, d) - r) ? c : b), ref.y);
  const t = time(y, mo, d);
  if (tense === 'past' && t - r > FAR) return y - 1;
  if (tense === 'future' && r - t > FAR) return y + 1;
  // With no cue at all, news reports the past: a day five months ahead is last year's ("its record
  // high set on Aug. 6" in February), unless it opens a stretch ("flights from August 6"), which
  // a schedule sets ahead.
  if (tense === null && !opens && t - r > AHEAD) return y - 1;
  return y;
}

/** Four months: a yearless day that far before the story's last day is a step back in its year;
 *  further back, the story has moved on into the next year. A story never goes back a year unsaid. */
const BACK = 122 * 86400000;
const storyYear = (ref: Day, mo: number, d: number): number => (time(ref.y, mo, d) >= time(ref.y, ref.m, ref.d) - BACK ? ref.y : ref.y + 1);

/** The year written after a yearless day: past an aside ("May 4 (May 5 in local time), 1923"),
 *  at the close of the aside it opens ("(May 5 in local time), 1923"), or after the day ending a
 *  range ("March 3 to June 9, 1870"; a range across New Year starts the year before). */
const TRAIL = new RegExp(`^(?: \\([^()]{1,60}\\)|[^()]{0,60}\\)|\\s?(?:[-–]|to|and|until|till|through)\\s?(?:${MONTH_RE} (${DAY})|(${DAY}) (${MONTH_RE})))(?: ,|,)? (\\d{4})\\b(?![-–/]?\\d)`);
function trailingYear(text: string, start: number, end: number, mo: number, d: number): number | null {
  const t = TRAIL.exec(text.slice(end, end + 80));
  if (!t) return null;
  // Only an open aside closes after the day.
  if (/^[^( ]/.test(t[0]) && !/\([^()]*$/.test(text.slice(Math.max(0, start - 60), start))) return null;
  const y = +t[4]!;
  if (t[1] === undefined && t[2] === undefined) return y;
  const to = chronoParts(t[0].replace(/^\s?(?:[-–]|to|and|until|till|through)\s?/, '').replace(/ ,/, ','));
  return to?.month && to.day && (to.month < mo || (to.month === mo && to.day < d)) ? y - 1 : y;
}

/** What follows a "September 11" that names the attacks of 2001 ("the Sept. 11 Commission"). */
const ATTACKS = /^ (?:(?:terrorist |terror )?attacks?|hijack(?:ers|ings)|[Cc]ommission)\b/;

export const explicitDates: Recognizer = {
  name: 'explicit-dates',
  cue: [...MONTH_CUES, '0/', '1/', '2/', '3/', '4/', '5/', '6/', '7/', '8/', '9/', '0-', '1-', '2-', '3-', '4-', '5-', '6-', '7-', '8-', '9-', '.19', '.20', 'of that month', 'of the same month'],
  pattern: new RegExp(`(?<![\\w$.])(?:${SOURCE})`, 'g'),
  extract(m, text) {
    // "from Friday evening, April 11": the date with its part of the day, one TIME.
    const part = /^\w+day (morning|afternoon|evening|night)\b/.exec(m[0])?.[1];
    const c = dateOf(m, text, part ? m[0].replace(/^(\w+day) \w+/, '$1') : m[0]);
    if (!c || !part) return c;
    const suffix = `T${DAY_PARTS[part]}`;
    return { ...c, value: typeof c.value === 'string' ? c.value + suffix : ((v: RelativeValue): RelativeValue => (ref, last, narrative) => v(ref, last, narrative) + suffix)(c.value) };
  },
};

/** The date a match names; `said` is the match as chrono should read it. */
function dateOf(m: RegExpExecArray, text: string, said: string): Candidate | null {
  if (m[2] !== undefined) {
    const day = numericDay(m[2], m[3]!, m[4]!, m[5]!);
    return day ? { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtDay(day) } : null;
  }
  if (m[1] !== undefined) {
    const d = parseInt(m[1], 10);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', grain: 'month', value: (ref) => (ref && ref.gran !== 'year' ? `${year(ref.y)}-${pad(ref.m)}-${pad(d)}` : `XXXX-XX-${pad(d)}`) };
  }
  const anaphoric = / (?:that|the same) year$/.test(m[0]);
  const sayYear = / (last|this|next) year$/.exec(m[0]);
  // chrono reads "June 3, 1790", not "June 3 of 1790".
  const p = chronoParts(anaphoric || sayYear ? said.replace(/(?: of)? (?:that|the same|last|this|next) year$/, '') : said.replace(/ of (\d{4})$/, ', $1'));
  if (!p || p.day === null || p.month === null) return null;
  const end = m.index + m[0].length;
  // "the 20 September", "The 25th of August": "the" goes with a day written first (WikiWars 10
  // to 1); before a month ("the Aug. 7 bombings") it is the article of what follows.
  const named = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/.test(m[0]) ? NAMED_DAY.exec(text.slice(Math.max(0, m.index - 16), m.index)) : null;
  // "The 4 March vote", "the 14 April election": before a noun, "the" is the noun's (TBAQ 6 to 0).
  const beforeNoun = /^the \d/i.test(m[0]) && /^ (?!(?:of|and|or|to|in|on|at|by|for|with|when|as|was|were|is|are|had|has|have|will|would|could|did|saw|began|came|brought|marked|through|[a-z]+ed)\b)[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
  const start = m.index + (/^the /i.test(m[0]) && (!/^the \d/i.test(m[0]) || beforeNoun) ? 4 : 0) - (named ? named[0].length : 0);
  const { month: mo, day: d } = p;
  // "the Sept. 11 attacks", "the September 11th terrorist attacks": a name for the attacks of 2001,
  // which MEANTIME leaves untagged, not a day of the story's year. With its year written ("the
  // September 11, 2001, terrorist attacks", also untagged there) the date stays: dropped, its year
  // alone would be tagged, and the full date at least is true.
  if (mo === 9 && d === 11 && p.year === null && ATTACKS.test(text.slice(end, end + 30))) return null;
  // "the March 14 coalition", "the April 6 Youth Movement": a group named for a day, no day of the story.
  if (p.year === null && /^ (?:[Cc]oalition|Alliance|Movement|Youth Movement)\b/.test(text.slice(end, end + 16))) return null;
  // So is "the attacks of Sept. 11" (not a day of the report's year).
  if (mo === 9 && d === 11 && p.year === null && /\battacks? (?:of|on) $/i.test(text.slice(Math.max(0, start - 12), start))) return null;
  if (p.year !== null) return { start, end, type: 'DATE', value: fmtDay({ y: p.year, m: mo, d, gran: 'day' }) };
  if (sayYear) {
    const n = ({ last: -1, this: 0, next: 1 } as const)[sayYear[1] as 'last' | 'this' | 'next'];
    return { start, end, type: 'DATE', relative: 'deictic', value: (ref) => `${ref ? year(ref.y + n) : 'XXXX'}-${pad(mo)}-${pad(d)}` };
  }
  if (anaphoric) return { start, end, type: 'DATE', relative: 'anaphoric', grain: 'year', value: (ref) => `${ref ? year(ref.y) : 'XXXX'}-${pad(mo)}-${pad(d)}` };
  const trail = trailingYear(text, start, end, mo, d);
  if (trail !== null) return { start, end, type: 'DATE', value: fmtDay({ y: trail, m: mo, d, gran: 'day' }) };
  // "On Aug. 2, the company announced layoffs": an opening date takes the main clause's tense, as
  // weekdays and months do.
  // (Only a date with a sentence's start or a comma within reach before it can open a phrase or
  // stand in an aside: the cheap test first.)
  const tense = entryTense(text, start, end, tenseCue(text, start, end) ?? (/[.!?,\n]/.test(text.slice(Math.max(0, start - 30), start)) || start < 30 ? sentenceTense(text, start, end, false) : null));
  const opens = /\b(?:from|starting|beginning|effective)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
  // News places the day by tense around its date; a story keeps it in the year it tells (known
  // only to its year: in that year), moving on rather than back.
  // "moved the telecast to Monday, Aug. 25": a weekday written with the date picks the year, next to
  // the one tense gives, in which that date falls on it.
  const dayName = WEEKDAYS[/^(\w+day)\b/.exec(said)?.[1]?.toLowerCase() ?? ''] ?? 0;
  const onItsDay = (y: number): number => (!dayName || weekday({ y, m: mo, d, gran: 'day' }) === dayName ? y
    : [y + 1, y - 1].find((c) => weekday({ y: c, m: mo, d, gran: 'day' }) === dayName) ?? y);
  return { start, end, type: 'DATE', relative: 'deictic', yearless: true,
    value: (ref, _last, narrative) => (ref ? `${year(!narrative ? onItsDay(yearOf(ref, mo, d, tense, opens)) : ref.gran === 'year' ? ref.y : storyYear(ref, mo, d))}-${pad(mo)}-${pad(d)}` : `XXXX-${pad(mo)}-${pad(d)}`) };
}
