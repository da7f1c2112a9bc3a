// Years with an era: "44 BC" (BC0044), "264 B.C.", "AD 79" (0079), "the 5th century BC" is in centuries.
import { pad } from '../day-math';
import type { Recognizer } from '../recognizer';

export const eraYears: Recognizer = {
  name: 'era-years',
  cue: ['bc', 'b.c', 'ad', 'a.d', 'ce', 'c.e'],
  pattern: /\b(?:(\d{1,4}) ?(BC|B\.C\.|BCE|B\.C\.E\.|AD|A\.D\.|CE|C\.E\.)|(AD|A\.D\.) ?(\d{1,4}))(?![\w])/g,
  extract(m) {
    const n = Number(m[1] ?? m[4]);
    if (!n) return null;
    const bc = m[2] !== undefined && m[2].startsWith('B');
    if (m[2] && !bc && m[2].startsWith('C') && n < 100) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: bc ? `BC${pad(n, 4)}` : pad(n, 4) };
  },
};
