// Years and decades in words, as broadcast transcripts write them: "nineteen ninety-six" (1996),
// "the year two thousand" (2000), "two thousand and one" (2001), "the nineties" (199).
import type { Recognizer } from '../recognizer';
import { inWeather } from './decades-centuries';

const UNIT: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEEN: Readonly<Record<string, number>> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TENS_RE = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNIT_RE = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_RE = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

/** 0..99 written in words ("ninety-six", "twelve", "five"), or null. */
function below100(s: string): number | null {
  const w = s.toLowerCase();
  if (w in UNIT) return UNIT[w]!;
  if (w in TEEN) return TEEN[w]!;
  const [t, u] = w.split(/[- ]/);
  if (t && t in TENS) return TENS[t]! + (u ? UNIT[u] ?? NaN : 0);
  return null;
}

export const spelledYears: Recognizer = {
  name: 'spelled-years',
  cue: ['seventeen ', 'eighteen ', 'nineteen ', 'twenty ', 'two thousand'],
  pattern: new RegExp(`\\b(?:the year )?(?:(seventeen|eighteen|nineteen|twenty) ((?:${TENS_RE})(?:[- ](?:${UNIT_RE}))?|${TEEN_RE}|hundred|oh[- ](?:${UNIT_RE}))|two thousand(?:(?: and)? ((?:${TENS_RE})(?:[- ](?:${UNIT_RE}))?|${TEEN_RE}|${UNIT_RE}))?)\\b`, 'gi'),
  extract(m, text) {
    const the = /^the year /i.test(m[0]);
    let y: number;
    if (m[1]) {
      const century = TEEN[m[1].toLowerCase()] ?? TENS[m[1].toLowerCase()]!;
      const rest = m[2]!.toLowerCase();
      const yy = rest === 'hundred' ? 0 : rest.startsWith('oh') ? UNIT[rest.slice(3)]! : below100(rest);
      if (yy === null || Number.isNaN(yy)) return null;
      y = century * 100 + yy;
    } else {
      // "two thousand" alone is a count ("two thousand people") unless "the year" or a preposition says otherwise.
      const yy = m[3] ? below100(m[3]) : 0;
      if (yy === null || Number.isNaN(yy)) return null;
      if (!the && !/\b(?:in|since|by|until|of|before|after)\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) return null;
      y = 2000 + yy;
    }
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(y) };
  },
};

const DECADE: Readonly<Record<string, number>> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

export const spelledDecades: Recognizer = {
  name: 'spelled-decades',
  cue: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  pattern: /\bthe (?:(early|mid|late)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
  extract(m, text) {
    // "in her sixties" is an age; "the sixties" the decade.
    if (/\b(?:his|her|their|its|your|my)\s+$/i.test(text.slice(Math.max(0, m.index - 7), m.index))) return null;
    // "Highs will stay in the thirties": degrees.
    if (inWeather(text, m.index)) return null;
    const mod = m[1] ? ({ early: 'START', mid: 'MID', late: 'END' } as const)[m[1].toLowerCase() as 'early' | 'mid' | 'late'] : undefined;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `19${DECADE[m[2]!.toLowerCase()]}`, ...(mod ? { mod } : {}) };
  },
};
