// Durations written in more than one piece: "four years and three months" (P4Y3M), "21 hours and 19
// minutes" (PT21H19M), and a stretch with a half but no count, "the past year and a half" (P1.5Y).
// Each is one TIMEX3 in TimeML; read a piece at a time they would be two durations, or a DATE
// ("the past year") followed by a stray "and a half".
import { NUM_RE, numOf, unitOf } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { durationValue } from './durations';

const UNIT = '(year|month|week|day|hour|minute|second)s?';
/** Units from the largest down: a compound names them in this order and each at most once. */
const ORDER = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;

const PIECE = `(${NUM_RE}) ${UNIT}`;
const NEXT = `(?:,? and |, | (?=\\d))${PIECE}`;
/** The count of the first piece, read back from its unit (a count alone, at every number of the
 *  text, would cost a full alternation at each word). */
const COUNT_BEFORE = new RegExp(`(?:^|[^\\w-])(${NUM_RE}) $`, 'i');

export const compoundDurations: Recognizer = {
  name: 'compound-durations',
  // A plural unit and its joint ("years and ", "hours, "), or a single one before "and" ("a year and
  // six months") or a clock's comma ("1 hour, 45 minutes"): "last year, " and "the day, " are in too
  // many lines, and a compound of a single year or day with a comma is read as two.
  // (A travel time may join its pieces with a space alone: "2 hours 45 minutes".)
  cue: [...ORDER.flatMap((u) => [`${u}s and `, `${u}s, `, `${u} and `]), 'hour, ', 'minute, ', ...['hour', 'hours', 'minute', 'minutes'].flatMap((u) => '0123456789'.split('').map((d) => `${u} ${d}`))],
  pattern: new RegExp(`\\b(?=[ymwdhs])${UNIT}${NEXT}(?:${NEXT})?\\b(?![ -](?:old|ago|later|earlier)\\b)`, 'gi'),
  extract(m, text) {
    // What the cues can vouch for: a single year, month, week or day joins only by " and ".
    if (!/^\w+s[, ]|^(?:hour|minute)[, ]|^\w+ and /i.test(m[0])) return null;
    const head = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!head) return null;
    const words = [head[1]!, m[1]!, ...m.slice(2).filter((x): x is string => x !== undefined)];
    const pieces: [number, (typeof ORDER)[number]][] = [];
    for (let i = 0; i + 1 < words.length; i += 2) pieces.push([numOf(words[i]!), unitOf(words[i + 1]!) as (typeof ORDER)[number]]);
    // Only whole counts of ever smaller units make one length: "two years and three months", not
    // "a week and a day" ("a" may be any day) nor "several days and two weeks".
    if (pieces.some(([n], i) => !Number.isInteger(n) || n < 1 || (i > 0 && /^an?$/i.test(words[2 * i]!)))) return null;
    if (pieces.some(([, u], i) => i > 0 && ORDER.indexOf(u) <= ORDER.indexOf(pieces[i - 1]![1]))) return null;
    // Each piece as durations.ts writes it alone ("P4Y", "PT3H"), joined under one P and one T.
    const parts = pieces.map(([n, u]) => durationValue(n, u));
    const date = parts.filter((p) => !p.startsWith('PT')).map((p) => p.slice(1)).join('');
    const time = parts.filter((p) => p.startsWith('PT')).map((p) => p.slice(2)).join('');
    return { start: m.index - head[1]!.length - 1, end: m.index + m[0].length, type: 'DURATION', value: `P${date}${time ? `T${time}` : ''}` };
  },
};

/** "the past year and a half", "the next hour and a half", "another decade and a half": a unit and a
 *  half after a lead, with no count (the lead stays in the span, as in "the past two years"). */
export const halfStretches: Recognizer = {
  name: 'half-stretches',
  cue: ['and a half'],
  pattern: /\b(?:the (?:past|last|next|previous|prior|coming|first|final)|another) (hour|day|week|month|year|decade|century) and a half\b/gi,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(1.5, unitOf(m[1]!), true) };
  },
};
