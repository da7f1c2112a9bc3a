// Days named relative to the document date ("yesterday", "tonight", "earlier today") or to the last
// date mentioned ("the next day", "the day before", "two days later"), and parts of that day
// ("in the morning", "4 in the morning").
import { addDays, dayOrUnknown, fmtDay, fmtWeek, parseIsoDay } from '../day-math';
import { DAY_PARTS } from '../lexicon';
import { readerAt, type Candidate, type Recognizer } from '../recognizer';
import { shift } from '../shift';
import { tenseAt } from '../tense';
import { explicitDates } from './explicit-dates';
import { holidays } from './holidays';
import { weekdays } from './weekdays';

const OFFSET: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const PART: Readonly<Record<string, string>> = { ...DAY_PARTS, tonight: 'NI' };

/** What "today's" qualifies when it means the present age: people, society, the economy, the
 *  things of the time, or an organization as it now is (an acronym: "today's GM"). */
const GENERIC = /^(?:[a-z]+ )?(?:world|youth|young|society|generation|children|kids|teenagers|economy|markets?|business|politics|culture|standards|dollars|terms|technology|computers|companies|industry)\b|^[A-Z]{2,5}\b/;

export const deicticDays: Recognizer = {
  name: 'deictic-days',
  cue: ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night'],
  pattern: /\b(?:(early|late|earlier|later|mid-?afternoon|midday) )?(today|tonight|yesterday|tomorrow)(?:'s)?(?: (morning|afternoon|evening|night))?\b|\b(?:(?:earlier|later) )?(this|last) (morning|afternoon|evening|night)\b/gi,
  extract(m, text) {
    const word = (m[2] ?? '').toLowerCase();
    // "told USA Today", "NBC's Today show": a paper's or a programme's name.
    if (m[2] && !m[1] && /^To/.test(m[2]) && (/\b(?:USA|NBC's|the) $/.test(text.slice(Math.max(0, m.index - 6), m.index)) || /^ show\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5)))) return null;
    // "The Saturn's last night on Pacific Avenue", "their last night together": an owner's last
    // night is the final one of something, not the night before the report.
    if (m[4] && /^last$/i.test(m[4]) && /(?:\b(?:its|his|her|their|our|my|your|the)|['’]s)\s$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    // "mid-afternoon yesterday": the leading part of day is the part.
    const lead = /^mid-?afternoon$/i.test(m[1] ?? '') ? 'afternoon' : '';
    const part = (m[3] ?? m[5] ?? (lead || (word === 'tonight' ? 'tonight' : ''))).toLowerCase();
    const n = m[4] ? (m[4].toLowerCase() === 'last' && part === 'night' ? -1 : 0) : OFFSET[word] ?? 0;
    const end = m.index + m[0].length - (!m[3] && m[0].endsWith("'s") ? 2 : 0);
    // "today's world", "today's youth", "many of today's personal computers", "today's GM": the
    // present age, not the day of the report (TimeML's PRESENT_REF).
    if (word === 'today' && !m[1] && !m[3] && m[0].endsWith("'s") && GENERIC.test(text.slice(end + 3, end + 40))) {
      return { start: m.index, end, type: 'DATE', value: 'PRESENT_REF' };
    }
    const suffix = part ? `T${PART[part]}` : '';
    // TimeBank types a bare part of day as TIME only when no day word comes with it.
    const type = m[4] || lead ? 'TIME' : 'DATE';
    return { start: m.index, end, type, relative: 'deictic', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(addDays(ref, n)) : shift(ref, 'day', n)) + (ref && ref.gran !== 'day' ? '' : suffix) };
  },
};

export const anaphoricDays: Recognizer = {
  name: 'anaphoric-days',
  // The word before the part of the day, or after "the day" (each holds the part's own word).
  cue: [
    ...['next', 'following', 'previous', 'preceding', 'same', 'that'].flatMap((w) => ['day', 'morning', 'afternoon', 'evening', 'night'].map((p) => `${w} ${p}`)),
    'the day before', 'the day after', 'the day following',
  ],
  pattern: /\b(?:(?:the|that) (next|following|previous|preceding|same) |(?:later |earlier )?(that) )(day|morning|afternoon|evening|night)\b|\bthe day (before|after|following)\b/gi,
  extract(m, text) {
    const w = (m[1] ?? m[2] ?? m[4] ?? '').toLowerCase();
    const head = text.slice(Math.max(0, m.index - 24), m.index);
    // "20 years to the day after the war ended": an exact count, no day of its own.
    if (/\b(?:years?|months?|weeks?|decades?|centur(?:y|ies)) to $/i.test(head)) return null;
    // "rebounded late in the day after falling": the day under discussion, "after" opens the next
    // phrase. "Oct. 12, the day before the plunge": an apposition renames the date just given.
    const same = m[4] !== undefined && (/\b(?:in|during|throughout)\s+$/i.test(head) || /(?:\b\d{1,4}|day)\s*[,\u2013\u2014-]\s*$/i.test(head));
    const n = same ? 0 : w === 'next' || w === 'following' || w === 'after' ? 1 : w === 'same' || w === 'that' ? 0 : -1;
    const part = PART[(m[3] ?? '').toLowerCase()];
    // "the day before last Tuesday's hearing", "the day after Christmas": one day from the day named.
    if (m[4] && !same) {
      const named = dayAt(text, m.index + m[0].length + 1);
      if (named) {
        const dv = named.value;
        const moved = (v: string) => {
          const d = parseIsoDay(v);
          return d && /^\d{4}-\d\d-\d\d$/.test(v) ? fmtDay(addDays(d, n)) : 'XXXX-XX-XX';
        };
        return { ...named, start: m.index, value: typeof dv === 'string' ? moved(dv) : (ref, last, narrative) => moved(dv(ref, last, narrative)) };
      }
    }
    // "the day after his death": "after" governs what follows, so the expression is "the day".
    // "Following" governs only a noun phrase ("the day following the vote"); "the day following saw
    // the surrender" ends the expression.
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 7);
    const governs = w === 'following' ? /^ (?:the|a|an|his|her|its|their|this|that)\b/i.test(next) : /^ (?!(?:and|but|or|when|while|as)\b)[a-z]/.test(next);
    // "later in the day after Smith said": in the day under discussion, "after" always opens the next phrase.
    const end = m[4] && (governs || same) ? m.index + 7 : m.index + m[0].length;
    return { start: m.index, end, type: 'DATE', relative: 'anaphoric', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(addDays(ref, n)) + (part ? `T${part}` : '') : shift(ref, 'day', n)) };
  },
};

const HOUR: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** "in the morning" (the day under discussion, TMO), "4 in the morning", "3:30 in the afternoon" (or
 *  British "at 7.30 in the morning"),
 *  "10 at night", "11 o'clock in the morning" (the clock on that day: T04:00, T15:30, T22:00). */
export const partsOfDay: Recognizer = {
  name: 'parts-of-day',
  cue: ['in the morning', 'in the afternoon', 'in the evening', 'at night', "o'clock"],
  pattern: /\b(?:(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:(?::|(?<=\b(?:at|by|around|about|until|from|before|after) \d{1,2})\.)([0-5]\d))?(?: o'clock)? )?(?:in (the (morning|afternoon|evening))|at (night))\b|\b(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'clock\b/gi,
  extract(m) {
    // "at 3 o'clock": the hour as written (the clock face has no a.m. or p.m.).
    if (m[6]) {
      const hour = Number(m[6]) || HOUR[m[6].toLowerCase()]!;
      return { start: m.index, end: m.index + m[0].length, type: 'TIME', relative: 'anaphoric', value: (ref) => `${dayOrUnknown(ref)}T${String(hour).padStart(2, '0')}:00` };
    }
    // "at night" alone is any night: the night-times recognizer reads it.
    if (m[5] && !m[1]) return null;
    const part = (m[4] ?? m[5])!.toLowerCase();
    const h = m[1] ? Number(m[1]) || HOUR[m[1].toLowerCase()]! : null;
    // A clock hour comes with its part of day; alone, "the morning" is the part (TimeBank's span).
    // At night, 1 to 4 are small hours, 5 to 12 the evening's ("10 at night" is 22:00).
    const hh = h === null ? null : part === 'morning' || (part === 'night' && h <= 4) ? h % 12 : (h % 12) + 12;
    const start = h === null ? m.index + m[0].length - m[3]!.length : m.index;
    const suffix = hh === null ? `T${PART[part]}` : `T${String(hh).padStart(2, '0')}:${m[2] ?? '00'}`;
    return { start, end: m.index + m[0].length, type: 'TIME', relative: 'anaphoric', value: (ref) => dayOrUnknown(ref) + suffix };
  },
};

/** "attacked at night", "moved by night", "night attacks", "a night-raid", "night-time", "daytime
 *  traffic": any night (or day time), no particular one (XXXX-XX-XXTNI, TDT). "Night" qualifies
 *  only the military nouns, not a "night shift" or a "night club"; "daytime TV" is a genre. */
export const genericNights: Recognizer = {
  name: 'generic-nights',
  cue: ['at night', 'by night', 'night attack', 'night raid', 'night-raid', 'night fight', 'night-fight', 'night march', 'night-march', 'night assault', 'night operation', 'night-time', 'nighttime', 'daytime'],
  pattern: /\b(?<=(?:at|by) )night\b(?![-'])|\bnight(?=[- ](?:attacks?|raids?|fighting|march(?:ed|es|ing)?|assaults?|operations?)\b)|\bnight-?time\b|\bdaytime\b(?! (?:TV|television|talk|soaps?|shows?|Emmys?|drama)\b)/gi,
  extract(m) {
    const day = /^day/i.test(m[0]);
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: day ? 'XXXX-XX-XXTDT' : 'XXXX-XX-XXTNI' };
  },
};

/** "On the 5th, the Soviets offered ...": a day of the month under discussion (anaphoric). */
export const ordinalDays: Recognizer = {
  name: 'ordinal-days',
  // With the preposition the pattern looks behind for (each holds "the " and a digit).
  cue: ['on', 'from', 'by', 'until', 'till'].flatMap((p) => ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `${p} the ${d}`)),
  pattern: /(?<=\b(?:[Oo]n|[Ff]rom|[Bb]y|[Uu]ntil|[Tt]ill) )the ([12]\d|3[01]|[1-9])(?:st|nd|rd|th)(?=[,.;)]| to\b)/g,
  extract(m) {
    const d = +m[1]!;
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', grain: 'month',
      value: (ref) => (ref && ref.gran !== 'year' ? `${fmtDay({ ...ref, d, gran: 'day' })}` : `XXXX-XX-${String(d).padStart(2, '0')}`),
    };
  },
};

/** "By mid afternoon, ...", "at mid-morning", "rose in morning trading", "crossed the river in one
 *  night", "overnight losses": that part of the day under discussion (TAF, TMO, TNI). A market's
 *  "overnight rate" or an "overnight success" is no night. */
export const midParts: Recognizer = {
  name: 'mid-parts',
  cue: ['mid afternoon', 'mid-afternoon', 'midafternoon', 'mid morning', 'mid-morning', 'midmorning', 'morning trading', 'afternoon trading', 'one morning', 'one afternoon', 'one evening', 'one night', 'overnight'],
  pattern: /(?<=\b(?:[Bb]y|[Aa]t|[Ii]n|[Uu]ntil|[Aa]round|[Ff]rom) )mid[- ]?(morning|afternoon)\b(?! (?:yesterday|today|tomorrow)\b)|(?<=\b[Ii]n )(morning|afternoon)(?= trading\b)|(?<=\b[Ii]n )one (morning|afternoon|evening|night)\b|\bover(night)\b(?![-'])(?! (?:rates?|loans?|lending|funds|repos?|deposits?|index|indexes|success|sensation|stays?|bags?)\b)/gi,
  extract(m, text) {
    const suffix = `T${PART[(m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase()]}`;
    // "Overnight" is the night that ended on the day under discussion ("Friday's trading after
    // overnight losses in New York"): it began the evening before. Told in the future ("snow will
    // get heavier overnight") it is the night to come.
    const back = m[4] && tenseAt(text, m.index, m.index + m[0].length) !== 'future' ? -1 : 0;
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', relative: 'anaphoric', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(addDays(ref, back)) : 'XXXX-XX-XX') + suffix };
  },
};

/** Market reports' "ended the day at 9,505", "close the day at", "started the day with a gain", "for the
 *  day, the Nikkei closed": the trading day the
 *  story is about (anaphoric); "the day before/of/when ..." is left to the rules that read on. */
export const tradingDays: Recognizer = {
  name: 'trading-days',
  cue: ['the day'],
  pattern: /(?<=\b(?:[Ee]nd|[Ee]nds|[Ee]nded|[Ee]nding|[Ff]inish|[Ff]inished|[Ff]inishing|[Cc]lose|[Cc]loses|[Cc]losed|[Cc]losing|[Ss]tart|[Ss]tarts|[Ss]tarted|[Ss]tarting|[Bb]egan|[Ff]or|[Oo]n) )the day\b(?! (?:before|after|of|when|that|and|in)\b)(?=[ ,.;])/g,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', value: (ref) => dayOrUnknown(ref) };
  },
};

/** The explicit date, weekday or holiday that opens the text at `at`, read by its own recognizer
 *  (sticky copies of their patterns), so its year and tense rules hold. */
const DAY_AT = [explicitDates, weekdays, holidays].map(readerAt);
function dayAt(text: string, at: number): Candidate | null {
  for (const read of DAY_AT) {
    const day = read(text, at);
    if (day?.type === 'DATE') return day;
  }
  return null;
}

/** "the night of April 18, 1775", "the morning of Friday", "the early morning hours of 30 April":
 *  that part of the day the date names (TimeML tags the whole phrase: 1775-04-18TNI). The date is
 *  read by its own recognizer, so its year and tense rules hold here too. */
export const partOfDates: Recognizer = {
  name: 'part-of-dates',
  cue: ['morning of', 'afternoon of', 'evening of', 'night of', 'hours of'],
  // "the early hours of Sunday", "the small hours of May 2": the hours after midnight (TMO).
  pattern: /\bthe (?:(?:early|late) )?(morning|afternoon|evening|night)(?: hours)? of (?=[A-Z\d])|\bthe (?:early|small|wee) hours of (?=[A-Z\d])/gi,
  extract(m, text) {
    const day = dayAt(text, m.index + m[0].length);
    if (!day) return null;
    // "the early hours of Thursday morning": the day names its own part, which is the expression.
    if (!m[1] && /(?:morning|afternoon|evening|night)$/i.test(text.slice(day.start, day.end))) return null;
    const suffix = `T${PART[(m[1] ?? 'morning').toLowerCase()]}`;
    const dv = day.value;
    const withPart = (v: string) => (v.includes('T') ? v : v + suffix);
    // Typed DATE here (resolve types it TIME by its value): a TIME with digits would pass for a
    // clock time that takes the date of the day named after it.
    return { ...day, start: m.index, value: typeof dv === 'string' ? withPart(dv) : (ref, last, narrative) => withPart(dv(ref, last, narrative)) };
  },
};

/** "the second day of an offensive", "a second consecutive day", "on the seventh day": a day counted
 *  within the events under discussion, placed on the day the text is about. "The last day" is left
 *  to the period edges ("the last day of the month"); "his first day in office" keeps its owner out. */
export const nthDays: Recognizer = {
  name: 'nth-days',
  cue: ['first day', 'second day', 'third day', 'fourth day', 'fifth day', 'sixth day', 'seventh day', 'eighth day', 'ninth day', 'tenth day', 'final day', 'straight day', 'consecutive day', 'full day'],
  pattern: /\b(?:(?:the|a) )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final) (?:(?:straight|consecutive|full) )?day\b(?![-'])/gi,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', value: (ref) => dayOrUnknown(ref) };
  },
};

/** Days that are no date: "Islam will one day be the second largest religion" (after a modal, "one
 *  day" is some day to come, FUTURE_REF, not a length of one day); "in present-day Belize", "near
 *  modern day Gnjilane" (the present, PRESENT_REF). */
export const someDays: Recognizer = {
  name: 'some-days',
  cue: ['one day', 'present day', 'present-day', 'modern day', 'modern-day'],
  // Case-sensitive, so that the month in "In May one day" is no modal.
  // "One day I'll ...", "One day, we will ...": a clause opened by "one day" and told in the future.
  pattern: /(?<=\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ss]hall|[Ss]hould|[Cc]an)(?: (?:still|yet|even|surely|perhaps))? )one day\b(?![-'])|(?<=(?:^|[.!?]["')]?\s+|\n|["“]))One day(?=,? (?:[A-Za-z]+(?:'ll|'d)\b|(?:[A-Za-z]+ ){1,2}(?:will|would|might|could|may|shall|can)\b))|(?<=\bthat )one day(?=,? (?:[A-Za-z]+'ll\b|(?:[A-Za-z]+ ){1,2}(?:will|might|may|shall)\b))|\b(?:[Pp]resent|[Mm]odern)[- ]day\b(?![-'])/g,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: /^one/i.test(m[0]) ? 'FUTURE_REF' : 'PRESENT_REF' };
  },
};

/** "the week of March 6": the ISO week holding the day named (AQUAINT: 2000-W10); the day is read by
 *  its own recognizer, so its year and tense rules hold. */
export const weeksOf: Recognizer = {
  name: 'weeks-of',
  cue: ['week of'],
  pattern: /\bthe week of (?=[A-Z\d])/gi,
  extract(m, text) {
    const day = dayAt(text, m.index + m[0].length);
    if (!day) return null;
    const dv = day.value;
    const week = (v: string): string => {
      const d = parseIsoDay(v);
      return d && /^\d{4}-\d\d-\d\d$/.test(v) ? fmtWeek(d) : 'XXXX-WXX';
    };
    return { ...day, start: m.index, value: typeof dv === 'string' ? week(dv) : (ref, last, narrative) => week(dv(ref, last, narrative)) };
  },
};
