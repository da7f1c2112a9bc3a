// Years with an era: "44 BC" (BC0044), "264 B.C.", "AD 79" (0079), and BC ranges "499-493 BC" or
// "from 499 to 493 BC" (two years, both BC). "The 5th century BC" is in centuries. "B.C." keeps
// its dot even where a sentence ends (WikiWars), but not at the end of a line; "B.C" may lack it.
import { pad } from '../day-math';
import { DIGITS } from '../lexicon';
import type { Recognizer } from '../recognizer';

const BC = /^B/;
const spanEnd = (m: RegExpExecArray, text: string): number => {
  const end = m.index + m[0].length;
  return m[0].endsWith('.') && /^(?:\s*$|\s*\n)/.test(text.slice(end, end + 3)) ? end - 1 : end;
};

export const eraYears: Recognizer = {
  name: 'era-years',
  // The letters "ad" and "ce" are in too many words to serve as cues, and any digit wakes it on most
  // lines: every era year has its era right after a digit (a space between or not), or "AD" before one.
  cue: [
    ...DIGITS.flatMap((d) => ['', ' '].flatMap((w) => ['bc', 'b.c', 'ad', 'a.d', 'ce', 'c.e'].map((e) => `${d}${w}${e}`))),
    ...['ad', 'a.d.'].flatMap((e) => ['', ' '].flatMap((w) => DIGITS.map((d) => `${e}${w}${d}`))),
  ],
  pattern: /\b(?:(\d{1,4}) ?(BC|B\.C\.E\.|B\.C\.?|BCE|AD|A\.D\.|CE|C\.E\.)|(AD|A\.D\.) ?(\d{1,4}))(?![\w])/g,
  extract(m, text) {
    const n = Number(m[1] ?? m[4]);
    if (!n) return null;
    const bc = m[2] !== undefined && BC.test(m[2]);
    if (m[2] && !bc && m[2].startsWith('C') && n < 100) return null;
    // "ca. 466 BC": the hedge of a dated year belongs to it (WikiWars 2 to 0), as "around" does.
    // Read from the text before, not by the pattern, which runs on every line holding "ad" or "ce".
    const hedge = /\b(?:ca\.|c\.|circa) ?$/.exec(text.slice(Math.max(0, m.index - 6), m.index));
    const start = hedge ? m.index - hedge[0].length : m.index;
    return { start, end: spanEnd(m, text), type: 'DATE', value: bc ? `BC${pad(n, 4)}` : pad(n, 4), ...(hedge ? { mod: 'APPROX' as const } : {}) };
  },
};

/** "the 470s BC" (BC047): a decade before the era, "the" included as for any decade. */
export const eraDecades: Recognizer = {
  name: 'era-decades',
  cue: ['0s bc', '0s b.c'],
  pattern: /\b(?:the )?(?:(early|mid|late)[- ])?(\d{0,2}[1-9])0s (?:BC|B\.C\.E\.|B\.C\.?|BCE)(?![\w])/gi,
  extract(m, text) {
    const mod = m[1] ? ({ early: 'START', mid: 'MID', late: 'END' } as const)[m[1].toLowerCase() as 'early' | 'mid' | 'late'] : undefined;
    return { start: m.index, end: spanEnd(m, text), type: 'DATE', value: `BC${pad(+m[2]!, 3)}`, ...(mod ? { mod } : {}) };
  },
};

export const eraRanges: Recognizer = {
  name: 'era-ranges',
  cue: ['bc', 'b.c'],
  pattern: /\b(\d{1,4})(?:[-–]| to | and | or )(\d{1,4}) ?(BC|B\.C\.E\.|B\.C\.?|BCE)(?![\w])/g,
  extract(m, text) {
    const a = +m[1]!;
    const b = +m[2]!;
    if (!a || !b) return null;
    const second = m.index + m[0].lastIndexOf(m[2]!, m[0].length - m[3]!.length);
    return [
      { start: m.index, end: m.index + m[1]!.length, type: 'DATE', value: `BC${pad(a, 4)}` },
      { start: second, end: spanEnd(m, text), type: 'DATE', value: `BC${pad(b, 4)}` },
    ];
  },
};
