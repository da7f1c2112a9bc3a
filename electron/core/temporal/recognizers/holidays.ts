// Named days: "Christmas", "New Year's Day", "Thanksgiving", "the weekend" (the nearest one in the
// direction the clause's tense points: 2024-W40-WE).
import { addDays, fmtDay, fmtWeek, pad, weekday, year, type Day } from '../day-math';
import type { Recognizer } from '../recognizer';
import { tenseAt, tenseCue } from '../tense';

/** The day of a holiday in year `y`: a fixed date, or the n-th weekday of a month. */
function holiday(name: string, y: number): Day | null {
  const fixed = (m: number, d: number): Day => ({ y, m, d, gran: 'day' });
  const nth = (m: number, wd: number, n: number): Day => {
    const first = fixed(m, 1);
    const off = (wd - weekday(first) + 7) % 7;
    if (n > 0) return addDays(first, off + 7 * (n - 1));
    const last = addDays(fixed(m + 1 > 12 ? 1 : m + 1, 1), m === 12 ? 30 : -1);
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  };
  const n = name.toLowerCase().replace(/'s|’s/g, '').replace(/\s+/g, ' ');
  if (n.startsWith('christmas eve')) return fixed(12, 24);
  if (n.startsWith('christmas')) return fixed(12, 25);
  if (n.startsWith('new year eve')) return fixed(12, 31);
  if (n.startsWith('new year')) return fixed(1, 1);
  if (n.startsWith('independence day') || n === 'the fourth of july' || n === 'fourth of july') return fixed(7, 4);
  if (n.startsWith('halloween')) return fixed(10, 31);
  if (n.startsWith('valentine')) return fixed(2, 14);
  if (n.startsWith('veterans day')) return fixed(11, 11);
  if (n.startsWith('thanksgiving')) return nth(11, 4, 4);
  if (n.startsWith('labor day')) return nth(9, 1, 1);
  if (n.startsWith('memorial day')) return nth(5, 1, -1);
  // U.S. Election Day: the Tuesday after the first Monday of November.
  if (n.startsWith('election day')) return addDays(nth(11, 1, 1), 1);
  return null;
}

const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const holidays: Recognizer = {
  name: 'holidays',
  cue: ['christmas', 'new year', 'independence', 'fourth of july', 'halloween', 'valentine', 'veterans', 'thanksgiving', 'labor day', 'memorial day', 'election day', 'black monday'],
  // "White Christmas" is a song, not a day. "Christmas night" is that part of the day (TNI).
  pattern: /(?<!\bWhite )\b(?:(?:last|next|this) )?(?:Christmas(?: Eve| Day)?|New Year's(?: Eve| Day)?|Independence Day|(?:the )?Fourth of July|Halloween|Valentine's Day|Veterans Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Election Day|Black Monday)\b(?:,? (\d{4})\b| (morning|afternoon|evening|night)\b)?/g,
  extract(m, text) {
    const rel = /^(last|next|this) /.exec(m[0])?.[1];
    const name = m[0].replace(/,? \d{4}$| (?:morning|afternoon|evening|night)$/, '').replace(/^(?:last|next|this) /, '');
    // The name of the 1987 crash (news recalls it on its anniversaries), not a yearly day.
    if (name === 'Black Monday') return m[2] ? null : { start: m.index, end: m.index + m[0].length, type: 'DATE', value: '1987-10-19' };
    if (m[1]) {
      const d = holiday(name, +m[1]);
      return d ? { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtDay(d) } : null;
    }
    const part = m[2] ? `T${PARTS[m[2]]}` : '';
    const tense = rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseCue(text, m.index, m.index + m[0].length);
    // "the Christmas Offensive" was fought around the day, not on it: WikiWars gives its month.
    const campaign = !part && /^"? (?:[Oo]ffensive|[Cc]ampaign)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const dayOf = (ref: Day | null, narrative: boolean): string => {
      const probe = holiday(name, 2000);
      if (!ref || !probe) return (probe ? `XXXX-${pad(probe.m)}-${pad(probe.d)}` : 'XXXX-XX-XX') + part;
      // A story's holiday falls in the year it tells ("In 1776 ... on Christmas night"), as its
      // bare months do; tense places it only against a document date.
      if (narrative || ref.gran === 'year') {
        const day = holiday(name, ref.y)!;
        return `${year(ref.y)}-${pad(day.m)}-${pad(day.d)}${part}`;
      }
      const thisYear = holiday(name, ref.y)!;
      const ahead = thisYear.m > ref.m || (thisYear.m === ref.m && thisYear.d > ref.d);
      // The present ("from now to Election Day"): the nearest one; no cue at all: news reports the past.
      const nearest = Math.abs(thisYear.m - ref.m) <= 6 ? ref.y : ahead ? ref.y - 1 : ref.y + 1;
      const y = tense === 'future' ? (ahead ? ref.y : ref.y + 1) : tense === 'present' ? nearest : ahead ? ref.y - 1 : ref.y;
      const day = holiday(name, y)!;
      return `${year(y)}-${pad(day.m)}-${pad(day.d)}${part}`;
    };
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      value: (ref, _last, narrative) => (campaign ? dayOf(ref, narrative).replace(/-(?:\d\d|XX)$/, '') : dayOf(ref, narrative)),
    };
  },
};

export const weekends: Recognizer = {
  name: 'weekends',
  cue: ['weekend'],
  pattern: /\b(?:the|this|last|next|over the) weekend\b/gi,
  extract(m, text) {
    const w = m[0].toLowerCase();
    const start = m.index + (w.startsWith('over ') ? 5 : 0);
    const tense = w.startsWith('last') ? 'past' : w.startsWith('next') ? 'future' : w.startsWith('this') ? 'present' : tenseAt(text, m.index, m.index + m[0].length);
    return {
      start, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      value: (ref) => {
        if (!ref || ref.gran !== 'day') return 'XXXX-WXX-WE';
        const wd = weekday(ref);
        const shift = tense === 'future' || tense === 'present' || wd >= 6 ? 0 : -7;
        return `${fmtWeek(addDays(ref, shift))}-WE`;
      },
    };
  },
};
