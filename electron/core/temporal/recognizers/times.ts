// Clock times ("10:30 a.m.", "3 p.m. EST", "noon", "midnight") on the reference day: 2024-10-04T14:30.
import { chronoParts } from '../chrono-parts';
import { dayOrUnknown, pad } from '../day-math';
import { DIGITS, SPACES } from '../lexicon';
import type { Recognizer } from '../recognizer';

export const times: Recognizer = {
  name: 'times',
  // A clock has a digit right before ':' or before "am"/"pm"/"hrs" (one `\s` may come between), or a
  // zone after a space ("10.30 GMT"); "am" alone is in too many words to serve as a cue, and any
  // digit wakes it on most lines.
  cue: [
    ...DIGITS.flatMap((d) => [`${d}:`, ...['', ...SPACES].flatMap((w) => [`${d}${w}a`, `${d}${w}p`, `${d}${w}h`]), ...['g', 'u', 'b', 'c', 'l'].map((z) => `${d} ${z}`)]),
    'noon', 'midnight', 'midday',
  ],
  // A dotted clock ("8.45am", "10.30 GMT": British and AFP copy) needs its am/pm, zone or "hrs"
  // right after it, and no number around it: "rose 8.45 percent", "$11.15", "1.10.30 am" stay out.
  pattern: /\b(?:(?<!\d[.,]|[$£€])(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|(?<!\d[.,]|[$£€])(?:[01]?\d|2[0-3])\.[0-5]\d(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)| ?hrs?\b|(?= (?:GMT|UTC|BST|CET|CEST|local time)\b))|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d|:\d)(?: ?hrs?\b)?|(?:noon(?:time)?|midnight|midday)\b)(?: (?:EST|EDT|CST|CDT|MST|MDT|PDT|PST|ET|PT|CT|MT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|local time|(?:Eastern|Central|Pacific|Mountain|Atlantic)(?: (?:Standard|Daylight))? [Tt]ime|(?:Eastern|Central|Pacific|Mountain)(?=[,.;)]|\s(?:on|at|and|or|to|until|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow)\b)|Greenwich Mean Time)\b| \((?:GMT|UTC) ?[+-]\d{1,2}(?::?\d\d)?\))?/gi,
  extract(m, text) {
    const s = m[0].toLowerCase();
    let hh: number;
    let mm = 0;
    // TimeML 1.2.1's Time datatype is hh, hh:mm or hh:mm:ss after the T: a clock read to the second
    // keeps its seconds ("14:05:30 GMT" is T14:05:30Z, not T14:05 with the rest of the span lost).
    const secs = /^\d{1,2}:\d\d:(\d\d)/.exec(m[0])?.[1];
    // "High Noon", "high noon comes today": an idiom (a showdown), not a clock time.
    if (s.startsWith('noon') && /\bhigh\s$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
    // "Midnight Mass", "Midnight Express": a name, not the clock.
    if (/^Midnight [A-Z]/.test(text.slice(m.index, m.index + 10))) return null;
    // "noon ET", "midnight GMT": the zone follows the word in the span.
    const word = /^(?:noon|midnight|midday)/.exec(s)?.[0];
    if (word) hh = word === 'midnight' ? 0 : 12;
    else {
      // chrono reads "19:00 hr" but not "03:00hrs": the military "hours" is read off, kept in the span.
      // A dotted clock is read as its colon form ("8.45am" as "8:45am").
      const p = chronoParts(m[0].replace(/ ?hrs?$/i, '').replace(/^(\d{1,2})\.(\d\d)/, '$1:$2'));
      if (!p || p.hour === null) return null;
      hh = p.hour;
      mm = p.minute;
      // "3:1" scores and "10:30" ratios: a bare h:mm needs a time word nearby, or its time zone.
      // The first clock of a range ("19:00-03:00hrs") borrows the time word of the second.
      if (!/[ap]\.?m|[a-z]$/.test(s) && !/\b(?:at|by|until|from|before|after|around|about|as of)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))
        && !/^[-–](?:[01]?\d|2[0-3]):[0-5]\d ?(?:hrs?\b|[ap]\.?m\b|GMT|UTC)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    }
    // TimeML writes midnight as the end of its day: T24. A time in UTC (or GMT, the same clock)
    // carries ISO's zone designator Z; other zones are named, not offset, so they stay local, and
    // so does a clock given with its offset ("6:40 p.m. (GMT +8)": the offset joins the span).
    // (TimeML 1.2.1's Time datatype has no zone at all; MEANTIME writes Z for UTC ten times and
    // TimeBank leaves EST unmarked, so Z stays and no offset is ever written.)
    const zone = /\b(?:UTC|GMT)$/i.test(m[0]) ? 'Z' : '';
    const clock = (word === 'midnight' ? 'T24' : `T${pad(hh)}:${pad(mm)}${secs ? `:${secs}` : ''}`) + zone;
    // A clock time belongs to the last day the text named ("On Friday ... at 10 a.m.").
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', relative: 'anaphoric', value: (ref) => dayOrUnknown(ref) + clock };
  },
};

/** Military clock times with their zone, or "hours"/"local time" after a time preposition: "At 0800
 *  UTC" (T08:00Z), "at 1400 hours", "at 0332 local time" ("worked 1400 hours" is a count). A bracketed one repeats the local
 *  time just given ("10:30 a.m. (0730 GMT)") and is left out. */
export const militaryTimes: Recognizer = {
  name: 'military-times',
  cue: ['gmt', 'utc', 'hours', 'hrs', 'local time'],
  pattern: /(?<!\()\b([01]\d|2[0-3])([0-5]\d) ?(GMT|UTC)\b|(?<=\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]round) )([01]\d|2[0-3])([0-5]\d) ?(?:hours|hrs|local time)\b|(?<=\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \()([01]\d|2[0-3])([0-5]\d) ?(GMT|UTC)\b/g,
  extract(m) {
    // "Friday (1430 GMT)": with no local clock before it, the bracketed time is the only one given.
    if (m[6]) return { start: m.index, end: m.index + m[0].length, type: 'TIME', relative: 'anaphoric', value: (ref) => `${dayOrUnknown(ref)}T${m[6]}:${m[7]}Z` };
    const clock = m[1] ? `T${m[1]}:${m[2]}Z` : `T${m[4]}:${m[5]}`;
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', relative: 'anaphoric', value: (ref) => dayOrUnknown(ref) + clock };
  },
};
