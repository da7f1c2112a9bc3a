// Years with an era: "44 BC" (BC0044), "264 B.C.", "AD 79" (0079), and BC ranges "499-493 BC" or
// "from 499 to 493 BC" (two years, both BC). "The 5th century BC" is in centuries. "B.C." keeps
// its dot even where a sentence ends (WikiWars), but not at the end of a line; "B.C" may lack it.
import { pad } from '../day-math';
import type { Recognizer } from '../recognizer';

const BC = /^B/;
const spanEnd = (m: RegExpExecArray, text: string): number => {
  const end = m.index + m[0].length;
  return m[0].endsWith('.') && /^(?:\s*$|\s*\n)/.test(text.slice(end, end + 3)) ? end - 1 : end;
};

export const eraYears: Recognizer = {
  name: 'era-years',
  cue: ['bc', 'b.c', 'ad', 'a.d', 'ce', 'c.e'],
  pattern: /\b(?:(\d{1,4}) ?(BC|B\.C\.E\.|B\.C\.?|BCE|AD|A\.D\.|CE|C\.E\.)|(AD|A\.D\.) ?(\d{1,4}))(?![\w])/g,
  extract(m, text) {
    const n = Number(m[1] ?? m[4]);
    if (!n) return null;
    const bc = m[2] !== undefined && BC.test(m[2]);
    if (m[2] && !bc && m[2].startsWith('C') && n < 100) return null;
    return { start: m.index, end: spanEnd(m, text), type: 'DATE', value: bc ? `BC${pad(n, 4)}` : pad(n, 4) };
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
