// Durations: "a month" (P1M), "two-year" (P2Y), "the past two months", "more than two decades"
// (P20Y, MORE_THAN), "the first nine months" (P9M), "several years" (PXY), "90 minutes" (PT90M).
import { MONTH_RE, NUM_RE, numOf, SPEED_BEFORE, unitOf } from '../lexicon';
import type { Recognizer } from '../recognizer';
import type { TimexMod } from '../types';

const MOD: Readonly<Record<string, TimexMod>> = {
  about: 'APPROX', around: 'APPROX', some: 'APPROX', nearly: 'APPROX', almost: 'APPROX', roughly: 'APPROX',
  approximately: 'APPROX', 'more than': 'MORE_THAN', over: 'MORE_THAN', 'less than': 'LESS_THAN', 'at least': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS', 'fewer than': 'LESS_THAN',
};
// Decades and centuries: TimeML 1.2.1's schema allows one-letter units (P1E decade, P1C century,
// P1L millennium), but the annotators wrote P10Y for decades in TimeBank (3) and MEANTIME (2)
// against P1DE in WikiWars (2), and CE for centuries in WikiWars (3) against PXC/PXE once each in
// TimeBank: the counted conventions stay (guideline audit, no change).
const LETTER: Readonly<Record<string, [string, number, boolean]>> = {
  second: ['S', 1, true], minute: ['M', 1, true], hour: ['H', 1, true], day: ['D', 1, false], night: ['D', 1, false],
  week: ['W', 1, false], fortnight: ['W', 2, false], month: ['M', 1, false], year: ['Y', 1, false],
  decade: ['Y', 10, false], century: ['CE', 1, false], quarter: ['Q', 1, false],
};

/** A unit a duration can be counted in ("year", "fortnight"; not "morning"). */
export const isDurationUnit = (unit: string): boolean => unit in LETTER;

/** The TIMEX3 duration for `n` units (`n < 0`: an unknown number, X). */
export function durationValue(n: number, unit: string, keepFraction = false): string {
  const [letter, factor, time] = LETTER[unit] ?? ['Y', 1, false];
  const count = n < 0 ? 'X' : String(+(n * factor).toFixed(2)).replace(/^0\./, '0.');
  // Fractions spill into the next smaller unit: 2 1/2 years is P2Y6M, half a day PT12H, a minute and
  // a half PT1M30S; but spelled-out years and months "and a half" keep the fraction (P2.5Y, P1.5M,
  // as WikiWars writes them), where TimeBank spills the digit form.
  const x = n * factor;
  if (keepFraction && n > 1 && !Number.isInteger(x) && (letter === 'Y' || (letter === 'M' && !time))) return `P${x}${letter}`;
  if (n > 0 && !Number.isInteger(x)) {
    const whole = Math.floor(x);
    const part = (k: number) => Math.round((x - whole) * k);
    if (letter === 'Y') return `P${whole ? `${whole}Y` : ''}${part(12)}M`;
    if (letter === 'M' && !time) return `P${whole ? `${whole}M` : ''}${part(30)}D`;
    if (letter === 'W') return `P${Math.round(x * 7)}D`;
    if (letter === 'D') return `P${whole ? `${whole}D` : ''}T${part(24)}H`;
    if (letter === 'H') return `PT${whole ? `${whole}H` : ''}${part(60)}M`;
    if (letter === 'M') return `PT${whole ? `${whole}M` : ''}${part(60)}S`;
  }
  return `${time ? 'PT' : 'P'}${count}${letter}`;
}

// A word that opens a phrase or clause rather than naming a noun: "stalling for a day against the
// line", "delayed by one year because of" (WikiWars 3 to 0; none in TBAQ or MEANTIME either way).
const AFTER_NOUN = /^[ -](?!(?:ago|earlier|later|before|after|and|or|of|in|on|at|to|for|from|since|until|when|that|the|a|an|is|was|were|are|with|by|as|than|into|it|he|she|they|we|i|you|there|this|then|more|longer|ahead|away|so|but|while|if|later|back|now|has|had|have|will|would|could|can|went|came|goes|comes|passes|against|because|out|without|under|despite|during|among|amid|although|though|unless|till|instead|alone|already|too|only|just|apiece|each|aboard|not|where|which|who|nor|yet|[a-z]+ed)\b)[a-z]/;
// "over" measures only before a/an ("over a week"); "over the past year" is a preposition.
/** The upper end of a range of counts ("two to three weeks", "12 to 18 months"): a bare range is
 *  split into one duration per count; after a lead or a quantifier ("the next 12 to 18 months")
 *  the span takes it in and the value keeps the lower count. */
const UPPER = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)';
// After "in", "for" or "just", "over" counts too ("lowest level in over six years", "for over nine
// months"): a verb before it makes it a preposition ("evolved over several years").
const QUANT = `(?:(about|around|some|nearly|almost|roughly|approximately|more than|less than|fewer than|at least|up to|no more than|over(?= an? )|over(?<=\\b(?:in|for|just) over)(?= (?:${UPPER}|several|a few|a dozen) )) )?`;
const LEAD = `(?:(the|the past|the last|the next|the coming|the first|the last|the final|another|the previous|the prior|the preceding|the trailing|the remaining|the latest|the year-earlier|the year-ago) )?`;

/** The upper count of a range, right after the lower one: " to six ", " and 90 ". */
const RANGE = new RegExp(`^ (?:to|or|and) (${UPPER}) `, 'i');

/** "March 20, a day after ...": the number before is a date, not a price. */
const DATE_BEFORE = new RegExp(`${MONTH_RE} \\d{1,2}(?:, \\d{4})?,\\s*$|\\b\\d{4},\\s*$`);

/** A quantity just before "a year" makes it a rate (SET): "$33 million a year", "fifty thousand CDs
 *  a year", "four flights a week", "six days a week", "1,500 people a day", "2 million tonnes of wheat
 *  a year" - a number, then at most a scale word and a noun phrase ending in a plural. A comma after
 *  the number ends its phrase: "in August 2014, giving universities a year" is no rate. */
const PLURAL = '(?:(?!(?:was|has|is|does|this|his|its|as|us|less|across|unless|thus|plus)\\b)[a-z]{2,}s|people|men|women|children|staff|personnel|police|cattle|sheep|fish)';
const COUNT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens|hundreds|thousands|millions|billions|several|many)';
const RATE_NOUN = `(?:\\s+[a-z]+)?\\s+${PLURAL}(?:\\s+of(?:\\s+[a-z]+){1,2})?`;
const RATE_BEFORE = new RegExp(`(?:(?:\\$|\\d|\\bcents?\\b|\\bpercent\\b|%)(?:[^\\s,;:]|,(?=\\d))*(?:\\s+(?:million|billion|thousand|hundred))?(?:${RATE_NOUN})?|\\b(?:hundred|thousand|million|billion)(?:${RATE_NOUN})?|\\b${COUNT_WORD}(?:\\s+(?:million|billion|thousand|hundred))?${RATE_NOUN})\\s*$`, 'i');
/** A price and a comma just before "a month" still make it a rate: "about $38, a month, a level". */
const PRICE_COMMA = /(?:[$€£]\s?\d[\d,.]*\d(?:\s+(?:million|billion|thousand|hundred))?|\b\d[\d,.]*\s+(?:dollars|euros|pounds|cents|rupees|taka|yuan|yen)),\s*$/i;
/** A price per head just before "a year": "$50 per user a year". */
const PRICE_PER = /(?:[$€£]\s?\d[\d,.]*|\bcents?)\s+(?:per|a|an)\s+(?:user|seat|person|head|share|customer|subscriber|device|license|employee|member|student|ticket)\s*$/i;
/** What follows a rate's "a day": not a step in time ("a day after the vote", "a year ago"). */
const STEP_AFTER = /^[ -](?:after|before|later|earlier|ago|ahead|back|since|of|or|old|long|and a half)\b/i;

/** "It was argued in some quarters", "welcomed in many quarters": places or circles of opinion,
 *  not fiscal quarters (WikiWars 1 to 0; the news sets have no such phrase). */
export const opinionQuarters = (m: RegExpExecArray, text: string): boolean =>
  /^(?:some|many) quarters$/i.test(m[0]) && /\bin $/i.test(text.slice(Math.max(0, m.index - 3), m.index));

/** Whether the line around `at` is a title-case headline ("Talks Last 14 Hours"): most of its
 *  longer words open with a capital. */
function titleCase(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const words = text.slice(from, to < 0 ? text.length : to).match(/\b[A-Za-z]{4,}/g) ?? [];
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length >= 0.6 * words.length;
}

export const durations: Recognizer = {
  name: 'durations',
  // The unit always follows a space or a hyphen: " day" and "-day" wake it, "Friday" and "today" do not.
  cue: ['second', 'minute', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'year', 'decade', 'centur', 'quarter'].flatMap((u) => [` ${u}`, `-${u}`]),
  // `(?=\w)`: a word boundary at a word's end starts no expression, and fails fast there.
  pattern: new RegExp(`\\b(?=[\\w½])${QUANT}${LEAD}((?:half an?|another|${NUM_RE})(?:[ -]and[ -](?:a[ -])?half| 1/2|½)?)(?: (?:to|or|and(?<=\\bbetween \\S+ and)) ${UPPER})?(?: (?:more|additional|extra|trading|business|working|straight|consecutive|successive|previous|preceding|following|remaining|single|full|whole|long|solid|short|hard|bloody|brutal|bitter|grueling|tense|difficult))?[ -](second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie)|quarter)s?(?:[ -]and[ -]a[ -]half)?(?:[ -]long)?\\b(?![ -](?:old|olds)\\b)`, 'gi'),
  extract(m, text) {
    // "another year" adds one year, as "one more year" does (TBAQ "an additional year": P1Y); "another
    // day" is mostly an idiom ("just another day", "live to fight another day").
    if (/^another$/i.test(m[3]!) && /^days?$/i.test(m[4]!)) return null;
    const num = m[3]!.toLowerCase() === 'another' ? 'an' : m[3]!.toLowerCase();
    const half = /(?:and[ -](?:a[ -])?half| 1\/2|½)$/.test(num) || /[ -]and[ -]a[ -]half(?:[ -]long)?$/i.test(m[0]);
    const n = /^half an?$/.test(num) ? 0.5 : numOf(num.replace(/(?:[ -]and[ -](?:a[ -])?half| 1\/2|½)$/, '')) + (half ? 0.5 : 0);
    if (n === 0) return null;
    const unit = unitOf(m[4]!);
    // "a decades-long feud": the article goes with the adjective; the count of decades is unknown.
    const unitEnd = m.index + m[0].toLowerCase().lastIndexOf(m[4]!.toLowerCase()) + m[4]!.length;
    if (/^(?:a|an)$/.test(num) && text[unitEnd] === 's') return null;
    // "a Second Front": a capitalized unit after a lowercase count is part of a name.
    if (/^[A-Z]/.test(m[4]!) && /^[a-z]/.test(m[3]!)) return null;
    // "CBS's "60 Minutes"", "'48 Hours'": a capitalized unit after figures, in a line that is not a
    // title-case headline, names a programme (TBAQ "60 Minutes": no TIMEX3).
    if (/^[A-Z]/.test(m[4]!) && /^\d/.test(m[3]!) && !m[2] && !titleCase(text, m.index)) return null;
    // "three-quarters of its food", "a quarter of the market": a fraction, not a period.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "a month-by-month look", "day-to-day": a manner, no stretch of time.
    if (/^-(?:by|to)-/.test(after)) return null;
    const fraction = num === 'a' || num === 'an' || /-quarters?$/i.test(m[0]);
    if (unit === 'quarter' && fraction && /^,? of (?!(?:the |this |last |next |fiscal )*(?:year|\d{4}|fiscal)\b)/.test(after)) return null;
    if (opinionQuarters(m, text)) return null;
    // "a decrease of about a quarter", "fell by a quarter": a change measured as a share of an amount
    // (WikiWars 1 to 0; no such phrase in TBAQ or MEANTIME).
    if (unit === 'quarter' && fraction && /\b(?:(?:de|in)creases?|drops?|falls?|rises?|declines?|cuts?|reductions?|gains?|losses|(?:fell|rose|dropped|declined|grew|shrank|(?:in|de)creased) by)(?: of)? $/i.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    // "cut costs by a quarter by 2025", "shares fell a quarter to $2bn": a share of an amount.
    if (unit === 'quarter' && fraction && (/\bby $/i.test(text.slice(Math.max(0, m.index - 3), m.index)) || /\b(?:fell|rose|dropped|jumped|slid|plunged|climbed|gained|lost|shed|added|soared|sank|tumbled) $/i.test(text.slice(Math.max(0, m.index - 9), m.index)))) return null;
    // "three quarters of the Axis troops": a count of quarters of a group is a share of it; "the
    // first three quarters of the year" and "two quarters of losses" still count quarters (WikiWars 1 to 0);
    // so does a rounded share ("has lost nearly three quarters of its value").
    if (unit === 'quarter' && !m[2] && / quarters$/i.test(m[0]) && /^ of (?:the|its|their|his|her|our|all|those|these) (?!(?:\w+ )?(?:year|\d{4}|fiscal)\b)/i.test(after)) return null;
    // "a year" after a price is a rate (a SET), and "one day" may open a story ("One day, ...").
    // (Within the sentence: "at age 12. A second vaccine" is no rate.)
    const before = text.slice(Math.max(0, m.index - 40), m.index).split(/[.!?]["')]?\s+(?=["'(]*[A-Z]|$)/).pop()!;
    // "90 miles an hour" is a speed, no recurrence and no stretch of time.
    if ((num === 'a' || num === 'an') && (unit === 'hour' || unit === 'second') && SPEED_BEFORE.test(before.slice(-12))) return null;
    // "The 1990s - a decade of growth": a year or a decade before is no quantity.
    // ("17 hours of music over a week": a preposition makes it the stretch the amount fills.)
    // (Before "after"/"before" it is a step either way: "fell to $8.20, a week after the cut".)
    // ("$50 per user a year", "$10 a seat a month": a price per head, then its period.)
    const rate = (RATE_BEFORE.test(before) || PRICE_COMMA.test(before) || PRICE_PER.test(before)) && !STEP_AFTER.test(after);
    if ((num === 'a' || num === 'an') && rate && !/\b(?:over|within|in|for|during|under)\s$/i.test(before) && !/^(?:over|under|within|less than|more than|nearly|almost|about|around|roughly|just|only)\b/i.test(m[0]) && !DATE_BEFORE.test(text.slice(Math.max(0, m.index - 25), m.index)) && !/\b(?:1\d|20)\d\d'?s?\W*$/.test(before)) {
      return { start: m.index, end: m.index + m[0].length, type: 'SET', value: durationValue(1, unit) };
    }
    // "14 years of age" is an age, which TimeML leaves untagged as it does "14-year-old".
    if (/^ of age\b/i.test(after)) return null;
    // "75 hours of video": a store's capacity, measured in playing time, is no stretch of time
    // (MEANTIME 1 to 0; none elsewhere).
    if ((unit === 'hour' || unit === 'minute') && /^ of (?:video|music|audio|footage|recordings?|playback|programming)\b/i.test(after)) return null;
    // "for a single year" (P1Y, WikiWars 1 to 0); "a single-day decline" is longAdjectives' "single-day".
    if (/ single-\w+$/i.test(m[0])) return null;
    // "the four previous weeks" counts back (P4W, WikiWars 1 to 0); "a previous year", "one
    // following day" name a period rather than measure one.
    if (/^(?:a|an|one)$/.test(num) && / (?:previous|preceding|following|remaining) \w+$/i.test(m[0])) return null;
    // "ten brutal months" counts; "a difficult day" describes a day.
    if (/^(?:a|an|one)$/.test(num) && / (?:short|hard|bloody|brutal|bitter|grueling|tense|difficult) \w+$/i.test(m[0])) return null;
    // "his twenty-second birthday", "the thirty-second president": after an article or a possessive,
    // a hyphenated "-second" is the ordinal ("a thirty-second ad" still measures).
    if (unit === 'second' && /(?:^|\s)(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-second$/i.test(m[0]) && /(?:^|\b(?:the|his|her|its|their|our|my|your|\w+'s)\s)(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-second$/i.test(text.slice(Math.max(0, m.index + m[0].length - 30), m.index + m[0].length))) return null;
    // "A second A380": before a name or a number, "a second" is the ordinal.
    if (unit === 'second' && (num === 'a' || num === 'an') && /^ (?:[A-Z]|\d|or (?:a )?(?:third|fourth|fifth)\b)/.test(after)) return null;
    // "its first flight in January and a second in July": after "and" before a time, the ordinal of
    // a noun left out ("wait a second in the lobby" still measures).
    if (unit === 'second' && (num === 'a' || num === 'an') && /\band\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^ (?:in|on|at|during|last|this|next)\b/i.test(after)) return null;
    // "a day trader", "a second car": a lone singular unit followed by a noun is no duration.
    // (A quantifier makes it a length whatever follows: "stores open at least a year rose".)
    // (Not after a verb of spending time: "will spend a year measuring the gases".)
    if (/^(?:a|an|one)$/.test(num) && !m[1] && !m[2] && m[0][m[0].length - m[4]!.length - 1] === ' ' && AFTER_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
      && !(unit !== 'second' && /\b(?:spend|spends|spent|spending|took|take|takes|taking|waited|devoted|devote)\s$/i.test(before))) return null;
    const mod = m[1] ? MOD[m[1].toLowerCase()] : undefined;
    // "the past several quarters", "the next few quarters": an uncounted run of fiscal quarters is a
    // vague past or future (see vagueDurations).
    const lead = m[2]?.toLowerCase() ?? '';
    if (unit === 'quarter' && n < 0 && /^the (?:past|last|previous|next|coming)$/.test(lead)) {
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: /past|last|previous/.test(lead) ? 'PAST_REF' : 'FUTURE_REF' };
    }
    // An adjective ("the two-week delay") leaves its article out of the span.
    const bareThe = !m[1] && m[2]?.toLowerCase() === 'the' && /-/.test(m[0].slice(4));
    // TimeBank leaves "about" out of the span (the mod keeps it); "nearly", "more than" stay in.
    // "a month-long siege", "a month-and-a-half long campaign": the article goes with the noun the
    // adjective qualifies (WikiWars 3 to 0; no such adjective is tagged in the news sets).
    const bareA = !m[1] && !m[2] && /^an? /i.test(m[0]) && /[ -]long$/i.test(m[0]);
    // "the Hundred Days", "the Seven Years' War": a capitalized count of units is a name, which
    // its article precedes (WikiWars 5 to 0; none in the news sets).
    const named = !m[1] && m[2]?.toLowerCase() === 'the' && /^[A-Z]/.test(m[4]!);
    const skip = bareThe || named ? 4 : bareA ? m[0].indexOf(' ') + 1 : /^about /i.test(m[0]) ? 6 : 0;
    const value = durationValue(n, unit, /and[ -](?:a[ -])?half/i.test(m[0]));
    // "two to six days", "ten or fifteen years", "between 60 and 90 days": each count is an expression
    // of the unit (TBAQ, WikiWars and MEANTIME split them); "the next 12 to 18 months" stays one stretch.
    const numEnd = m.index + m[0].indexOf(m[3]!) + m[3]!.length;
    const range = !m[1] && !m[2] && m[0].length > m[3]!.length + 6 ? RANGE.exec(text.slice(numEnd, m.index + m[0].length)) : null;
    if (range) {
      const upper = numEnd + range[0].length - range[1]!.length - 1;
      return [
        { start: m.index, end: numEnd, type: 'DURATION', value },
        { start: upper, end: m.index + m[0].length, type: 'DURATION', value: durationValue(numOf(range[1]!), unit) },
      ];
    }
    // "a four-week long streak": after a hyphenated count the adjective is complete, and "long"
    // stays out (MEANTIME 1 to 0); "a 3 year long siege" keeps it (WikiWars 2 to 0).
    const long = / long$/i.test(m[0]) && text[unitEnd - m[4]!.length - 1] === '-' ? 5 : 0;
    return { start: m.index + skip, end: m.index + m[0].length - long, type: 'DURATION', value, ...(mod ? { mod } : {}) };
  },
};

/** "day-long", "decades-long", "year-long", "weeklong", "single-day": adjectives of length. */
export const longAdjectives: Recognizer = {
  name: 'long-adjectives',
  // AP style closes them up: "weeklong", "yearlong", "monthslong". "single-day" measures one day,
  // as "one-day" does ("the worst single-day decline": MEANTIME tags it).
  // The unit right before "long", or after "single-": the bare words are in too many lines.
  cue: [
    ...['hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'centurie'].flatMap((u) => ['', 's'].flatMap((s) => ['', '-'].map((h) => `${u}${s}${h}long`))),
    ...['hour', 'day', 'week', 'month', 'year'].map((u) => `single-${u}`),
  ],
  pattern: /\b(hour|day|week|month|year|decade|centur(?:y|ie))(s?)-?long\b|\bsingle-(hour|day|week|month|year)\b/gi,
  extract(m) {
    // MEANTIME types "the worst single-day decline" as the day it ranks (DATE P1D, 2 to 0).
    if (m[3]) return { start: m.index, end: m.index + m[0].length, type: m[3].toLowerCase() === 'day' ? 'DATE' : 'DURATION', value: durationValue(1, unitOf(m[3])) };
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(m[2] ? -1 : 1, unitOf(m[1]!)) };
  },
};

/** "a half-century", "a quarter-century", "a quarter of a century", "a half-hour show", "a
 *  quarter-hour": fractions of a unit, written as "half a century" is (P0.5CE, PT30M). */
export const unitFractions: Recognizer = {
  name: 'unit-fractions',
  // The fraction, its joint and the unit: "half" and "quarter" alone are in too many lines.
  cue: ['half', 'quarter'].flatMap((f) => ['-', ' ', ' of a ', ' of an '].flatMap((j) => ['hour', 'day', 'week', 'month', 'year', 'decade', 'century'].map((u) => `${f}${j}${u}`))),
  // `(?=\w)` fails fast at a word's end (measured: a quarter faster on TBAQ).
  // "the past half-century", "the last quarter century": a lead stays in, as in "the past two decades".
  pattern: /\b(?=\w)(?:(an?|the(?: (?:past|last|next|previous|coming|first))?) )?(half|quarter)(?:[- ]| of an? )(hour|day|week|month|year|decade|century)\b(?!['-])/gi,
  extract(m) {
    const start = m[1]?.toLowerCase() === 'the' ? m.index + 4 : m.index;
    return { start, end: m.index + m[0].length, type: 'DURATION', value: durationValue(m[2]!.toLowerCase() === 'half' ? 0.5 : 0.25, unitOf(m[3]!)) };
  },
};

/** "an annual profit", "its first annual loss": the result of a year's trading, which the
 *  adjective measures (MEANTIME: DURATION P1Y). "annual sales", "the annual meeting" stay
 *  untagged, as TimeBank leaves them. */
export const annualResults: Recognizer = {
  name: 'annual-results',
  cue: ['annual'],
  pattern: /\bannual(?= (?:net )?(?:profit|loss)(?:es|s)?\b)/gi,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: 'P1Y' };
  },
};
