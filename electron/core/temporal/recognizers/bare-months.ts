// Months without a day: "January 1998" (1998-01), "last November", "early December", and a bare
// "August", placed by tense: in a March 2013 article "August" reported in the past is 2012-08.
// "May" and "March" also are a modal and a verb: bare, they need a temporal preposition before them.
import { fmtMonth, type Day } from '../day-math';
import { MONTH_RE, monthOf } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { tenseCue, type Tense } from '../tense';
import type { TimexMod } from '../types';

const EDGE: Readonly<Record<string, TimexMod>> = { early: 'START', mid: 'MID', late: 'END', middle: 'MID', end: 'END', beginning: 'START' };
const PREP = /\b(?:in|since|until|till|by|before|after|during|through|from|to|of|and|or|between|last|next|this|early|late|mid|since|around|throughout|till|until|end of|beginning of|middle of)[\s-]+$/i;

function place(ref: Day, mo: number, tense: Tense | 'last' | 'next' | 'this' | 'nearest'): number {
  if (tense === 'nearest') return mo - ref.m > 3 ? ref.y - 1 : ref.m - mo > 8 ? ref.y + 1 : ref.y;
  if (tense === 'this') return ref.y;
  if (tense === 'last') return mo < ref.m ? ref.y : ref.y - 1;
  if (tense === 'next') return mo > ref.m ? ref.y : ref.y + 1;
  if (tense === 'future') return mo >= ref.m ? ref.y : ref.y + 1;
  if (tense === 'present') return ref.y;
  return mo <= ref.m ? ref.y : ref.y - 1;
}

export const bareMonths: Recognizer = {
  name: 'bare-months',
  cue: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  pattern: new RegExp(`\\b(?:(last|next|this|early|late|mid|middle)[- ])?(${MONTH_RE})(?![\\w'-])(?:(?: of|,)? (\\d{4})(?!\\d|,\\d))?`, 'g'),
  extract(m, text) {
    const rel = (m[1] ?? '').toLowerCase();
    const name = m[2]!;
    const mo = monthOf(name);
    if (!mo) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    const mod = EDGE[rel];
    const before = text.slice(Math.max(0, start - 14), start);
    // Modal "may", verb "march", names ("May Day", "Jan Smith"): a bare one needs a preposition.
    if (!m[3] && !rel && (/^(May|March|Jan|Mar|Jun|Jul|Aug|Dec)\.?$/.test(name) || /^Sept?\.?$/.test(name)) && !PREP.test(before)) return null;
    if (/\b(?:early|late|mid)[- ]$/i.test(before) && !rel) return null;
    const base = { start, end, type: 'DATE' as const, ...(mod ? { mod } : {}) };
    if (m[3]) return { ...base, value: fmtMonth(+m[3], mo) };
    const tense = rel === 'last' || rel === 'next' || rel === 'this' ? rel : tenseCue(text, start, end) ?? 'nearest';
    return { ...base, relative: 'deictic', value: (ref, _last, narrative) => (ref ? fmtMonth(ref.gran === 'year' ? ref.y : (narrative ? ref.y : place(ref, mo, tense)), mo) : `XXXX-${String(mo).padStart(2, '0')}`) };
  },
};
