// Financial short forms of periods, as wire copy and results releases write them: "Q1", "Q4 2012",
// "2Q", "H1", "1H 2012" (2013-Q1, 2012-Q4, 2013-Q2, 2013-H1, 2012-H1) and "FY2012", "FY 13" (the
// fiscal year by its number, as TimeBank values "fiscal 1989": 1989). Only the uppercase forms:
// "q1" is a question number, and a model name ("Audi Q3") is left out.
import { year } from '../day-math';
import type { Recognizer } from '../recognizer';
import { tenseAt } from '../tense';
import { quarterYear } from './periods';

/** Capitalized words that may stand before a period at a sentence's start ("In Q1", "The H1
 *  figures"); any other capitalized word before it makes it a model name ("Audi Q3", "Nokia H1"). */
const OPENERS = /^(?:In|The|For|During|By|Its|Their|Our|His|Her|Since|Until|From|Of|And|Or|But|This|Last|Next|Each|Every|Through|After|Before|Between|On|At|To|Over|Across|Than|Weak|Strong|Record|Group|Company|Net|Operating|Full-year|Fiscal)$/;
/** A half ("H2" is hydrogen, "H1" a heading) needs a year, a word that governs a period before it,
 *  or a word of results after it. */
const HALF_BEFORE = /(?:\b(?:in|for|the|during|its|their|our|of|by|since|from|to|through|over|this|last|next|first|second|fiscal|\w+'s)|\b(?:[QH][1-4]|[1-4][QH]),? (?:and|or|to|through))\s$/i;
const RESULTS_AFTER = /^[- ](?:results?|earnings|profits?|loss(?:es)?|sales|revenues?|figures|numbers|growth|GDP|output|deliveries|shipments|report|guidance|net|operating|outlook|forecast|dividend|margins?|turnover|volumes?)\b/i;

export const quarterShorthand: Recognizer = {
  name: 'quarter-shorthand',
  cue: ['q1', 'q2', 'q3', 'q4', '1q', '2q', '3q', '4q', 'h1', 'h2', '1h', '2h'],
  // A year may follow, with the fiscal mark ("Q1 FY2013"). Nothing word-like may follow at once
  // ("H1N1" is a virus, "Q3-class" a name) but the other end of a range ("Q1-Q3").
  pattern: /\b(?:Q([1-4])|([1-4])Q|H([12])|([12])H)(?:(?:,? | of )(?:FY ?)?((?:19|20)\d\d))?\b(?!\w|[-/.](?![QH][1-4]\b)\w)/g,
  extract(m, text) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const word = /([A-Z][\w-]*)\s$/.exec(before)?.[1];
    if (word && !OPENERS.test(word)) return null;
    const end = m.index + m[0].length;
    const q = m[1] ?? m[2];
    const n = +(q ?? m[3] ?? m[4]!);
    const unit = q ? 'Q' : 'H';
    if (m[5]) return { start: m.index, end, type: 'DATE', value: `${m[5]}-${unit}${n}` };
    if (unit === 'H' && !HALF_BEFORE.test(before) && !RESULTS_AFTER.test(text.slice(end, end + 14))) return null;
    // A half is the reference year's, as "the first half" is (periods.ts `halves`).
    if (unit === 'H') return { start: m.index, end, type: 'DATE', relative: 'deictic', value: (ref) => (ref ? `${year(ref.y)}-H${n}` : `XXXX-H${n}`) };
    const tense = tenseAt(text, m.index, end);
    return { start: m.index, end, type: 'DATE', relative: 'deictic', value: (ref) => (ref ? `${year(quarterYear(ref, n, tense))}-Q${n}` : `XXXX-Q${n}`) };
  },
};

/** "FY2012", "FY 2013", "FY13", "FY'13": the fiscal year by its number. "FY2012/13" and
 *  "FY 2012-13" straddle two years and are left out. */
export const fiscalYears: Recognizer = {
  name: 'fiscal-years',
  cue: [' fy', '(fy'],
  pattern: /\bFY ?'?((?:19|20)\d\d|\d\d)\b(?![-/.]?\d)/g,
  extract(m) {
    const y = m[1]!.length === 4 ? +m[1]! : (+m[1]! < 50 ? 2000 : 1900) + +m[1]!;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: year(y) };
  },
};
