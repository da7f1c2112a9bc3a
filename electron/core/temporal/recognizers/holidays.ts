// Named days: "Christmas", "New Year's Day", "Thanksgiving", "the weekend" (the nearest one in the
// direction the clause's tense points: 2024-W40-WE).
import { addDays, fmtWeek, pad, weekday, year, type Day } from '../day-math';
import { DAY_PARTS } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { farFuture, tenseAt, tenseCue } from '../tense';

/** Western (Gregorian) Easter Sunday of year `y`: the anonymous Gregorian computus (Meeus). */
function easter(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1, gran: 'day' };
}

/** Feasts that move with Easter: no month or day can be written without their year. */
const movable = (name: string): boolean => /^(?:Easter|Good Friday|Palm Sunday|Ash Wednesday|Holy|Maundy)/.test(name);

/** The day of a holiday in year `y`: a fixed date, the n-th weekday of a month, or a day of Easter. */
function holiday(name: string, y: number): Day | null {
  const fixed = (m: number, d: number): Day => ({ y, m, d, gran: 'day' });
  const nth = (m: number, wd: number, n: number): Day => {
    const first = fixed(m, 1);
    const off = (wd - weekday(first) + 7) % 7;
    if (n > 0) return addDays(first, off + 7 * (n - 1));
    const last = addDays(fixed(m + 1 > 12 ? 1 : m + 1, 1), m === 12 ? 30 : -1);
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  };
  const n = name.toLowerCase().replace(/'s|’s/g, '').replace(/\s+/g, ' ');
  if (n.startsWith('christmas eve')) return fixed(12, 24);
  if (n.startsWith('christmas')) return fixed(12, 25);
  if (n.startsWith('new year eve')) return fixed(12, 31);
  if (n.startsWith('new year')) return fixed(1, 1);
  if (n.startsWith('independence day') || n === 'the fourth of july' || n === 'fourth of july') return fixed(7, 4);
  if (n.startsWith('halloween')) return fixed(10, 31);
  if (n.startsWith('valentine')) return fixed(2, 14);
  if (n.startsWith('veterans day')) return fixed(11, 11);
  if (n.startsWith('thanksgiving')) return nth(11, 4, 4);
  // The U.S. shopping days after Thanksgiving: its Friday and the Monday after.
  if (n.startsWith('black friday')) return addDays(nth(11, 4, 4), 1);
  if (n.startsWith('cyber monday')) return addDays(nth(11, 4, 4), 4);
  if (n.startsWith('labor day')) return nth(9, 1, 1);
  if (n.startsWith('memorial day')) return nth(5, 1, -1);
  // The U.S. Mondays and Sundays of January to June: King's birthday, Presidents' Day, Mother's and Father's Days.
  if (/^(?:martin luther king|mlk)/.test(n)) return nth(1, 1, 3);
  if (/^president/.test(n)) return nth(2, 1, 3);
  if (n.startsWith('mother day')) return nth(5, 7, 2);
  if (n.startsWith('father day')) return nth(6, 7, 3);
  // U.S. Election Day: the Tuesday after the first Monday of November.
  if (n.startsWith('election day')) return addDays(nth(11, 1, 1), 1);
  if (n.startsWith('good friday')) return addDays(easter(y), -2);
  // Holy Week's days: Ash Wednesday opens Lent, Palm Sunday the week that ends with Easter (its ISO
  // week, Monday to Easter Sunday, as TBAQ writes "Easter week").
  if (n.startsWith('ash wednesday')) return addDays(easter(y), -46);
  if (n.startsWith('palm sunday')) return addDays(easter(y), -7);
  if (n.startsWith('holy thursday') || n.startsWith('maundy thursday')) return addDays(easter(y), -3);
  if (n.startsWith('holy saturday')) return addDays(easter(y), -1);
  if (n.startsWith('holy week')) return easter(y);
  if (n.startsWith('easter monday')) return addDays(easter(y), 1);
  if (n.startsWith('easter')) return easter(y);
  if (n.startsWith('boxing day')) return fixed(12, 26);
  if (n.startsWith('may day')) return fixed(5, 1);
  if (n.includes('patrick')) return fixed(3, 17);
  if (n.startsWith('bastille day')) return fixed(7, 14);
  return null;
}

/** Days ahead within which a holiday told with no tense is the coming one. */
const SOON = 49;

export const holidays: Recognizer = {
  name: 'holidays',
  cue: ['christmas', 'new year', 'independence', 'fourth of july', 'halloween', 'valentine', 'veterans', 'thanksgiving', 'labor day', 'memorial day', 'election day', 'king day', 'king jr', 'mlk day', 'presidents day', "presidents' day", 'presidents’ day', "mother's day", 'mother’s day', "father's day", 'father’s day', 'black monday', 'black friday', 'cyber monday', 'palm sunday', 'ash wednesday', 'holy thursday', 'maundy thursday', 'holy saturday', 'holy week',
    // "easter" alone is in every line about "eastern" parts.
    ...[' ', ',', '.', ';', ':', ')', '"', "'", '’', '?', '!'].map((x) => `easter${x}`), 'good friday', 'boxing day', 'may day', 'patrick', 'bastille day'],
  // "White Christmas" is a song, not a day. "Christmas night" is that part of the day (TNI).
  pattern: /(?<!\bWhite )\b(?:(?:last|next|this) )?(?:Christmas(?: Eve| Day)?|New Year's(?: Eve| Day)?|Independence Day|(?:the )?Fourth of July|Halloween|Valentine's Day|Veterans Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Election Day|Martin Luther King(?: Jr\.?)? Day|MLK Day|Presidents(?:'|’)? Day|Mother(?:'s|’s) Day|Father(?:'s|’s) Day|Black Monday|Black Friday|Cyber Monday|Easter(?: Sunday| Monday| [Ww]eek)?|Good Friday|Palm Sunday|Ash Wednesday|(?:Holy|Maundy) Thursday|Holy Saturday|Holy Week|Boxing Day|May Day|(?:St\.? |Saint )Patrick(?:'s|’s) Day|Bastille Day)\b(?:,? (\d{4})\b| (morning|afternoon|evening|night)\b)?/g,
  extract(m, text) {
    const rel = /^(last|next|this) /.exec(m[0])?.[1];
    // "every Christmas", "each Halloween": the day recurs (SET XXXX-12-25, as "each July" is XXXX-07);
    // a feast that moves (with Easter, or as "the fourth Thursday") has no fixed month and day to write.
    const from = Math.max(0, m.index - 6);
    const every = !rel && !m[1] && !m[2] ? /\b(?:every|each)\s$/i.exec(text.slice(from, m.index)) : null;
    if (every) {
      const d = holiday(m[0], 2001);
      const e = holiday(m[0], 2002);
      return d && e && d.m === e.m && d.d === e.d && !/^Black/.test(m[0]) ? { start: from + every.index, end: m.index + m[0].length, type: 'SET', value: `XXXX-${pad(d.m)}-${pad(d.d)}` } : null;
    }
    const name = m[0].replace(/,? \d{4}$| (?:morning|afternoon|evening|night)$/, '').replace(/^(?:last|next|this) /, '');
    // The name of the 1987 crash (news recalls it on its anniversaries), not a yearly day.
    if (name === 'Black Monday') return m[2] ? null : { start: m.index, end: m.index + m[0].length, type: 'DATE', value: '1987-10-19' };
    // "Easter Island", "Easter eggs", the "Easter Rising" of 1916: not the day.
    if (name.startsWith('Easter') && /^ (?:Island|eggs?|bunny|Rising|lil(?:y|ies))\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
    // "the Good Friday Agreement" (1998), "New Year's resolutions", "the Christmas Truce": a name or
    // a custom, no day of the story ("Christmas sales" are still the season's: MEANTIME tags them).
    if (/^ (?:Agreement|Accords?|Treaty|Truce|Uprising|Massacre|resolutions?)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
    // "an 8-foot Christmas tree", "Christmas lights", "a Halloween mask", "a Thanksgiving turkey": a
    // thing of the holiday, no day on which anything happened (the parties, sales and dinners stay).
    if (!m[2] && /^ (?:trees?|lights|wreaths?|ornaments?|cards?|carols?|decorations?|masks?|costumes?|turkeys?|candy|stockings?|cookies|sweaters?|songs?|music|album|movies?|lil(?:y|ies)|cactus)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
    // "Easter week" is the ISO week holding Easter Sunday (TBAQ: "as Easter week began" in 2000 is 2000-W16).
    const week = /week$/i.test(name);
    const fmt = (d: Day, part = ''): string => (week ? fmtWeek(d) : `${year(d.y)}-${pad(d.m)}-${pad(d.d)}${part}`);
    // "on Christmas Day in 2010", "Thanksgiving night in 2011": the year written after it is its own.
    const inYear = !m[1] ? /^ in (\d{4})\b/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 9)) : null;
    if (inYear) {
      const d = holiday(name, +inYear[1]!);
      if (d) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmt(d, m[2] ? `T${DAY_PARTS[m[2]]}` : '') };
    }
    if (m[1]) {
      const d = holiday(name, +m[1]);
      return d ? { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmt(d) } : null;
    }
    const part = m[2] ? `T${DAY_PARTS[m[2]]}` : '';
    const own = rel === 'last' ? 'past' : rel === 'next' ? 'future' : tenseCue(text, m.index, m.index + m[0].length, true);
    // With no cue of its own, a future verb further back in the clause still looks ahead ("will close
    // at 5 p.m. on New Year's Eve and stay closed New Year's Day").
    const tense = own ?? farFuture(text, m.index);
    // "after the Presidents' Day recess", told the day after: a holiday's recess or weekend around
    // the report is the current one, whatever the tense (unless a past year is named).
    const season = !rel && /^ (?:recess|break|weekend|holidays?|vacation|week|shopping season|rush)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 18))
      && !/\blast\b|\b(?:19|20)\d\d\b/i.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
    // A past verb that looks ahead itself: "warned of more disruption on Christmas Eve".
    // (Only when no past act of its own lies between: "said the gunman who killed two firefighters on
    // Christmas Eve" tells a Christmas Eve gone.)
    const foretold = /\b(?:warned|said|announced|predicted|forecast|urged|told|asked|called|planned|scheduled|expected|advised|cautioned|promised|vowed)\b(?![^.;!?]*\b(?:who|that|which|\w{3,}ed|shot|hit|ran|won|lost|fell|led|met|left|made|took|came|went|saw|got|gave|held|struck|killed)\b)[^.;!?]*$/i.test(text.slice(Math.max(0, m.index - 80), m.index));
    // "the Christmas Offensive" was fought around the day, not on it: WikiWars gives its month.
    const campaign = !part && /^"? (?:[Oo]ffensive|[Cc]ampaign)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const moves = movable(name);
    // "the Easter Offensive of 1972": fought in that year, in no one month (WikiWars: 1972-XX).
    const fought = campaign && moves ? /^"? \w+ of (\d{4})\b/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) : null;
    if (fought) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${fought[1]}-XX` };
    const dayOf = (ref: Day | null, narrative: boolean): string => {
      const probe = holiday(name, 2000);
      if (!ref || !probe) return week ? 'XXXX-WXX' : (probe && !moves ? `XXXX-${pad(probe.m)}-${pad(probe.d)}` : 'XXXX-XX-XX') + part;
      // A story's holiday falls in the year it tells ("In 1776 ... on Christmas night"), as its
      // bare months do; tense places it only against a document date.
      if (narrative || ref.gran === 'year') return fmt(holiday(name, ref.y)!, part);
      // A week has begun by its Monday: "as Easter week began" on that Monday is this year's.
      const thisYear = week ? addDays(holiday(name, ref.y)!, -6) : holiday(name, ref.y)!;
      const ahead = thisYear.m > ref.m || (thisYear.m === ref.m && thisYear.d > ref.d);
      // The present ("from now to Election Day"): the nearest one.
      const nearest = Math.abs(thisYear.m - ref.m) <= 6 ? ref.y : ahead ? ref.y - 1 : ref.y + 1;
      // No cue at all: news reports the past, unless the day is at most seven weeks ahead ("on the
      // eve of Election Day" the day before it, "a conclave to elect a pope before Easter" in
      // February). Further ahead a cueless yearly day is as often a habit ("Shops close on Christmas
      // Day"). Dev gold has no holiday without a cue; its past ones all follow a past verb ("was
      // found Thanksgiving Day"); reviewers' copy met the coming one far more often than the last.
      // (Told in the past, only a day within the week ahead: "warned of more disruption on Christmas
      // Eve" the day before is the coming one; last year's would be a year back, said as such.)
      const soon = (!tense || (tense === 'past' && rel !== 'last' && foretold)) && !week ? Array.from({ length: tense ? 7 : SOON }, (_, k) => addDays(ref, k + 1)).find((d) => { const h = holiday(name, d.y)!; return h.m === d.m && h.d === d.d; }) : undefined;
      // A future read only from far back in the clause does not push a holiday just gone a year on
      // ("will report sales from the long weekend after Thanksgiving", told in early December).
      const lastOne = ahead ? holiday(name, ref.y - 1)! : thisYear;
      const daysSince = (h: Day) => (Date.UTC(ref.y, ref.m - 1, ref.d) - Date.UTC(h.y, h.m - 1, h.d)) / 86400000;
      if (season && Math.abs(daysSince(thisYear)) <= 10) return fmt(thisYear, part);
      if (season && Math.abs(daysSince(lastOne)) <= 10) return fmt(lastOne, part);
      const justGone = !own && daysSince(lastOne) <= 31;
      const y = soon ? soon.y : justGone && tense === 'future' ? lastOne.y : tense === 'future' ? (ahead || (thisYear.m === ref.m && thisYear.d === ref.d) ? ref.y : ref.y + 1) : tense === 'present' ? nearest : ahead ? ref.y - 1 : ref.y;
      return fmt(holiday(name, y)!, part);
    };
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      // A movable feast's campaign keeps its year only: its month is not the feast's.
      value: (ref, _last, narrative) => (campaign ? dayOf(ref, narrative).replace(moves ? /-\d\d-\d\d$/ : /-(?:\d\d|XX)$/, moves ? '-XX' : '') : dayOf(ref, narrative)),
    };
  },
};

export const weekends: Recognizer = {
  name: 'weekends',
  cue: ['weekend'],
  pattern: /\b(?:the|this|last|next|over the) weekend\b/gi,
  extract(m, text) {
    const w = m[0].toLowerCase();
    const start = m.index + (w.startsWith('over ') ? 5 : 0);
    const tense = w.startsWith('last') ? 'past' : w.startsWith('next') ? 'future' : w.startsWith('this') ? 'present' : tenseAt(text, m.index, m.index + m[0].length);
    return {
      start, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      value: (ref) => {
        if (!ref || ref.gran !== 'day') return 'XXXX-WXX-WE';
        const wd = weekday(ref);
        // On a weekend, "last weekend" is the one before and "next weekend" the one after; during the
        // week "next weekend" is the coming one.
        const shift = w.startsWith('last') ? -7 : w.startsWith('next') ? (wd >= 6 ? 7 : 0) : tense === 'future' || tense === 'present' || wd >= 6 ? 0 : -7;
        return `${fmtWeek(addDays(ref, shift))}-WE`;
      },
    };
  },
};
