// Edges of the current period named without a number: "year-end", "the end of the year",
// "the end of year", "month's end", "the turn of the century" (value: the period, mod: its edge),
// and two-digit years with an apostrophe: "in '58" (1958).
import { dayOrUnknown } from '../day-math';
import type { Recognizer } from '../recognizer';
import { shift } from '../shift';
import { tenseAt } from '../tense';
import type { TimexMod } from '../types';

const EDGE: Readonly<Record<string, TimexMod>> = { end: 'END', close: 'END', beginning: 'START', start: 'START', middle: 'MID', turn: 'END' };

export const periodEdges: Recognizer = {
  name: 'period-edges',
  // The words as the pattern holds them: a bare "end" or "turn" is in too many words ("spend", "return").
  cue: ['year-end', 'year end', "year's end", 'month-end', 'month end', "month's end", 'quarter-end', 'quarter end', "quarter's end", 'end of', 'close of', 'beginning of', 'start of', 'middle of', 'turn of'],
  // "the start of the day", "by the close of the day": an edge of the (trading) day under
  // discussion (MEANTIME 1 to 0; none elsewhere). "At the end of the day" is mostly the idiom
  // ("when all is said and done"), so "end" of a day needs another preposition.
  pattern: /\b(?:(year|month|quarter)(?:'s)?[- ]end\b|the (end|close|beginning|start|middle|turn) of (?:(the|this|last|next) )?(year|month|week|quarter|century|decade)\b|the (start|beginning|close|end) of (?:the|that) day\b(?<!\b[Aa]t the end of the day))/gi,
  extract(m, text) {
    if (m[5]) {
      const edge = EDGE[m[5].toLowerCase()]!;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', mod: edge, value: (ref) => dayOrUnknown(ref) };
    }
    const unit = (m[1] ?? m[4]!).toLowerCase() as 'year' | 'month' | 'week' | 'quarter' | 'century' | 'decade';
    const det = (m[3] ?? '').toLowerCase();
    const n = det === 'last' ? -1 : det === 'next' ? 1 : 0;
    const mod = m[1] ? 'END' : EDGE[m[2]!.toLowerCase()]!;
    // "Companies slashed spending at the end of the year", told in January or February: the year
    // just ended (as "for the year" reads in results season); its start is this year's.
    const ended = unit === 'year' && (!det || det === 'the') && mod === 'END' && tenseAt(text, m.index, m.index + m[0].length) === 'past';
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic', mod, value: (ref, _last, narrative) => shift(ref, unit, ended && !narrative && ref && ref.gran === 'day' && ref.m <= 2 ? -1 : n) };
  },
};

export const shortYears: Recognizer = {
  name: 'short-years',
  cue: ["'0", "'1", "'2", "'3", "'4", "'5", "'6", "'7", "'8", "'9", '’0', '’1', '’2', '’3', '’4', '’5', '’6', '’7', '’8', '’9'],
  pattern: /\b(?:in|since|of|by|until|before|after|from|to|and|early|late|mid|spring|summer|fall|autumn|winter) (['’](\d\d))\b(?!s\b|'s)/gi,
  extract(m) {
    const yy = +m[2]!;
    const start = m.index + m[0].length - m[1]!.length;
    // The century is the reference's (the nearest such year): "the spirit of '89" in a story of 1792 is 1789.
    return {
      start, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      value: (ref) => {
        if (!ref) return String(yy > 30 ? 1900 + yy : 2000 + yy);
        const base = Math.floor(ref.y / 100) * 100 + yy;
        return String([base - 100, base, base + 100].reduce((b, c) => (Math.abs(c - ref.y) < Math.abs(b - ref.y) ? c : b)));
      },
    };
  },
};
