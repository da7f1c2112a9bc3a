// Months without a day: "January 1998" (1998-01), "last November", "early December", and a bare
// "August", placed by tense: in a March 2013 article "August" reported in the past is 2012-08.
// "May" and "March" also are a modal and a verb: bare, they need a temporal preposition before them.
import { daysInMonth, fmtDay, fmtMonth, fmtWeek, weekday, type Day } from '../day-math';
import { MONTH_CUES, MONTH_RE, monthOf, WEEKDAYS } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { entryTense, sentenceTense, type Tense } from '../tense';
import type { TimexMod } from '../types';

/** A month's edge word and its TIMEX3 mod ("early June", "mid-August"). */
export const EDGE: Readonly<Record<string, TimexMod>> = { early: 'START', mid: 'MID', late: 'END', middle: 'MID', end: 'END', beginning: 'START' };
const PREP = /\b(?:in|into|since|until|till|by|before|after|during|through|from|to|of|for|and|or|between|last|next|this|early|late|mid|since|around|throughout|till|until|end of|beginning of|middle of|as (?:early|late|soon) as|at (?:least|most|the earliest|the latest)|no (?:later|earlier) than)[\s-]+$/i;

/** After a month, its figures: "March sales", "May's consumer prices", "August jobs report",
 *  "February housing starts" (words that are verbs too, "starts", "orders", "claims", "jobs", only
 *  after their own noun: "production will begin in September" or "in October starts Monday" are no
 *  figures). A modifier is a word, not "and", "the" or "when". */
const FIGURES = /^(?:'s)? (?:(?!(?:and|or|the|a|an|when|while|will|would|to|of|in|on|at|as|is|are|was|were|has|have|had|all|every|each)\b)[a-z]+ )?(?:sales|data|figures|numbers|statistics|payrolls|deliveries|inflation|unemployment|exports|imports|output|prices|permits)\b|^(?:'s)? (?:housing|home|factory|durable-goods|durable goods|jobless|consumer|personal|industrial|manufacturing|retail|construction|nonfarm|payroll) (?:starts|orders|claims|jobs|spending|income|production)\b|^(?:'s)? jobs (?:report|data|numbers|figures)\b|^'s (?:starts|orders|claims|jobs|spending|income|production)\b/;

/** Before "that <month>", these make "that" a determiner ("in that November"). */
const THAT_AFTER = /\b(?:in|by|during|until|till|through|since|from|for|of|after|before|later|earlier|early|late)\s+$/i;

/** "April-June", "the January-March quarter": the second month of a hyphenated range is one too. */
const RANGE_BEFORE = new RegExp(`\\b(?:${MONTH_RE})[-\u2013]$`);

function place(ref: Day, mo: number, tense: Tense | 'last' | 'next' | 'this' | 'nearest'): number {
  if (tense === 'nearest') return mo - ref.m > 3 ? ref.y - 1 : ref.m - mo > 8 ? ref.y + 1 : ref.y;
  if (tense === 'this') return ref.y;
  if (tense === 'last') return mo < ref.m ? ref.y : ref.y - 1;
  if (tense === 'next') return mo > ref.m ? ref.y : ref.y + 1;
  if (tense === 'future') return mo >= ref.m ? ref.y : ref.y + 1;
  // "is"/"has" say little about a month ("prices have come down from October"): the nearest one.
  if (tense === 'present') return place(ref, mo, 'nearest');
  return mo <= ref.m ? ref.y : ref.y - 1;
}

/** After a month, what makes it a futures contract's: "August delivery", "December corn". */
const CONTRACT = /^ (?:(?:corn|wheat|soybeans?|soymeal|oats|gold|silver|platinum|palladium|copper|crude|natural gas|heating oil|gasoline|cotton|coffee|sugar|cocoa|live cattle|feeder cattle|lean hogs|hogs|lumber) (?:futures|contracts?|rose|fell|gained|lost|climbed|slipped|settled|closed|ended|added|dropped|jumped|traded|finished|was|were|is)|futures|contracts? (?:rose|fell|gained|lost|climbed|slipped|settled|closed|ended|added|dropped|jumped|traded|finished|expires?))\b/i;

export const bareMonths: Recognizer = {
  name: 'bare-months',
  cue: MONTH_CUES,
  // A possessive month is one ("December's figures"); other apostrophes and hyphens continue a word,
  // except a hyphen to another month ("April-June").
  // The closing look-ahead reads " of next year" without taking it; it stands outside the optional
  // group because JavaScript drops an empty match of an optional group, captures and all.
  pattern: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his(?: past)?|[Tt]hat(?: same)?|[Ee]arly|[Ll]ate|[Mm]id|[Mm]iddle)[- ])?(${MONTH_RE})(?!\\w|-(?!(?:${MONTH_RE})\\b)|'(?!s\\b)|\\.? \\d{1,2}(?:st|nd|rd|th)?\\b)(?:(?: of|,)? (\\d{4})(?!\\d|,\\d)| (this|last|next) year\\b| of (that|the same) year\\b|(?: of|,)? (\\d{1,4}) ?(?:BC|B\\.C\\.|BCE)(?!\\w))?(?=(?: of (this|last|next) year\\b)?)`, 'g'),
  extract(m, text) {
    // "That November", "in that same May": the month of the year last named, as "that year" is.
    // A lowercase "that" not after a preposition joins a clause ("said that March sales rose"):
    // the month alone is the expression.
    // "fell that September.", "retired that August after 35 years": closing the clause or before a
    // preposition, the month has no verb of its own to take "that" as a conjunction.
    const that = /^that/i.test(m[1] ?? '') ? /^T/.test(m[1]!) || THAT_AFTER.test(text.slice(Math.max(0, m.index - 10), m.index)) || /^(?:[.;:!?)]| (?:after|before|when|until|at|for|during)\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) : null;
    const rel = that === false ? '' : (m[1] ?? '').toLowerCase();
    const name = m[2]!;
    const mo = monthOf(name);
    if (!mo) return null;
    const start = that === false ? m.index + m[1]!.length + 1 : m.index;
    const end = m.index + m[0].length;
    const mod = EDGE[rel];
    const before = text.slice(Math.max(0, start - 14), start);
    // "the previous April", "the following May": the month before or after the one under discussion
    // (read from the text before, which keeps the pattern's prefix cheap).
    const counted = !rel && !m[3] && !m[4] ? /\b[Tt]he (previous|preceding|following|next) $/.exec(text.slice(Math.max(0, start - 16), start)) : null;
    // Modal "may", verb "march", names ("May Day", "Jan Smith"): a bare one needs a preposition.
    // After an article, a month that modifies a noun is one ("the March accession", "a May vote").
    const modifier = /^(?:March|May)$/.test(name) && /\b(?:the|a|an|its|their)\s+$/i.test(before) && /^ (?!(?:of|on|to|and|or|for|in|at|by|be)\b)[a-z]/.test(text.slice(end, end + 8));
    // "March sales rose", "May figures": a month before its figures is one.
    // (Not after a first name: "Theresa May figures prominently".)
    const labels = FIGURES.test(text.slice(end, end + 36));
    const ofFigures = labels && !/\b[A-Z][a-z]+ $/.test(before);
    // "March Madness" is a tournament; "for May" can be for a person, unless figures are for it.
    if (/^March$/.test(name) && /^ Madness\b/.test(text.slice(end, end + 9))) return null;
    const forPerson = name === 'May' && /\bfor $/.test(before) && !/\b(?:sales|data|figures|numbers|forecasts?|estimates?|report|outlook|payrolls|plans?|planned|slated|targeted|postponed|delayed|moved|rescheduled|scheduled|set|due|expected)\s+for $/i.test(text.slice(Math.max(0, start - 24), start));
    // "March was the driest on record", "It's May.": the month as the subject or the time itself
    // ("May" only before a verb a person rarely takes: "May has said" is Theresa May).
    const subject = (/(?:^|[.!?]["')]?\s+|\n)$/.test(text.slice(Math.max(0, start - 3), start)) && (name === 'May' ? /^ (?:was (?!(?:[a-z]+ed|[a-z]+en|named|chosen|elected|appointed|made|given|told|seen|sworn)\b)|brought|saw|marked|ended|began|proved)\b/ : /^ (?:was|is|has|had|brought|saw|marked|ended|began|will|also|proved)\b/).test(text.slice(end, end + 24)))
      || (/\bIt(?:'s|’s| is| was) $/.test(before) && /^[.,!;]/.test(text.slice(end, end + 1)))
      // A chronology's heading or entry: "May — A new video appears", "March" alone on its line.
      || (/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 4), start)) && /^[ \t]*(?:[:–—]|-\s|\r?\n|$)/.test(text.slice(end, end + 3)));
    // "Gold for August delivery", "December corn", "the July contract": a futures contract's month,
    // which is this month or one to come (a contract past its month no longer trades).
    // (Not a month after a preposition: "In January gold rose 3 percent" is the month's move.)
    const contract = !m[3] && !rel && ((/\bfor\s$/i.test(before) && /^ delivery\b/i.test(text.slice(end, end + 10)))
      || (CONTRACT.test(text.slice(end, end + 40)) && !/\b(?:in|since|by|during|through|until|till|from|after|before|for|of)\s$/i.test(before)));
    const base = { start, end, type: 'DATE' as const, ...(mod ? { mod } : {}) };
    if (contract) return { ...base, relative: 'deictic', yearless: true, value: (ref) => (ref ? fmtMonth(place(ref, mo, 'future'), mo) : `XXXX-${String(mo).padStart(2, '0')}`) };
    if (!m[3] && !rel && !counted && !modifier && !ofFigures && !subject && (/^(May|March|Jan|Mar|Jun|Jul|Aug|Dec)\.?$/.test(name) || /^Sept?\.?$/.test(name)) && (forPerson || (!PREP.test(before) && !RANGE_BEFORE.test(before)))) return null;
    if (/\b(?:early|late|mid)[- ]$/i.test(before) && !rel) return null;
    // "Jan Kavan": an undotted abbreviation before a capitalized word is a name.
    if (!m[3] && /^[A-Z][a-z]{2}$/.test(name) && name.length < 4 && /^ [A-Z][a-z]/.test(text.slice(end, end + 3)) && !/^(?:May)$/.test(name)) return null;
    if (m[3]) return { ...base, value: fmtMonth(+m[3], mo) };
    if (m[6]) return { ...base, value: fmtMonth(1 - +m[6], mo) }; // "April 480 BC"

    // "January this year", "June last year": the year is said outright, relative to the document's.
    // "October of next year": MEANTIME tags the month and "next year" apart, the month in that year.
    const said = m[4] ?? m[7];
    const yearShift = said ? ({ this: 0, last: -1, next: 1 } as const)[said as 'this' | 'last' | 'next'] : null;
    if (yearShift !== null) return { ...base, relative: 'deictic', value: (ref) => (ref ? fmtMonth(ref.y + yearShift, mo) : `XXXX-${String(mo).padStart(2, '0')}`) };
    // "August of that year": the month in the year the text is about.
    if (m[5] || that) return { ...base, relative: 'anaphoric', grain: 'year', value: (ref) => (ref ? fmtMonth(ref.y, mo) : `XXXX-${String(mo).padStart(2, '0')}`) };
    if (counted) {
      const way = /^p/.test(counted[1]!) ? 'last' : 'next';
      return { ...base, start: start - counted[0].length, relative: 'anaphoric', grain: 'month', value: (ref) => (ref ? fmtMonth(place(ref, mo, way), mo) : `XXXX-${String(mo).padStart(2, '0')}`) };
    }
    // "the worst spill since 1979, when the Ixtoc I well blew out in June": a month in a "when"
    // clause hung on a year is in that year.
    const whenYear = !rel ? /\b((?:1[5-9]|20)\d\d), when\b[^.;!?]*$/.exec(text.slice(Math.max(0, start - 90), start)) : null;
    if (whenYear) return { ...base, value: fmtMonth(+whenYear[1]!, mo) };
    // "an announcement Friday of August unemployment data", "reported their January sales", "Figures
    // for December are due on Friday", "the report for March" (but "will publish a report in April"
    // is the publication's month): a month's
    // figures are counted once it has begun, so the month is past or current whatever the clause's tense.
    // (After a preposition the month is the clause's time, not the figures' label: "In May prices will rise".)
    const figures = !rel && ((labels && !/\b(?:in|by|from|since|until|till|through|during|before|after)\s+$/i.test(before))
      || (/\b(?:(?:sales|data|figures|numbers|statistics|payrolls|deliveries|inflation) (?:for|from|in|on)|report (?:for|on)) $/i.test(text.slice(Math.max(0, start - 24), start))
        // ("will release figures in October": the month of the release, not of the figures.)
        && !/\b(?:release|publish|issue|update|unveil|post)(?:s|d|ed|ing)?\s+(?:[\w-]+\s+){0,3}[a-z]+ in $/i.test(text.slice(Math.max(0, start - 50), start))));
    // "this past November" is the last one (TimeBank keeps "this past" inside: "this past spring").
    const tense = rel === 'this past' ? 'last' : rel === 'last' || rel === 'next' || rel === 'this' ? rel : figures ? 'past' : entryTense(text, start, end, sentenceTense(text, start, end)) ?? 'nearest';
    return { ...base, relative: 'deictic', yearless: true, value: (ref, _last, narrative) => (ref ? fmtMonth(ref.gran === 'year' ? ref.y : (narrative ? ref.y : place(ref, mo, tense)), mo) : `XXXX-${String(mo).padStart(2, '0')}`) };
  },
};

const NTH: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** The ISO week of "the first/second/last week of" a month: its full weeks, Monday to Sunday,
 *  counted from either end ("the last week of March 2009" is 2009-W13, March 23-29). */
export function weekOfMonth(y: number, mo: number, nth: number): string {
  if (nth > 0) {
    const firstMonday = 1 + ((8 - weekday({ y, m: mo, d: 1, gran: 'day' })) % 7);
    return fmtWeek({ y, m: mo, d: firstMonday + 7 * (nth - 1), gran: 'day' });
  }
  const last = daysInMonth(y, mo);
  const lastSunday = last - (weekday({ y, m: mo, d: last, gran: 'day' }) % 7);
  return fmtWeek({ y, m: mo, d: lastSunday - 6, gran: 'day' });
}

/** The day of "the first Monday in October", "the last Friday of May 2014" (null: no fifth one). */
export function weekdayOfMonth(y: number, mo: number, nth: number, wd: number): string | null {
  const last = daysInMonth(y, mo);
  const d = nth > 0
    ? 1 + ((wd - weekday({ y, m: mo, d: 1, gran: 'day' }) + 7) % 7) + 7 * (nth - 1)
    : last - ((weekday({ y, m: mo, d: last, gran: 'day' }) - wd + 7) % 7);
  return d > last ? null : fmtDay({ y, m: mo, d, gran: 'day' });
}

/** "the last week of March", "the first week of August 1914", "the first Monday in October": a week
 *  or a weekday of a month, whose year comes as a bare month's would (said outright, or by tense
 *  from the reference). A court's term or a deadline set this way is one day, not a weekday and a month. */
export const monthWeeks: Recognizer = {
  name: 'month-weeks',
  // (The weekday's own name with its preposition: a bare "day in" is in every other line.)
  cue: ['week of', 'week in', ...Object.keys(WEEKDAYS).flatMap((d) => [`${d} of`, `${d} in`])],
  pattern: new RegExp(`\\b[Tt]he (first|second|third|fourth|last|final) (week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:of|in) (${MONTH_RE})(?:,? (\\d{4})\\b)?`, 'g'),
  extract(m, text) {
    const mo = monthOf(m[3]!);
    if (!mo) return null;
    const nth = NTH[m[1]!]!;
    const wd = WEEKDAYS[m[2]!.toLowerCase()] ?? 0;
    const of = (y: number): string => (wd ? weekdayOfMonth(y, mo, nth, wd) ?? `${fmtMonth(y, mo)}-XX` : weekOfMonth(y, mo, nth));
    const unknown = wd ? `XXXX-${String(mo).padStart(2, '0')}-XX` : 'XXXX-WXX';
    const base = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const };
    if (m[4]) return { ...base, value: of(+m[4]) };
    const tense = sentenceTense(text, m.index, base.end) ?? 'nearest';
    return { ...base, relative: 'deictic', value: (ref, _last, narrative) => (ref ? of(ref.gran === 'year' || narrative ? ref.y : place(ref, mo, tense)) : unknown) };
  },
};
