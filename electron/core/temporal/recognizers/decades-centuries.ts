// Decades and centuries ("the" belongs to the span, as in most of TimeBank): "the 1980s" -> 198, "the early 1990s" -> 199 (mod START),
// "the '60s" and "the 60s" -> 196, "the 19th century" -> 18, "the 21st century" -> 20.
import type { Recognizer } from '../recognizer';
import { sentenceAround } from '../sentence';
import type { TimexMod } from '../types';

const MODS: Readonly<Record<string, TimexMod>> = { early: 'START', mid: 'MID', middle: 'MID', late: 'END' };
const ORD: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
const modOf = (s: string | undefined): TimexMod | undefined => (s ? MODS[s.toLowerCase().replace(/-$/, '')] : undefined);

/** Centuries whose round "00s" reads as the century: 1000s-1900s (not "the 2000s", the decade 2000-09). */
const hundreds = (cent: string): boolean => cent !== '20';

/** Words of the weather, in whose sentences a bare "60s" is a temperature. */
const TEMPERATURE = /\b(?:temperatures?|degrees|highs?|lows?|Fahrenheit|Celsius|thermometers?|wind chills?|heat index)\b/i;
/** Whether the sentence around `at` speaks of the weather, where "the 60s" or "the thirties" are degrees. */
export const inWeather = (text: string, at: number): boolean => !/\bsince\s+$/i.test(text.slice(Math.max(0, at - 6), at)) && TEMPERATURE.test(sentenceAround(text, at, 160));

export const decades: Recognizer = {
  name: 'decades',
  cue: ['0s', "0's"],
  pattern: /\b(?:(the) )?(?:(early|mid|middle|late)[- ])?(?:(1\d|20)(\d)0|'(\d)0|\b([1-9])0(?=s\b))'?s\b/gi,
  extract(m, text) {
    const [, the, mod, cent, dec, short, bare] = m;
    // "highs in the 60s", "temperatures in the upper 40s": degrees, not years.
    if ((bare || short) && (/\b(?:upper|lower|mid)[- ]$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) || inWeather(text, m.index))) return null;
    // "the 70s", "the late 80s", "the 70s and 80s" are decades; "his 70s" is an age.
    if (bare && !the && !mod && !/\d0'?s,? (?:and|or|to|through) $/.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
    // "a man in his early 30s", "in their mid-'60s": an owner's decade is an age however it is edged.
    // So is the next one of a pair ("in their late 80s or 90s").
    if ((bare || short) && !the && /\b(?:his|her|their|my|your|our|its)\s+(?:(?:(?:early|mid|middle|late)[- ])?'?\d0'?s,? (?:and|or|to|through) )?$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    // "the 1800s", "the early 1900s": a round hundred names its century (1800-1899) in English usage.
    const value = cent && dec === '0' && /00'?s$/i.test(m[0]) && !short && !bare && hundreds(cent) ? cent : cent ? `${cent}${dec}` : `19${short ?? bare}`;
    const md = modOf(mod);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, ...(md ? { mod: md } : {}) };
  },
};

export const centuries: Recognizer = {
  name: 'centuries',
  cue: ['century'],
  pattern: /\b(?:(the) )?(?:(early|mid|middle|late)[- ])?(\d{1,2})(?:st|nd|rd|th)[- ]century\b(?: ((?:BC|B\.C\.|BCE)))?|\b(?:(the) )?(?:(early|mid|middle|late)[- ])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century\b/gi,
  extract(m, text) {
    // "21st Century Fox", "the 20th Century Fund": a capitalized century before a name is part of it.
    // After "the", only a company's word makes it a name ("in the 20th Century British rule ended").
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (/Century$/.test(m[0]) && /^ (?!BC\b|AD\b|CE\b|BCE\b)[A-Z]/.test(next) && (!(m[1] ?? m[5]) || /^ (?:Fox|Fund|Insurance|Foundation|Group|Media|Studios|Pictures|Films|Records)\b/.test(next))) return null;
    const n = m[3] ? +m[3] : ORD[(m[7] ?? '').toLowerCase()] ?? 0;
    if (n < 1 || n > 30) return null;
    const bc = Boolean(m[4]);
    const md = modOf(m[2] ?? m[6]);
    const value = bc ? `BC${String(n - 1).padStart(2, '0')}` : String(n - 1).padStart(2, '0');
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, ...(md ? { mod: md } : {}) };
  },
};
