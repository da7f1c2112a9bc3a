// Calendar periods named relative to the document date: "last week" (2021-W21), "this month",
// "next year", "earlier this year", "two years ago", "a week or so ago", "three days later".
import { NUM_RE, numOf } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { shift, unitWord } from '../shift';
import type { TimexMod } from '../types';

const DIR: Readonly<Record<string, number>> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1, following: 1 };
const EDGE: Readonly<Record<string, TimexMod>> = { early: 'START', earlier: 'START', late: 'END', later: 'END', mid: 'MID' };

export const namedPeriods: Recognizer = {
  name: 'named-periods',
  cue: ['week', 'month', 'year', 'decade', 'century'],
  pattern: /\b(?:(early|earlier|late|later|mid)[- ])?(last|this|next|the past|the previous|the coming|the current|the following|the same) (week|weekend|month|year|decade|century)\b(?!s)(?:'s)?/gi,
  extract(m) {
    const rel = m[2]!.toLowerCase().replace(/^the /, '');
    const unit = m[3]!.toLowerCase();
    const anaphoric = rel === 'following' || rel === 'previous' || rel === 'same';
    const n = rel === 'same' ? 0 : DIR[rel] ?? 0;
    // "the past year" and "the coming month" are stretches of time, not calendar periods.
    if ((rel === 'past' || rel === 'coming') && m[2]!.toLowerCase().startsWith('the')) {
      const u = unit === 'weekend' ? null : unitWord(unit);
      if (!u) return null;
      const letter = u === 'decade' ? '10Y' : u === 'century' ? '100Y' : `1${u[0]!.toUpperCase()}`;
      return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: `P${letter}` };
    }
    const edge = m[1] ? EDGE[m[1].toLowerCase()] : undefined;
    const end = m.index + m[0].length - (m[0].endsWith("'s") ? 2 : 0);
    const u = unit === 'weekend' ? 'week' : unitWord(unit)!;
    return {
      start: m.index, end, type: 'DATE', relative: anaphoric ? 'anaphoric' : 'deictic',
      ...(edge && !(m[1]!.toLowerCase() === 'earlier' || m[1]!.toLowerCase() === 'later') ? { mod: edge } : {}),
      value: (ref) => shift(ref, u, n) + (unit === 'weekend' && ref ? '-WE' : ''),
    };
  },
};

const AGO = new RegExp(`\\b(?:(about|around|some|nearly|almost|roughly|approximately|more than|over|less than|just|only) )?(${NUM_RE})[- ](day|week|month|year|decade|centur(?:y|ie))s?(?: or so)? (ago|earlier|before|later|after|hence|from now)\\b`, 'gi');
const AGO_MOD: Readonly<Record<string, TimexMod>> = { about: 'APPROX', around: 'APPROX', some: 'APPROX', nearly: 'APPROX', almost: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', 'more than': 'MORE_THAN', over: 'MORE_THAN', 'less than': 'LESS_THAN' };

export const unitsAgo: Recognizer = {
  name: 'units-ago',
  cue: ['ago', 'earlier', 'before', 'later', 'after', 'hence', 'from now'],
  pattern: AGO,
  extract(m) {
    const k = numOf(m[2]!);
    const word = m[4]!.toLowerCase();
    const sign = word === 'ago' || word === 'earlier' || word === 'before' ? -1 : 1;
    const anaphoric = word !== 'ago' && word !== 'hence' && word !== 'from now';
    void anaphoric;
    let u = unitWord(m[3]!)!;
    let n = k;
    if (u === 'decade') { u = 'year'; n = 10 * k; }
    if (u === 'century') { u = 'year'; n = 100 * k; }
    const mod = m[1] ? AGO_MOD[m[1].toLowerCase()] : undefined;
    const vague = k < 0 || !Number.isInteger(n);
    // A year before a quarter under discussion is that quarter of the year before (TimeML anchoring).
    const quarterly = u === 'year' && n === 1 && sign < 0;
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      ...(mod ? { mod } : {}),
      value: (ref, last) => {
        if (vague) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
        const q = quarterly && last ? /^(\d{4})-(Q\d)$/.exec(last) : null;
        return q ? `${+q[1]! - 1}-${q[2]}` : shift(ref, u, sign * n);
      },
    };
  },
};
