// The shape of one recognizer and of what it proposes, before overlaps and references are settled.
import type { TimexType } from '../../shared/model';
import type { Day } from './day-math';
import type { TimexMod } from './types';

/** A value that depends on a reference day (null when the text gives none) and, for expressions
 *  that follow the period under discussion ("a year earlier" after "the third quarter"), on the
 *  last DATE value the text mentioned. `narrative` is true when `ref` is a date of the text, not
 *  the document's: a story moves on, so "in June" after "1944" stays in 1944. */
export type RelativeValue = (ref: Day | null, last: string | null, narrative: boolean) => string;

/** A proposed time expression: plain data, except that a relative value is a function of its reference. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string | RelativeValue;
  readonly mod?: TimexMod;
  /** `deictic` resolves against the document date ("yesterday"); `anaphoric` against the last date mentioned ("the next day"). */
  readonly relative?: 'deictic' | 'anaphoric';
  /** For anaphoric ones: how precise the last date must be to serve ("the year after" needs a year,
   *  "the next day" a day); a coarser one gives way to the document date. Default: day. */
  readonly grain?: Day['gran'];
  /** A month or day written without its year and placed by tense around the document date ("on
   *  March 28"): a sentence that opens on a year ("In 2009, ...") gives it that year instead. */
  readonly yearless?: boolean;
}

/** One family of expressions: a global regex and a function from a match to its candidates
 *  (a range such as "2009-2010" gives two). */
export interface Recognizer {
  readonly name: string;
  /** A cheap necessary condition: lowercase substrings ('#' = any digit), one of which every
   *  match contains. A line with none of them skips `pattern`. */
  readonly cue: readonly string[];
  readonly pattern: RegExp;
  readonly extract: (m: RegExpExecArray, text: string) => Candidate | readonly Candidate[] | null;
}

/** Builds a candidate spanning group `g` of a match (or the whole match), trimmed of a leading "on"/"in". */
export function span(m: RegExpExecArray, rest: Omit<Candidate, 'start' | 'end'>, g = 0): Candidate {
  const s = m[g] ?? m[0];
  const start = m.index + (g === 0 ? 0 : m[0].indexOf(s));
  return { start, end: start + s.length, ...rest };
}

/** A reader of the one expression recognizer `r` proposes starting at a given offset (through a
 *  sticky copy of its pattern), so another recognizer can build on a date with all its rules
 *  ("the night of April 18, 1775", "from March to October"). Null when none starts there. */
export function readerAt(r: Recognizer): (text: string, at: number) => Candidate | null {
  const sticky = new RegExp(r.pattern.source, 'y');
  return (text, at) => {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    const c = m ? r.extract(m, text) : null;
    return c && isOne(c) && c.start === at ? c : null;
  };
}

const isOne = (c: Candidate | readonly Candidate[]): c is Candidate => !Array.isArray(c);
