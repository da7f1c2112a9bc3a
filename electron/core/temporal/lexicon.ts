// Word lists shared by the recognizers: months, weekdays, number words, units.

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
/** Month names as a regex alternation; abbreviations take an optional dot. */
export const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** Prefilter cues of a month name: the full names, and each abbreviation followed by what may follow
 *  it in MONTH_RE's users (a bare "mar" or "dec" would wake the month recognizers on every line
 *  about markets or decisions). The prefilter ends every line with a space, so a final "Dec" counts. */
export const MONTH_CUES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].flatMap((a) => [' ', '.', ',', ';', ':', ')', '"', '/', '?', '!'].map((x) => a + x)),
];
/** Cue building blocks. The prefilter finds any number of cues in one pass (its cost does not grow
 *  with the list), so a recognizer whose matches all hold a digit NEXT TO a given word can list every
 *  such pair: it then wakes on far fewer lines than with '#' or the bare word. */
export const DIGITS: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Every character a regex `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export const SPACES: readonly string[] = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
  '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
/** Every lowercase spelling MONTH_RE matches: full names, abbreviations with and without their dot. */
export const MONTH_FORMS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec'].flatMap((a) => [a, `${a}.`]),
];
export const monthOf = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** Parts of the day and their TIMEX3 codes ("Friday night": 2013-03-22TNI). */
export const DAY_PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

const SMALL: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, half: 0.5, couple: 2, 'a couple of': 2, 'couple of': 2, several: -1, few: -1,
  'a few': -1, many: -1, some: -1, dozen: 12, 'a dozen': 12, 'a hundred': 100, 'a thousand': 1000,
};
/** Number words and digits; `-1` means "some unknown number" (TIMEX3 `X`). */
export const NUM_RE = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?|(?:one|two|three|four|five|six|seven|eight|nine) hundred(?: and (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|five))?|a couple of|couple of|a few|a dozen|a hundred|a thousand|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|several|few|many|some|dozen|a|an)';
export function numOf(s: string): number {
  const k = s.toLowerCase().replace(/,/g, '');
  if (/^\d/.test(k)) return Number(k);
  // "two hundred", "one hundred and fifty": hundreds, then what the "and" adds.
  const h = /^(\w+) hundred(?: and (\w+))?$/.exec(k);
  if (h) return 100 * (SMALL[h[1]!] ?? 0) + (h[2] ? SMALL[h[2]] ?? 0 : 0);
  if (k in SMALL) return SMALL[k]!;
  const parts = k.split(/[- ]/);
  return parts.length === 2 ? (SMALL[parts[0]!] ?? 0) + (SMALL[parts[1]!] ?? 0) : 0;
}

/** A unit word as written ("years", "centuries", "Centurie") in its singular ("year", "century"). */
export const unitOf = (w: string): string => w.toLowerCase().replace(/ies?$/, 'y').replace(/s$/, '');

/** A unit of distance right before "per hour"/"an hour" makes a speed ("80 miles per hour"). */
export const SPEED_BEFORE = /\b(?:miles|mi|kilometers|kilometres|km|feet|ft|meters|metres|m|knots|yards|inches)\s$/i;
