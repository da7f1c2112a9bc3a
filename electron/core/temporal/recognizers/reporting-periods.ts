// Financial reporting periods named against the quarter under discussion, as earnings reports
// write them (TimeBank values them as that quarter): "the year-ago quarter", "the comparable
// year-earlier period", "the year-ago third quarter", "year-earlier profit" (adjective alone),
// "the quarter a year ago", "last year's quarter", "the 1988 period", "the latest period".
// With no quarter under discussion they fall back to the year.
import { addDays, addMonths, fmtWeek, isoWeekMonday, weekday, year, type Day } from '../day-math';
import type { Recognizer } from '../recognizer';
import { shift } from '../shift';
import { tenseAt } from '../tense';

const ORD: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

/** The quarter number of the last DATE mentioned, when it was a quarter ("1989-Q3" -> 3). */
const quarterOf = (last: string | null): number | null => {
  const m = last ? /^\d{4}-Q([1-4])$/.exec(last) : null;
  return m ? +m[1]! : null;
};

/** "the year-ago quarter", "year-earlier", "the quarter a year ago", "last year's quarter". */
export const yearAgoPeriods: Recognizer = {
  name: 'year-ago-periods',
  cue: ['year-ago', 'year-earlier', 'year ago', 'year earlier', "year's", 'last year', 'prior-year'],
  pattern: /\b(?:(?:the )?(?:(?:comparable|corresponding|same) )?(?:year-(?:ago|earlier)|prior-year(?= (?:quarter|period)\b))(?: (first|second|third|fourth)[- ]quarter| (?:quarter|period)\b(?!s))?|the (?:(?:comparable|corresponding|same) )?(?:quarter|period|(?<=(?:comparable|corresponding|same) )(?:month|weekend|week)) (?:a year (?:ago|earlier|before)|last year)|last year's (?:quarter|period))\b/gi,
  extract(m) {
    // "the same month a year ago", "the same period last year" after "in February": sales reports
    // compare a month with that month a year before (MEANTIME), as they do a quarter.
    const month = /^the (?:comparable |corresponding |same )?(?:month|period) /i.test(m[0]);
    // A bare adjective ("year-earlier profit") leaves its article out.
    const bare = /^the year-(?:ago|earlier)$/i.test(m[0]);
    const start = m.index + (bare ? 4 : 0);
    const named = m[1] ? ORD[m[1].toLowerCase()]! : null;
    const quarter = /quarter$/i.test(m[0]);
    // "down 20 percent from the same weekend last year" (box office): that week-end a year before,
    // the one under discussion when the text named one, else the last one gone by.
    const weekend = /^the \w+ (weekend|week) /i.exec(m[0])?.[1]?.toLowerCase();
    if (weekend) {
      return {
        start, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
        value: (ref, last) => {
          const named = last ? /^(\d{4})-W(\d\d)(-WE)?$/.exec(last) : null;
          const suffix = weekend === 'weekend' ? '-WE' : '';
          // (Only a week of the story's own weeks: not a year-ago comparison just named.)
          const monday = named ? isoWeekMonday(+named[1]!, +named[2]!) : null;
          const recent = monday && ref ? Math.abs(Date.UTC(ref.y, ref.m - 1, ref.d) - Date.UTC(monday.y, monday.m - 1, monday.d)) < 60 * 86400000 : false;
          if (named && recent) return `${year(+named[1]! - 1)}-W${named[2]}${suffix}`;
          if (!ref) return `XXXX-WXX${suffix}`;
          const wd = weekday(ref);
          const gone = weekend === 'weekend' && wd < 6 ? addDays(ref, -wd) : ref;
          const w = /^(\d{4})-W(\d\d)/.exec(fmtWeek(gone))!;
          return `${year(+w[1]! - 1)}-W${w[2]}${suffix}`;
        },
      };
    }
    return {
      start, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      value: (ref, last) => {
        if (!ref) return named ? `XXXX-Q${named}` : 'XXXX';
        const mon = month && last ? /^(\d{4})-(\d{2})$/.exec(last) : null;
        if (mon) return `${year(+mon[1]! - 1)}-${mon[2]}`;
        if (/^the \w+ month /i.test(m[0])) return shift(ref, 'month', -12);
        // The year before the latest such quarter: in a March report "the third quarter" was last year's.
        const q = named ?? quarterOf(last);
        if (q) return `${year((q <= Math.ceil(ref.m / 3) ? ref.y : ref.y - 1) - 1)}-Q${q}`;
        // "The year-ago quarter" with no quarter named: a year before the last one reported.
        if (!quarter) return year(ref.y - 1);
        const t = addMonths(ref.y, ref.m, -3);
        return `${year(t.y - 1)}-Q${Math.ceil(t.m / 3)}`;
      },
    };
  },
};

/** "the 1988 period", "the 1989 quarter": that year's quarter under discussion. */
export const yearPeriods: Recognizer = {
  name: 'year-periods',
  cue: ['period', 'quarter'],
  pattern: /\bthe ((?:19|20)\d\d) (?:period|quarter)\b(?!s)/gi,
  extract(m) {
    const y = +m[1]!;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic', value: (_ref, last) => {
      const q = quarterOf(last);
      return q ? `${year(y)}-Q${q}` : year(y);
    } };
  },
};

/** "the latest period": the quarter under discussion, as earnings reports use it. */
export const latestPeriods: Recognizer = {
  name: 'latest-periods',
  cue: ['period'],
  pattern: /\bthe (?:latest|most recent|current) period\b/gi,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic', value: (ref, last) => {
      if (!ref) return 'XXXX-QX';
      // The quarter under discussion, this year's even after its year-ago twin; else the last one reported.
      const q = quarterOf(last);
      if (q) return `${year(ref.y)}-Q${q}`;
      const t = addMonths(ref.y, ref.m, -3);
      return `${year(t.y)}-Q${Math.ceil(t.m / 3)}`;
    } };
  },
};

/** "the year ended March 31", "the fiscal year ending June 30": a twelve-month stretch whose end
 *  the date gives (TimeBank: DURATION P1Y on "the year"; the date is tagged apart). */
export const yearsEnded: Recognizer = {
  name: 'years-ended',
  cue: ['ended', 'ending', 'year to '],
  // "the year to June" (British results): the twelve months to that month, as "the year ended" is.
  pattern: /\b(the (?:fiscal |full |financial )?year) (?:ended|ending|to(?= (?:January|February|March|April|May|June|July|August|September|October|November|December|end-)))\b/gi,
  extract(m) {
    return { start: m.index, end: m.index + m[1]!.length, type: 'DURATION', value: 'P1Y' };
  },
};

/** "for the year", "for the full year", "for the entire year", "nine months of the year", "later in the year": the
 *  reporting year, the document's own (in a narrative, the year under discussion). */
export const reportingYears: Recognizer = {
  name: 'reporting-years',
  cue: ['the year', 'full year', 'fiscal year', 'entire year', 'whole year'],
  pattern: /\b(?:for|of|in|during|throughout|ended|ending|closed|finished) (the (?:full |fiscal |entire |whole )?year)\b(?![ -](?:ended|ending|earlier|ago|before|after|old|end|since|that|when|following|\d)\b|-|'s)/gi,
  extract(m, text) {
    const start = m.index + m[0].length - m[1]!.length;
    // Annual results come out in January and February: then a year told in the past ("lost $8.6
    // billion for the entire year") is the one just ended.
    const end = m.index + m[0].length;
    // (Not a first of the year: "the first general strike of the year" is this year's; a most is
    // as often last year's, "the deadliest attack of the year", told on January 3.)
    // (Unless the sentence dates it in last year's months: "The biggest verdict of the year came in August".)
    const ranked = /\b(?:first|second|third)\s+(?:[\w-]+\s+){0,4}of $/i.test(text.slice(Math.max(0, start - 60), start))
      && !/\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:January|February|March|April|May|June|July|August|September|October|November|December|quarter|summer|spring|fall|autumn)\b)/.test(text.slice(end, end + 80).split(/(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))[.!?]\s/)[0]!);
    const past = (ref: Day) => ref.m <= 2 && !ranked && tenseAt(text, start, end) === 'past';
    return { start, end, type: 'DATE', relative: 'deictic', value: (ref, _last, narrative) => (ref ? year(ref.y - (!narrative && past(ref) ? 1 : 0)) : 'XXXX') };
  },
};

/** "For the week, the index dropped", "the week's most active session": the trading week under
 *  discussion, which TimeBank leaves unnumbered (1989-WXX). "Earlier in the week" is the week of
 *  the report, as "earlier this week" is (the edge refiner joins "earlier in"). */
export const reportingWeeks: Recognizer = {
  name: 'reporting-weeks',
  cue: ['the week'],
  pattern: /\b(?:(?<=\b(?:for|of|during|end|ends|ended|ending|close|closed|closing|finished|finishing|(early|earlier|late|later) in) )the week\b(?![ -](?:ended|ending|earlier|ago|before|after|of|that|when|long)\b|-|'s)|the week(?='s\b))/gi,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic', value: (ref) => (m[1] && ref?.gran === 'day' ? shift(ref, 'week', 0) : `${ref ? year(ref.y) : 'XXXX'}-WXX`) };
  },
};
