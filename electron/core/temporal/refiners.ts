// Refiners run after overlaps are settled, in this one order. Each takes the text and the kept
// candidates and returns new candidates (chrono-node's idea, as plain data).
import type { Candidate, RelativeValue } from './recognizer';
import type { TimexMod } from './types';

export type Refiner = (text: string, cands: readonly Candidate[]) => Candidate[];

const EDGE_BEFORE = /(?:\b(the (?:end|close|beginning|start|middle) of|the (?:first|second) half of|(?:early|late|mid)-?|around|fiscal|calendar)\s?)$/i;
/** "early in 1914", "Later in the year": the adverb and "in" belong to the expression (TimeML). */
const EDGE_IN = /\b((?:early|late|later|earlier) in )$/i;
const EDGE_MOD: Readonly<Record<string, TimexMod>> = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID', early: 'START', late: 'END', mid: 'MID', around: 'APPROX' };

/** "the end of 1990", "early 1991", "mid-November", "fiscal 1989": the modifier joins the span and sets `mod`. */
export const edgeModifiers: Refiner = (text, cands) =>
  cands.map((c) => {
    if (c.type === 'DURATION' || c.type === 'SET' || c.mod) return c;
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    // "early Friday", "Late Monday": TimeBank leaves the adverb out of a named day.
    if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(text.slice(c.start, c.end)) && /\b(?:early|late)\s$/i.test(before)) return c;
    const inside = EDGE_IN.exec(before);
    const m = inside ?? EDGE_BEFORE.exec(before);
    if (!m) return c;
    // The decade and quarter recognizers already read their own "early"/"the".
    if (!inside && /^the\b/i.test(text.slice(c.start, c.end))) return c;
    const word = m[1]!.toLowerCase().replace(/^the /, '').split(/[\s-]/)[0]!;
    const mod = EDGE_MOD[word];
    return { ...c, start: c.start - m[0].length, ...(mod ? { mod } : {}) };
  });

const valueAt = (v: Candidate['value']): RelativeValue => (typeof v === 'string' ? () => v : v);

/** A clock time next to its day ("10 p.m. Wednesday", "noon Thursday", "Friday at 9 a.m.") is one
 *  TIME expression: the day gives the date, the time the hour. */
export const timeWithDay: Refiner = (text, cands) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    const pair = b && /^(?:,? (?:on |at )?)$/.test(gap) && ((isClock(text, a) && isDay(b)) || (isDay(a) && isClock(text, b)));
    if (!pair) {
      out.push(a);
      continue;
    }
    const [time, day] = a.type === 'TIME' ? [a, b] : [b, a];
    const tv = valueAt(time.value);
    const dv = valueAt(day.value);
    // An explicit day ("5 p.m. EST, Nov. 6, 1989") makes the whole expression absolute.
    const clockOnly = tv(null, null, false).split('T')[1];
    if (typeof day.value === 'string' && clockOnly) {
      out.push({ start: a.start, end: b.end, type: 'TIME', value: `${day.value}T${clockOnly}` });
      i++;
      continue;
    }
    out.push({
      start: a.start, end: b.end, type: 'TIME', relative: 'deictic',
      value: (ref, last, narrative) => {
        const clock = tv(ref, last, narrative).split('T')[1];
        const date = dv(ref, last, narrative).split('T')[0]!;
        return clock ? `${date}T${clock}` : date;
      },
    });
    i++;
  }
  return out;
};
const isClock = (text: string, c: Candidate) => c.type === 'TIME' && /\d|noon|midnight|midday/i.test(text.slice(c.start, c.end));
const isDay = (c: Candidate) => c.type === 'DATE' && !c.mod && (typeof c.value !== 'string' || /^\d{4}-\d{2}-\d{2}$/.test(c.value));

/** A clock time whose day comes a little later in the clause ("at 10:35 a.m. (0735 GMT) Friday",
 *  "at 10:30 a.m. local time on Tuesday") is on that day, not on the last one named before it. */
export const clockBeforeDay: Refiner = (text, cands) =>
  cands.map((c, i) => {
    const day = cands[i + 1];
    if (!day || typeof c.value === 'string' || !isClock(text, c) || !isDay(day)) return c;
    if (!/^[^.;!?\n]{0,30}$/.test(text.slice(c.end, day.start))) return c;
    const tv = c.value;
    const dv = valueAt(day.value);
    return {
      ...c, relative: 'deictic',
      value: (ref, last, narrative) => {
        const clock = tv(ref, last, narrative).split('T')[1];
        return clock ? `${dv(ref, last, narrative).split('T')[0]!}T${clock}` : tv(ref, last, narrative);
      },
    };
  });

/** "the next year or so", "two weeks or so": the hedge belongs to the expression (mod APPROX). */
export const orSo: Refiner = (text, cands) =>
  cands.map((c) => (c.type !== 'SET' && /^ or so\b/i.test(text.slice(c.end, c.end + 7)) ? { ...c, end: c.end + 6, mod: c.mod ?? 'APPROX' } : c));

/** "a three-year period", "the same 28-day period": the noun the length measures is the duration. */
export const periodNoun: Refiner = (text, cands) =>
  cands.map((c) => {
    if (c.type !== 'DURATION' || !/^[ -]period\b/i.test(text.slice(c.end, c.end + 8))) return c;
    const det = /\b(?:a|the same) $/i.exec(text.slice(Math.max(0, c.start - 9), c.start));
    return det ? { ...c, start: c.start - det[0].length, end: c.end + 7 } : c;
  });

const OPEN_AFTER: Readonly<Record<string, TimexMod>> = { 'or later': 'ON_OR_AFTER', 'and beyond': 'ON_OR_AFTER', 'or after': 'ON_OR_AFTER', 'or earlier': 'ON_OR_BEFORE', 'or before': 'ON_OR_BEFORE' };
const OPEN_BEFORE: Readonly<Record<string, TimexMod>> = { post: 'AFTER', pre: 'BEFORE' };

/** Open edges written around a date: "1994 or later", "1990 and beyond", "post-1959", "pre-1990". */
export const openEdges: Refiner = (text, cands) =>
  cands.map((c) => {
    if (c.type !== 'DATE' || c.mod) return c;
    const tail = /^ (or later|and beyond|or after|or earlier|or before)\b/i.exec(text.slice(c.end, c.end + 12));
    if (tail) return { ...c, end: c.end + tail[0].length, mod: OPEN_AFTER[tail[1]!.toLowerCase()]! };
    const head = /\b(post|pre)-$/i.exec(text.slice(Math.max(0, c.start - 5), c.start));
    if (head && /^\d/.test(text.slice(c.start, c.end))) return { ...c, start: c.start - head[0].length, mod: OPEN_BEFORE[head[1]!.toLowerCase()]! };
    return c;
  });

export const REFINERS: readonly Refiner[] = [edgeModifiers, timeWithDay, clockBeforeDay, orSo, periodNoun, openEdges];
