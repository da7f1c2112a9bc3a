// Refiners run after overlaps are settled, in this one order. Each takes the text and the kept
// candidates and returns new candidates (chrono-node's idea, as plain data).
import { addDays, fmtDay, parseIsoDay } from './day-math';
import type { Candidate, RelativeValue } from './recognizer';
import type { TimexMod } from './types';

export type Refiner = (text: string, cands: readonly Candidate[]) => Candidate[];

const EDGE_BEFORE = /(?:\b(the (?:end|close|beginning|start|middle|dawn) of|the (?:first|second) half of|(?:early|late|mid)-?|end-|around|fiscal|calendar)\s?)$/i;
/** "early in 1914", "Later in the year": the adverb and "in" belong to the expression (TimeML). */
const EDGE_IN = /\b((?:early|late|later|earlier) in )$/i;
// "the dawn of 2000" is TimeML 1.2.1's own example of mod START (value 2000, the words in the span).
const EDGE_MOD: Readonly<Record<string, TimexMod>> = { end: 'END', close: 'END', beginning: 'START', start: 'START', dawn: 'START', middle: 'MID', early: 'START', late: 'END', mid: 'MID', around: 'APPROX' };

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
    // The decade and quarter recognizers already read their own "early"/"the"; but "the end of",
    // "the middle of" before "the 460s BC" or "the 9th century BC" still joins it (WikiWars 2 to 0).
    // So does "the end of" before "the summer" (gold keeps "the end of the year/month" whole).
    const period = /^the (?:end|close|beginning|start|middle|dawn) of/i.test(m[1]!)
      && ((typeof c.value === 'string' && /^(?:BC)?\d{2,3}$/.test(c.value)) || /^the (?:spring|summer|fall|autumn|winter)$/i.test(text.slice(c.start, c.end)));
    if (!inside && !period && /^the\b/i.test(text.slice(c.start, c.end))) return c;
    const word = m[1]!.toLowerCase().replace(/^the /, '').split(/[\s-]/)[0]!;
    // "fiscal 1989", "calendar 2013" name a year; "released a calendar this week" names none.
    if ((word === 'fiscal' || word === 'calendar') && !/^\d/.test(text.slice(c.start, c.end))) return c;
    // "get around Wednesday's ruling": before a possessive, "around" governs the noun, not the day.
    if (word === 'around' && text.startsWith("'s", c.end)) return c;
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
    // "at 11 a.m. on 11 November 1918": a time "on" its day stays apart (WikiWars 2 to 0), the day
    // still gives it its date (clockBeforeDay).
    const pair = b && /^(?:,? (?:at )?)$/.test(gap) && ((isClock(text, a) && isDay(text, b)) || (isDay(text, a) && isClock(text, b)));
    // "airs Sundays at 10 p.m. ET": a clock of a weekly day recurs with it (XXXX-WXX-7T22:00), no date.
    if (b && a.type === 'SET' && typeof a.value === 'string' && /^XXXX-WXX-\d$/.test(a.value) && /^,? at $/.test(gap) && isClock(text, b)) {
      const clock = valueAt(b.value)(null, null, false).split('T')[1];
      if (clock) {
        out.push({ start: a.start, end: b.end, type: 'SET', value: `${a.value}T${clock.replace(/Z$/, '')}` });
        i++;
        continue;
      }
    }
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
    // "11:30 Saturday night", "8:30 Tuesday evening": a clock with no a.m./p.m. is read in its part
    // of the day ("11 p.m. last night" keeps its own).
    const later = !/[ap]\.?m\b|noon|midnight|midday/i.test(text.slice(time.start, time.end)) ? PM_PART.exec(text.slice(day.start, day.end)) : null;
    // The day says what it counts from: "6:30 a.m. the same day" is on the day under discussion.
    out.push({
      start: a.start, end: b.end, type: 'TIME', relative: day.relative ?? 'deictic', ...(day.grain ? { grain: day.grain } : {}),
      value: (ref, last, narrative) => {
        const clock = afternoon(tv(ref, last, narrative).split('T')[1], later?.[0].toLowerCase());
        const date = dv(ref, last, narrative).split('T')[0]!;
        // A day that resolves to no calendar day ("noon decades later": FUTURE_REF) gives the clock none.
        if (!IS_DAY.test(date)) return tv(ref, last, narrative);
        return clock ? `${date}T${clock}` : date;
      },
    });
    i++;
  }
  return out;
};
/** A calendar day value, known or not ("2013-03-22", "XXXX-XX-XX"): what a clock can be joined to. */
const IS_DAY = /^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$/;
const isClock = (text: string, c: Candidate) => c.type === 'TIME' && /\d|noon|midnight|midday/i.test(text.slice(c.start, c.end));
/** A day, or a part of one ("last night", "Tuesday evening", "this morning"), that a clock can sit in. */
const isDay = (text: string, c: Candidate) => (c.type === 'DATE' && !c.mod && (typeof c.value !== 'string' || /^\d{4}-\d{2}-\d{2}$/.test(c.value)))
  || (c.type === 'TIME' && !isClock(text, c) && PART.test(text.slice(c.start, c.end)));
const PART = /\b(?:morning|afternoon|evening|night|tonight)$/i;
const PM_PART = /\b(?:afternoon|evening|night|tonight)$/i;
/** A clock of the afternoon, evening or night given without p.m.: "11:30" that night is 23:30; a
 *  night's small hours ("2:15 Sunday night") stay as written. */
function afternoon(clock: string | undefined, part: string | undefined): string | undefined {
  const h = clock ? /^(\d\d)(.*)$/.exec(clock) : null;
  if (!h || !part) return clock;
  const hh = Number(h[1]);
  return hh < 12 && (part !== 'night' && part !== 'tonight' ? true : hh >= 6) ? `${hh + 12}${h[2]}` : clock;
}
/** A clock already joined to its day ("10 p.m. Monday", "noon March 18") takes no other day. */
const HAS_DAY = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d/i;

/** A clock time whose day comes a little later in the clause ("at 10:35 a.m. (0735 GMT) Friday",
 *  "at 10:30 a.m. local time on Tuesday") is on that day, not on the last one named before it. */
export const clockBeforeDay: Refiner = (text, cands) =>
  cands.map((c, i) => {
    const day = cands[i + 1];
    if (!day || typeof c.value === 'string' || !isClock(text, c) || HAS_DAY.test(text.slice(c.start, c.end))) return c;
    // "from 2 p.m. to 4 p.m. Thursday": the first clock of a range is on the second one's day.
    if (!isDay(text, day) && !(isClock(text, day) && HAS_DAY.test(text.slice(day.start, day.end)) && /^ ?(?:to|until|till|and|-|–) ?$/.test(text.slice(c.end, day.start)))) return c;
    if (!/^[^.;!?\n]{0,30}$/.test(text.slice(c.end, day.start))) return c;
    // "decide by 8 p.m. whether schools would reopen Wednesday": the question has its own day.
    if (/\bwhether\b/i.test(text.slice(c.end, day.start))) return c;
    // "... move out by 5 p.m. Many fear that Tuesday's vote": the stop of "p.m." ends the sentence too
    // (not before a zone: "9:11 p.m. Beijing time (1311 GMT) Saturday", "8:30 p.m. Eastern time Monday").
    if (text[c.end - 1] === '.' && /^\s+["'“]?[A-Z](?![A-Z]|[a-z]+ [Tt]ime\b|(?:astern|acific|entral|ountain|tlantic|reenwich)\b)/.test(text.slice(c.end, day.start))) return c;
    const tv = c.value;
    const dv = valueAt(day.value);
    // "between midnight and 6 a.m. Thursday": a midnight opening a range is the one that opens the
    // day (TimeML writes it as the day before's T24).
    const opens = /^midnight$/i.test(text.slice(c.start, c.end)) && /^ ?(?:to|until|till|and|-|–) ?$/.test(text.slice(c.end, day.start));
    return {
      ...c, relative: 'deictic',
      value: (ref, last, narrative) => {
        const clock = tv(ref, last, narrative).split('T')[1];
        const date = dv(ref, last, narrative).split('T')[0]!;
        const opened = opens ? parseIsoDay(date) : null;
        const on = opened ? fmtDay(addDays(opened, -1)) : date;
        return clock && IS_DAY.test(date) ? `${on}T${clock}` : tv(ref, last, narrative);
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

/** "the year 1950", "the years 1955-1957": the noun that a written year names belongs to it
 *  (WikiWars 3 to 0; TBAQ and MEANTIME have none). */
export const yearNoun: Refiner = (text, cands) => {
  const out: Candidate[] = [];
  for (const c of cands) {
    const head = c.end - c.start === 4 && c.type === 'DATE' && c.start >= 9 && /^\d{4}$/.test(text.slice(c.start, c.end)) ? /\bthe years? $/i.exec(text.slice(c.start - 10 < 0 ? 0 : c.start - 10, c.start)) : null;
    if (!head) {
      out.push(c);
      continue;
    }
    const start = c.start - head[0].length;
    // "the years" read alone (a vague duration) gives way to the year it names.
    while (out.length > 0 && out[out.length - 1]!.start >= start) out.pop();
    out.push({ ...c, start });
  }
  return out;
};

/** "January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or season
 *  before a year in words is in that year, one expression (TimeBank 2 to 0), as with digits. */
export const spelledYearAfter: Refiner = (text, cands) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    // Cheap tests first: most pairs are not adjacent.
    const y = b && b.start - a.end <= 4 && typeof a.value !== 'string' && typeof b.value === 'string' && /^\d{4}$/.test(b.value) && /^[a-z]/i.test(text.slice(b.start, b.end)) ? +b.value : 0;
    if (!b || !y || a.type !== 'DATE' || typeof a.value === 'string' || !/^ (?:of )?$/.test(text.slice(a.end, b.start))) {
      out.push(a);
      continue;
    }
    const value = a.value({ y, m: 1, d: 1, gran: 'year' }, null, true);
    if (!/^\d{4}-(?:\d\d|SP|SU|FA|WI)$/.test(value)) {
      out.push(a);
      continue;
    }
    out.push({ start: a.start, end: b.end, type: 'DATE', value, ...(a.mod ? { mod: a.mod } : {}) });
    i++;
  }
  return out;
};

/** A short title-case title in quotation marks ('"The Next Day"', '"Now You See Me"') names a work:
 *  its time words are no expressions (and would anchor the next day named on a wrong date). */
const TITLE = /["“]([A-Z][\w'’]*(?:[ ,:-]+(?:[A-Z][\w'’]*|a|an|the|of|and|or|in|on|to|for|at|by|me|you|it|is)){0,6})[,.!?]?["”]/g;
export const quotedTitles: Refiner = (text, cands) => {
  if (!cands.length || !/["“]/.test(text)) return [...cands];
  const titles: [number, number][] = [];
  for (const m of text.matchAll(TITLE)) {
    const words = m[1]!.split(/[ ,:-]+/);
    // Title case: most words capitalized, and more than one word ('"Now," he said' is speech).
    // A named campaign or war keeps its time ('the "Chinese Winter Offensive"': WikiWars dates it).
    if (/\b(?:Offensive|Campaign|War|Uprising|Revolution|Rising|Crisis|Massacre)\b/.test(m[1]!)) continue;
    if (words.length >= 2 && words.filter((w) => /^[A-Z]/.test(w)).length >= 0.75 * words.length) titles.push([m.index! + 1, m.index! + 1 + m[1]!.length]);
  }
  return titles.length ? cands.filter((c) => !titles.some(([s, e]) => c.start >= s && c.end <= e)) : [...cands];
};

export const REFINERS: readonly Refiner[] = [quotedTitles, edgeModifiers, timeWithDay, clockBeforeDay, orSo, periodNoun, openEdges, yearNoun, spelledYearAfter];
