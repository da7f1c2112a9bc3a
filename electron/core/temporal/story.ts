// How a story's reference date moves, for texts told in order (narratives, and news paragraphs
// that recount): asides that do not move it, periods that share a year, counts of days from a
// reference known only to its month, and quoted speech whose "today" the text does not give.
import { daysInMonth, year, type Day } from './day-math';
import type { Candidate, RelativeValue } from './recognizer';

/** A bare year, season or month deep inside a sentence told about a month or a day ("declassified
 *  in 2005", "a campaign planned for 1976", "until its dissolution in June 2004") is an aside;
 *  a story moves to a new year at a sentence's opening ("In 1976, ..."), or with a day. */
export function asideYear(text: string, c: Candidate, value: string, context: Day | null, narrative = false): boolean {
  const m = /^(\d{4})(?:-(\d{2})|-(?:SP|SU|FA|WI|Q\d|H\d))?$/.exec(value);
  if (!context || context.gran === 'year' || !m) return false;
  // A month named without its year ("in May") was placed in the story's year: it cannot leave it.
  if (m[2] && typeof c.value !== 'string') return false;
  // A month within a season of the story's is the story moving on ("the end of January 1871" after December).
  if (m[2] ? Math.abs(+m[1]! * 12 + +m[2] - (context.y * 12 + context.m)) <= 3 : +m[1]! === context.y) return false;
  // In a narrative, a paragraph's first sentence sets its time ("On the eastern front, the Axis
  // ... launched their offensive in June 1942"): no aside there, unless it leaps years away
  // ("declassified in 2005" in a paragraph on 1964).
  // (Only before the paragraph names a date of its own: "On 9 April 2003 the city fell, and ...
  // until its dissolution in June 2004" still is an aside.)
  if (narrative && Math.abs(+m[1]! - context.y) <= 3 && paragraphOpening(text, c.start)) return false;
  const head = text.slice(Math.max(0, c.start - 120), c.start);
  const clause = head.slice(Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n')) + 1);
  const words = clause.trim().split(/\s+/).length;
  // A longer opening phrase still opens its sentence when a comma closes it on the year ("For the
  // first ten months of 1915, Austria-Hungary ..."): the story moves there.
  const opening = words <= 8 && !clause.includes(',') && text.charAt(c.end) === ',' && /^\s*(?:In|For|By|During|After|Before|Until|From|Since|Throughout|Over|At|On)\s/.test(clause);
  return words > 4 && !opening;
}

/** How far back a paragraph's start or an open quote is looked for: a sentence is shorter, and a
 *  look-back bounded by it keeps the tagger linear on a text that is one long line. */
const LOOK_BACK = 400;

/** The text from the start of the paragraph (or LOOK_BACK characters) up to `at`, and whether the
 *  paragraph starts within it. */
function paragraphHead(text: string, at: number): { readonly head: string; readonly whole: boolean } {
  const from = Math.max(0, at - LOOK_BACK);
  const window = text.slice(from, at);
  const nl = window.lastIndexOf('\n');
  return nl >= 0 || from === 0 ? { head: window.slice(nl + 1), whole: true } : { head: window, whole: false };
}

/** True when `at` lies in its paragraph's first sentence, before any date written there. */
function paragraphOpening(text: string, at: number): boolean {
  const { head, whole } = paragraphHead(text, at);
  return whole && !/[.!?]["')]*\s+[A-Z]|\d{4}/.test(head);
}

const DAY_VALUE = /^((?:BC)?\d{4})-(\d{2})-\d{2}$/;

/** "Four days later" after "In October 1915": some day of 1915, but which is not said. A day
 *  counted from a reference known only to its month or year is written with X's (1915-XX-XX, or
 *  1915-10-XX when every day of the month gives the same month: "that same day"), not as the
 *  reference itself, which would claim the whole month. Null when the value needs no day. */
export function blurredDay(value: RelativeValue, ref: Day, last: string | null): string | null {
  if (ref.gran === 'day') return null;
  const coarse = value(ref, last, true);
  // Only a value that fell back to the reference's own year or month ("1915", "1915-10").
  if (!/^(?:BC)?\d{4}(?:-\d{2})?$/.test(coarse)) return null;
  const [m1, m2] = ref.gran === 'year' ? [1, 12] : [ref.m, ref.m];
  const a = value({ y: ref.y, m: m1, d: 1, gran: 'day' }, last, true);
  const b = value({ y: ref.y, m: m2, d: daysInMonth(ref.y, m2), gran: 'day' }, last, true);
  if (/^(?:BC)?\d{4}-W\d{2}$/.test(a) && /^(?:BC)?\d{4}-W\d{2}$/.test(b)) return `${year(ref.y)}-WXX`;
  const da = DAY_VALUE.exec(a);
  const db = DAY_VALUE.exec(b);
  if (!da || !db) return null;
  return da[1] === db[1] && da[2] === db[2] ? `${da[1]}-${da[2]}-XX` : `${year(ref.y)}-XX-XX`;
}

/** "In August of that year", "the following year": the year last named, even when the story kept
 *  its day past it (an aside year still is "that year" for what follows). */
export function lastYear(last: string | null, context: Day | null): Day | null {
  const m = /^(BC)?(\d{4})/.exec(last ?? '');
  if (!m) return context;
  const y = m[1] ? 1 - +m[2]! : +m[2]!;
  return context && y === context.y ? context : { y, m: 1, d: 1, gran: 'year' };
}

/** "In March, ... The following month": a month-grain anaphor ("the following month", "that
 *  month") counts from the month last named, even one placed by tense that did not move the story;
 *  a day of that month the story has reached is finer and stays. */
export function lastMonth(last: string | null, context: Day | null): Day | null {
  const m = /^(\d{4})-(\d{2})$/.exec(last ?? '');
  // "Born on June 18, 1942, he joined in 1967 and became critic six months later": a year named after
  // the last day is the time under discussion.
  const y0 = /^(\d{4})$/.exec(last ?? '');
  if (!m && y0 && context && +y0[1]! > context.y) return { y: +y0[1]!, m: 1, d: 1, gran: 'year' };
  if (!m) return context;
  const y = +m[1]!;
  const mo = +m[2]!;
  return context && context.y === y && context.m === mo ? context : { y, m: mo, d: 1, gran: 'month' };
}

/** "the spring and summer of 1943", "spring-summer 1870": a period joined to the next one
 *  shares the year written after it. */
export function sharedYear(text: string, c: Candidate, next: Candidate | undefined): Day | null {
  if (c.relative !== 'deictic' || !next || typeof next.value !== 'string') return null;
  // "extended last month until the end of 2018": a period named by its own relative word keeps it.
  // (An edge before it changes nothing: "late this year or early 2014" is this year's end.)
  if (/^(?:(?:early|late|mid|the end of|the start of|the beginning of)[\s-]+)?(?:last|next|this|past|previous|coming)\b/i.test(text.slice(c.start, c.end))) return null;
  const m = /^(BC)?(\d{4})(-)?/.exec(next.value);
  // "hired in May until 2019": a bare year after "until" ends a stay, it gives no year to share.
  const link = m?.[3] ? /^\s?(?:and|or|to|through|until|[-–/])\s?$/ : /^\s?(?:and|or|[-–/])\s?$/;
  if (!m || !link.test(text.slice(c.end, next.start))) return null;
  return { y: m[1] ? 1 - +m[2]! : +m[2]!, m: 1, d: 1, gran: 'year' };
}

/** '"We leave tomorrow," he said': in a story, the speaker's today is a day the story
 *  does not give (XXXX-XX-XX), not the last date it named. */
export function quotedNow(text: string, c: Candidate): boolean {
  if (!/^(?:today|tonight|tomorrow|yesterday)\b/i.test(text.slice(c.start, c.end))) return false;
  return (paragraphHead(text, c.start).head.match(/"/g)?.length ?? 0) % 2 === 1;
}
