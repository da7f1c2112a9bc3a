// Calendar periods named relative to the document date: "last week" (2021-W21), "this month",
// "next year", "earlier this year", "two years ago", "a week or so ago", "three days later".
import { MONTH_RE, NUM_RE, numOf } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { dayOrUnknown, isoWeekMonday, year, type Day } from '../day-math';
import { quartersBack, quarterValue, shift, unitWord, type Unit } from '../shift';
import { sentenceTense } from '../tense';
import type { TimexMod } from '../types';

/** How precise a reference an anaphoric period needs. */
const grainOf = (u: Unit): Day['gran'] => (u === 'day' || u === 'week' ? 'day' : u === 'month' ? 'month' : 'year');

const DIR: Readonly<Record<string, number>> = { last: -1, 'this past': -1, past: -1, previous: -1, latest: -1, this: 0, current: 0, next: 1, coming: 1, following: 1 };
const EDGE: Readonly<Record<string, TimexMod>> = { early: 'START', earlier: 'START', late: 'END', later: 'END', mid: 'MID' };

/** "the year before", "the week after": one unit from the last date the text named. "Than the
 *  year previous", "the month prior" put the adverb after the unit too (MEANTIME). */
export const unitBeforeAfter: Recognizer = {
  name: 'unit-before-after',
  cue: ['week before', 'month before', 'year before', 'week after', 'month after', 'year after', 'previous', 'prior'],
  // "the year prior to the war" is another expression: "prior" only where it ends the phrase.
  pattern: /\bthe (week|month|year) (before|after|previous|prior(?! to\b))\b/gi,
  extract(m) {
    const u = unitWord(m[1]!)!;
    const n = m[2]!.toLowerCase() === 'after' ? 1 : -1;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', grain: grainOf(u), value: (ref) => shift(ref, u, n) };
  },
};

/** One whole unit as a stretch of time: "the past decade" P10Y, "the coming month" P1M. */
const oneStretch = (u: Unit): string => `P${u === 'decade' ? '10Y' : u === 'century' ? '100Y' : `1${u[0]!.toUpperCase()}`}`;

export const namedPeriods: Recognizer = {
  name: 'named-periods',
  cue: ['week', 'month', 'year', 'decade', 'century'],
  // "sales in the latest fiscal year": the last one closed, as an annual report gives it (TBAQ 1 of 1).
  pattern: /\b(?:(early|earlier|late|later|mid)[- ])?(last|this past|this|next|that|the last|the next|the past|the previous|the coming|the current|the following|the same|the latest(?= fiscal year\b)) (?:fiscal )?(week|weekend|month|year|decade|century)\b(?!s)(?:'s)?/gi,
  extract(m, text) {
    // ABC's "This Week", a column called "This Week": a capitalized unit after a capitalized word is a title.
    if (/^[A-Z][a-z]/.test(m[3]!) && /^[A-Z]/.test(m[2]!.split(' ').pop()!)) return null;
    const rel = m[2]!.toLowerCase().replace(/^the /, '');
    const unit = m[3]!.toLowerCase();
    // "the last decade" takes its article; "the last week of August" is another expression, whose
    // "last week" alone is what we can say.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    if (/^(?:the )?last$/i.test(m[2]!) && new RegExp(`^ of ${MONTH_RE}`).test(after)) return null; // the month says it
    // "the last decade of his life": a stretch at the end of a life or a career, not the calendar
    // decade before the report.
    if (/^the last$/i.test(m[2]!) && !m[1] && unit !== 'weekend' && /^ of (?:his|her|their|its|my|our|your|the) (?:\w+ )?(?:life|lives|career|reign|rule|presidency|tenure|premiership|papacy|marriage)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: oneStretch(unitWord(unit)!) };
    }
    // "a profit for the last year of $2.7 billion": an amount after "of" leaves the year whole.
    const cut = /^the (?:last|next)$/i.test(m[2]!) && /^ of\b(?! (?:US ?|C)?\$| \d)/.test(after) ? 4 : 0;
    // "In 2010 sales fell. The next year they doubled": in a clause told in the past, "the next
    // year" follows the year the text named, as "the following year" does (WikiWars 5 of 6); "likely
    // within the next month" measures from the report, whatever the reporting verb's tense.
    const anaphoric = rel === 'following' || rel === 'previous' || rel === 'same' || rel === 'that'
      || (rel === 'next' && /^the/i.test(m[2]!) && !/\b(?:within|over|during|in|for)\s$/i.test(text.slice(Math.max(0, m.index - 7), m.index))
        && sentenceTense(text, m.index, m.index + m[0].length) === 'past');
    const n = rel === 'same' || rel === 'that' ? 0 : DIR[rel] ?? 0;
    // "the past decade" and "the coming month" are stretches of time, not calendar periods; "the
    // past year" (or week, month) is, as TimeBank annotates it, the last one.
    // "for the next decade": "for" measures the stretch (TimeML: a duration).
    // "over the next decade" said in 2013 is 2013-2023, not the 2020s: a coming decade or century is a
    // stretch, unless an edge of it is named ("the early part of the next decade" is the calendar one).
    const measured = rel === 'next' && !m[1] && (/\bfor $/i.test(text.slice(Math.max(0, m.index - 4), m.index))
      || ((unit === 'decade' || unit === 'century') && !/\b(?:of|by|until|sometime in|early in|late in)\s$/i.test(text.slice(Math.max(0, m.index - 13), m.index))));
    if (((rel === 'past' && (unit === 'decade' || unit === 'century')) || rel === 'coming' || measured) && m[2]!.toLowerCase().startsWith('the')) {
      const u = unit === 'weekend' ? null : unitWord(unit);
      if (!u) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: oneStretch(u) };
    }
    const edge = m[1] ? EDGE[m[1].toLowerCase()] : undefined;
    const end = m.index + m[0].length - (m[0].endsWith("'s") ? 2 : 0);
    const u = unit === 'weekend' ? 'week' : unitWord(unit)!;
    return {
      start: m.index + cut, end, type: 'DATE', relative: anaphoric ? 'anaphoric' : 'deictic', grain: grainOf(u),
      ...(edge && !(m[1]!.toLowerCase() === 'earlier' || m[1]!.toLowerCase() === 'later') ? { mod: edge } : {}),
      value: (ref, last) => {
        // "fell last week ... from the previous week": the week before the week just named.
        const week = u === 'week' && (rel === 'previous' || rel === 'following') ? /^(\d{4})-W(\d\d)$/.exec(last ?? '') : null;
        const v = shift(week ? isoWeekMonday(+week[1]!, +week[2]!) : ref, u, n);
        return unit === 'weekend' && /-W[\dX]{2}$/.test(v) ? `${v}-WE` : v;
      },
    };
  },
};

// `(?=\w)` fails fast at a word's end, where no count starts.
const AGO = new RegExp(`\\b(?=\\w)(?:(about|around|some|nearly|almost|roughly|approximately|more than|over|less than) )?(?:(half an?|${NUM_RE})(?: (?:or|to) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty))?(?:[- ]and[- ]a[- ]half)?[- ])?(day|week|month|year|decade|centur(?:y|ie)|hour|minute)(s?)(?: and a half)?(?: or so)? (ago|earlier|later|hence|from now|previously|back(?=[.,;:)])|prior(?=[.,;:)])|on(?=,)|before(?=[.,;:)]))\\b`, 'gi');
const AGO_MOD: Readonly<Record<string, TimexMod>> = { about: 'APPROX', around: 'APPROX', some: 'APPROX', nearly: 'APPROX', almost: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', 'more than': 'MORE_THAN', over: 'MORE_THAN', 'less than': 'LESS_THAN' };

/** A month named earlier in the clause ("in December from "). */
const MONTH_IN_CLAUSE = new RegExp(`\\b${MONTH_RE}\\b(?![^.;]*\\b(?:now|is|are|has|have)\\b)[^.;]{0,60}$`);

/** The year `y` as written just before `at` for "a year earlier" to count from: in a comparison
 *  ("fell 12 percent in 2012 from a year earlier") only "in" that year within the clause; in a
 *  story ("They married in 1968. A year earlier, ...") within a sentence or two; never a year a
 *  stretch starts from ("highest since 2009, up 10 percent from a year earlier": the present's). */
function writtenYear(text: string, at: number, y: string): number | null {
  const seen = text.lastIndexOf(y, at);
  if (seen < 0) return null;
  const before = text.slice(Math.max(0, seen - 16), seen);
  if (/\b(?:since|founded in|established in|from|until|through)\s+$/i.test(before)) return null;
  const comparison = /\b(?:from|than|over|compared (?:with|to)|versus|vs\.?)\s+$/i.test(text.slice(Math.max(0, at - 16), at));
  if (comparison ? at - seen > 60 || !/\bin\s+$/i.test(before) : at - seen > 200) return null;
  return Number(y);
}

export const unitsAgo: Recognizer = {
  name: 'units-ago',
  // "Two years before, ...", "five years previously": the clause's end leaves no event to count from.
  cue: ['ago', 'earlier', 'later', 'hence', 'from now', 'previously', ...['before', 'back', 'prior'].flatMap((w) => ['.', ',', ';', ':', ')'].map((p) => `${w}${p}`)), ' on,'],
  pattern: AGO,
  extract(m, text) {
    // "Days later", "months earlier": a bare plural counts an unknown number of units; a bare
    // singular ("the day later") or one after an article or adjective is another expression.
    if (!m[2] && (!m[4] || /\b(?:the|a|an|his|her|its|their|more|few|of)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index)))) return null;
    // "half a century ago", "two and a half years ago", "a year and a half ago": a half counts too.
    // "about" stays outside the span (TBAQ); so does the particle of "took over 10 months ago".
    // (Only an active verb before a written count: "was signed over six months ago", "took over a
    // year ago" keep "over" as "more than".)
    const phrasal = m[1]?.toLowerCase() === 'over' && !!m[2] && !/^an?$/i.test(m[2]) && /\b(?:took|take|takes|taking|handed|hands?|turned|turns?)\s$/i.test(text.slice(Math.max(0, m.index - 9), m.index)) && !/\b(?:was|were|been|be|is|are)\s+\w+\s$/i.test(text.slice(Math.max(0, m.index - 20), m.index));
    const lead = m[1]?.toLowerCase() === 'about' ? 6 : phrasal ? 5 : 0;
    const half = /^half/i.test(m[2] ?? '') ? 0.5 : /and[- ]a[- ]half/i.test(m[0]) ? 0.5 : 0;
    const k = /^half/i.test(m[2] ?? '') ? 0 : m[2] ? numOf(m[2]) : -1;
    // "2021 centuries ago" is a year before a word, not a count; "50,000 years ago", written with
    // its thousands comma, is a count: a far past (PAST_REF, as "4.5 billion years ago" is).
    if (k > 999 && !/,/.test(m[2] ?? '')) return null;
    if (k > 999 && m[5]!.toLowerCase() === 'ago') return { start: m.index + lead, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF' };
    if (k > 999) return null;
    const word = m[5]!.toLowerCase();
    // "66 million years ago", "4.5 billion years ago": a geological past (PAST_REF), the count in the span.
    const eons = !m[2] && m[3]!.toLowerCase() === 'year' && word === 'ago' ? /(?:\b\d+(?:\.\d+)?|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|hundreds of|tens of)) (?:million|billion) $/i.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
    if (eons) return { start: m.index - eons[0].length, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF' };
    // "a few years back" is "ago"; "two years prior" is "before"; "A decade on," is "later".
    if (word === 'on' && !/(?:^|[.!?]\s+|\n)["'“]?$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    const sign = word === 'ago' || word === 'earlier' || word === 'previously' || word === 'before' || word === 'back' || word === 'prior' ? -1 : 1;
    // "End two years later" counts from the time the text last named ("in 2011"), as TimeML anchors
    // it; "three days later than planned" compares with a plan, and "a year earlier" in news
    // compares with the present (TBAQ's "from a year earlier"), so both stay with the document date.
    // "A day earlier" or "a week earlier" after "resigned on March 12" counts back from that day too;
    // only years and longer keep the document date.
    // "In 2008 ... Four years earlier", "in 2011 from 24 percent a decade earlier": a count of years
    // beyond one counts back from the year named too; "a year earlier" stays the financial
    // comparison with the present.
    // "posted 3 hours ago": a point on the report's day (its clock is not given), "ago" in the span as
    // every dev-set "ago" is.
    if (/^(?:hour|minute)$/i.test(m[3]!)) {
      if (word !== 'ago') return null;
      return { start: m.index + lead, end: m.index + m[0].length, type: 'DATE', relative: 'deictic', value: (ref) => dayOrUnknown(ref) };
    }
    const counted = unitWord(m[3]!);
    const after = (word === 'later' || word === 'on' || word === 'prior' || (word === 'earlier' && (counted !== 'year' || k >= 2)))
      && !/^ than\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5));
    // The clause's tense, for a "later" with no date of the story to count from (read once, here).
    const clause = after && word === 'later' ? sentenceTense(text, m.index, m.index + m[0].length) : null;
    let u = unitWord(m[3]!)!;
    let n = k + half;
    if (u === 'decade') { u = 'year'; n = 10 * (k + half); }
    if (u === 'century') { u = 'year'; n = 100 * (k + half); }
    // Half a year is counted in months; a half of a shorter unit is left to the duration it names.
    if (half && u === 'year' && !Number.isInteger(n)) { u = 'month'; n *= 12; }
    if (half && !Number.isInteger(n)) return null;
    if (u === 'year' && n > 5000) return null;
    const mod = m[1] && !phrasal ? AGO_MOD[m[1].toLowerCase()] : undefined;
    const vague = k < 0 || !Number.isInteger(n);
    // A year before a quarter under discussion is that quarter of the year before (TimeML anchoring).
    const quarterly = u === 'year' && n === 1 && sign < 0;
    return {
      start: m.index + lead, end: m.index + m[0].length, type: 'DATE',
      ...(after ? { relative: 'anaphoric' as const, grain: u === 'year' || u === 'month' ? u : 'day' as const } : { relative: 'deictic' as const }),
      ...(mod ? { mod } : {}),
      value: (ref, last, narrative) => {
        // "A decade on," with no date of the story before it: the present the report looks back from.
        if (word === 'on' && !narrative) return 'PRESENT_REF';
        // "Iraq: 10 years later", "Ten years later, we are still counting bodies": with no date of the
        // story to count from, a "later" not told in the future is no future date: the present when
        // the clause is in the present (as "A decade on,"), else a vague past.
        // (With no verb the tense check knows, "Iraq: 10 years later" is the present, "A week later, he quit" the past.)
        if (after && word === 'later' && !narrative && ref && clause !== 'future') return clause === 'present' || (clause === null && u === 'year') ? 'PRESENT_REF' : 'PAST_REF';
        // A bare plural of days or months keeps its unit ("days later": XXXX-XX-XX, "Months earlier":
        // XXXX-XX, as WikiWars writes them); weeks and years stay a vague past or future there.
        if (!m[2] && (u === 'day' || u === 'month')) return shift(null, u, 0);
        if (vague) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
        // The quarter a year before the one under discussion: "the fourth quarter [2012] ... from a
        // year ago" told in January 2013 is 2011-Q4 (TBAQ: 1988-Q3 for 1989-Q3, 29 times).
        // A quarter already more than a year back is itself the comparison ("from a year ago ...
        // compared with C$307.2 a year earlier"): the comparison stays there rather than drifting.
        // "They married in 1968. A year earlier, he had been drafted": after a past year written just
        // before, the count is the story's, not a comparison with the present (a year the text only
        // reckoned, "the previous year", is too loose to count from).
        const told = quarterly && ref && word !== 'ago' && word !== 'back' && last && /^\d{4}$/.test(last) ? writtenYear(text, m.index, last) : null;
        if (told !== null && ref && told <= ref.y - 1) return year(told - 1);
        // "rose 1.8 percent in December from a year earlier", told in January: the year before the
        // month's own (as TBAQ writes a year earlier than a month: the year alone).
        const month = quarterly && ref && word !== 'ago' && last ? /^(\d{4})-\d\d$/.exec(last) : null;
        if (month && ref && Number(month[1]) < ref.y && MONTH_IN_CLAUSE.test(text.slice(Math.max(0, m.index - 80), m.index))) return year(Number(month[1]) - 1);
        const q = quarterly ? quarterValue(last) : null;
        if (!q || !ref) return shift(ref, u, sign * n);
        return quartersBack(ref, q.y, q.q) > 4 ? last! : `${year(q.y - 1)}-Q${q.q}`;
      },
    };
  },
};
