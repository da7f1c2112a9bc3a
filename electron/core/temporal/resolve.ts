// Settles relative values in text order. Deictic expressions ("yesterday") use the document date;
// anaphoric ones ("the next day") the last date mentioned. With no document date both use the
// nearest earlier date of the text (anchor `text-context`), or stay unresolved - never today.
import type { Anchor } from '../../shared/model';
import { addDays, fmtDay, parseIsoDay, type Day } from './day-math';
import { MONTH_RE, monthOf } from './lexicon';
import type { Candidate } from './recognizer';
import { asideYear, blurredDay, lastMonth, lastYear, quotedNow, sharedYear } from './story';
import { sentenceHead, sentenceRest } from './sentence';
import { farFuture, tenseAt, tenseCue } from './tense';
import { REPORTING } from './tense-words';
import type { ResolvedTimex } from './types';

/** The day a resolved DATE value pins down, to serve as the reference of what follows. */
export function dayOfValue(value: string): Day | null {
  // A season, quarter, half or week ("the spring of 1915") pins down its year.
  const m = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$|-(?:SP|SU|FA|WI|Q\d|H\d|W\d\d)$)/.exec(value);
  if (!m) return null;
  // BC years count back from 1 BC = year 0 (astronomical numbering), as day-math's `year` writes them.
  const y = m[1] ? 1 - +m[2]! : +m[2]!;
  return { y, m: m[3] ? +m[3] : 1, d: m[4] ? +m[4] : 1, gran: m[4] ? 'day' : m[3] ? 'month' : 'year' };
}

/** A reporting verb right before a day: "officials said Wednesday", "told CNN on Monday". */
const REPORTED = new RegExp(`\\b(?:${REPORTING})(?: [A-Z][\\w.]*){0,2}\\s+(?:on\\s+)?$`);

/** A reporting verb earlier in the clause ("forecasters said it will move out by 5 p.m."). */
const SAID_IN = new RegExp(`\\b(?:${REPORTING})\\b[^.;!?]*$`, 'i');

/** Reported speech about what is to come. */
const SAID_AHEAD = /\b(?:will|would|'ll|shall|going to|plans? to|expects? to|intends? to)\b/i;

/** The year a sentence opens on ("In 2009, ...", "By March 2003, ..."), when `at` lies in that sentence. */
function openingYear(text: string, at: number): number | null {
  const head = text.slice(Math.max(0, at - 200), at);
  const cut = Math.max(head.search(/(?:[.!?]["')]?\s+|\n)(?=[^.!?\n]*$)/), -1);
  const sentence = cut >= 0 ? head.slice(cut).replace(/^[.!?"')\s]+/, '') : at <= 200 ? head : null;
  // ("The 2012 drought peaked in July": a year that qualifies the sentence's subject frames it too.)
  const m = sentence && !sentence.includes(';') ? /^["'(]*(?:(?:In|By|During|Until|Through) (?:(?:early|late|mid-?)\s?)?(?:[A-Z][a-z]+\.? )?((?:1[6-9]|20)\d\d),|The ((?:1[6-9]|20)\d\d) (?!(?:and|or|to)\b)[a-z]+)/.exec(sentence) : null;
  // (It frames only its own clause: "The 2011 tsunami killed 19,000 people, and on March 11 Japan
  // marked the anniversary" is this year's March 11.)
  if (!sentence || !m || (m[2] && sentence.includes(','))) return null;
  return Number(m[1] ?? m[2]);
}

/** A full date ending with its year ("on Jan. 17, 1991,", "on 17 January 1991") and what follows it. */
const FULL_DATE = new RegExp(`\\b(?:(${MONTH_RE}) (\\d{1,2}),? |(\\d{1,2}) (${MONTH_RE}) )((?:1[6-9]|20)\\d\\d)\\b(?!.*\\b(?:${MONTH_RE} \\d{1,2},? |\\d{1,2} ${MONTH_RE} )(?:1[6-9]|20)\\d\\d\\b)(.*)$`);
/** A yearless day's month and day, as written ("Feb. 28", "28 February", "July"). */
const DAY_WRITTEN = new RegExp(`^(?:(${MONTH_RE})(?: (\\d{1,2}))?|(\\d{1,2}) (${MONTH_RE}))`);

/** The year of a full date earlier in the sentence whose clause `at` continues ("The air war began on
 *  Jan. 17, 1991, and the ground war ended on Feb. 28"): only across "and", with no relative clause,
 *  reporting verb or "when" between (a bio's "Smith, who joined on May 3, 2008, resigned on March 1"
 *  is of the report's year). */
function coordinatedYear(text: string, at: number, said: string): number | null {
  const head = text.slice(Math.max(0, at - 160), at);
  // (Most heads have no year followed by "and": a cheap test first.)
  if (!/\d{4},? and\b/.test(head)) return null;
  const sentence = sentenceHead(head);
  const m = FULL_DATE.exec(sentence);
  if (!m || !/^,? and\b/.test(m[6]!) || /[;:]|\b(?:who|which|that|when|while|after|before|since|said|says|told)\b/i.test(m[6]!) || /\b(?:born|raised|record|founded)\b/i.test(sentence)) return null;
  // Only a day that follows the full one in its year: "surpassed its record of Oct. 9, 2007, and
  // closed higher on March 5" is this year's March.
  const later = DAY_WRITTEN.exec(said);
  const mo = later ? monthOf(later[1] ?? later[4] ?? '') : null;
  const firstMo = monthOf(m[1] ?? m[4] ?? '');
  if (!later || !mo || !firstMo) return null;
  if (mo * 100 + Number(later[2] ?? later[3] ?? 31) < firstMo * 100 + Number(m[2] ?? m[3] ?? 1)) return null;
  return Number(m[5]);
}

const FINER: Readonly<Record<Day['gran'], number>> = { year: 0, month: 1, day: 2 };

const isAfter = (a: Day, b: Day): boolean => a.y * 10000 + a.m * 100 + a.d > b.y * 10000 + b.m * 100 + b.d;

export interface ResolveState {
  /** The last date the text mentioned, carried across paragraphs by tagDocument. */
  context: Day | null;
  /** The year a chronology's heading set ("2011" alone on its line), which its yearless entries take
   *  ("March 15: Protests erupt in Daraa") until another heading or a full-dated entry. */
  heading?: number | null;
  /** The last DATE value mentioned, whatever its granularity (a quarter, a season...). */
  last?: string | null;
  /** The day of the last clock time when it was late in the evening (20:00 or after). */
  night?: string | null;
  /** A day still to come the story stood on before a source's saying moved it to the report's day. */
  ahead?: Day | null;
}

/** A chronology's entry: a line that opens on a date ("March 15: ...", "- Aug. 18 ..."). */
const ENTRY = new RegExp(`^[ \\t]*(?:[-*•–][ \\t]*)?(?:${MONTH_RE}(?![a-z])|\\d{1,2} ${MONTH_RE}(?![a-z]))`);
/** A line that a year opens as an entry of its own ("2005: Hurricane Katrina makes landfall ...",
 *  "1960 - Cyprus gains independence"): that year, for the line's yearless dates only. */
const YEAR_ENTRY = /^[ \t]*((?:1[6-9]|20)\d\d)[ \t]*(?::|[–—]|-\s)/;

/** The line of `c`, from its start to the end of `c`. */
const lineTo = (text: string, c: Candidate): string => text.slice(text.lastIndexOf('\n', c.start) + 1, c.end);

/** A year alone on its line (a colon may follow): a chronology's heading. */
function headsLine(text: string, c: Candidate): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, c.start - 8), c.start)) && /^[ \t]*:?[ \t]*(?:\r?\n|$)/.test(text.slice(c.end, c.end + 4));
}

/** The year a chronology gives the yearless date `c`: its own line's opening year, else the heading
 *  over it when its line is an entry. */
function chronologyYear(text: string, c: Candidate, heading: number | null): number | null {
  const line = lineTo(text, c);
  const own = YEAR_ENTRY.exec(line);
  if (own) return Number(own[1]);
  return heading !== null && ENTRY.test(line) ? heading : null;
}

/** A bare clock (no day or part of a day in it, "at 6 a.m.") told in a plain future or as due or
 *  set to come ("will reopen at 6 a.m.", "is due to start at 1500 GMT"), not one a source said. */
function bareClockAhead(text: string, c: Candidate): boolean {
  if (c.relative !== 'anaphoric' || /day|night|morning|evening|afternoon/i.test(text.slice(c.start, c.end))) return false;
  const clause = text.slice(Math.max(0, c.start - 60), c.start);
  return /\b(?:will|'ll|going to|(?:is|are) (?:due|set|scheduled|expected) to)\b[^.;!?]*$/i.test(clause) && !SAID_IN.test(clause);
}

export function resolveAll(text: string, cands: readonly Candidate[], dct: string | null, state: ResolveState): ResolvedTimex[] {
  const dctDay = dct ? parseIsoDay(dct) : null;
  return cands.map((c, i) => {
    let value: string;
    let anchor: Anchor;
    let opened: string | null = null;
    if (typeof c.value === 'string') {
      value = c.value;
      anchor = 'absolute';
    } else {
      // "The next day" follows the last day the text named; a year named earlier is too coarse for
      // it, so the document date serves instead (a recent month, below, does not). "That year" is
      // the year last named, "the following month" the month last named;
      // "the spring" in "the spring and summer of 1943" is in the year written after it.
      const story = c.relative !== 'anaphoric' ? state.context
        : c.grain === 'year' ? lastYear(state.last ?? null, state.context)
        : c.grain === 'month' ? lastMonth(state.last ?? null, state.context) : state.context;
      const shared = sharedYear(text, c, cands[i + 1]);
      // In news, "most recently last October ... that same day" is a day of the month just named,
      // which the text does not give (1998-10-XX), not the document's day nor an older story day.
      // Only a month of the past year: an older one is a comparison ("lows not seen since October
      // 1982. For the day, the index fell").
      // A clock time is not such a day: "revealed in January 2005 ... The take-off, at 08:30 UTC" is
      // the report's day.
      const named = dctDay !== null && c.relative === 'anaphoric' && (c.grain ?? 'day') === 'day' && c.type !== 'TIME' ? lastMonth(state.last ?? null, state.context) : null;
      const back = named?.gran === 'month' && dctDay ? dctDay.y * 12 + dctDay.m - (named.y * 12 + named.m) : -1;
      const recent = back >= 0 && back <= 12;
      let ref = shared ?? (dctDay === null ? story
        : recent ? named
        : c.relative === 'anaphoric' && story && FINER[story.gran] >= FINER[c.grain ?? 'day'] ? story : dctDay);
      // "In 2009, the river crested on March 28": a sentence that opens on a year frames its yearless days.
      // Only a past year, a past clause, and not the day a source spoke ("In 2012, sales rose, the
      // company said on March 20") nor past a semicolon.
      const framed = c.yearless && dctDay ? openingYear(text, c.start) ?? coordinatedYear(text, c.start, text.slice(c.start, c.end)) : null;
      // A coming year frames what is told ahead or as a schedule: "In 2014, Hanukkah begins on Dec. 16".
      const told = framed !== null && dctDay && framed !== dctDay.y ? tenseAt(text, c.start, c.end) : null;
      if (framed !== null && dctDay && ((framed < dctDay.y && told === 'past') || (framed > dctDay.y && told !== 'past'))
        && !REPORTED.test(text.slice(Math.max(0, c.start - 24), c.start).replace(/\bon\s+$/, ''))) ref = { y: framed, m: 1, d: 1, gran: 'year' };
      // A chronology's entries are of its heading's year, whatever tense they are told in.
      // (Only in an entry: a line that opens on a date or a year, as a chronology's lines do.)
      else if (c.yearless && dctDay) {
        const chronicled = chronologyYear(text, c, state.heading ?? null);
        if (chronicled !== null && chronicled !== dctDay.y) ref = { y: chronicled, m: 1, d: 1, gran: 'year' };
      }
      const quoted = dctDay === null && quotedNow(text, c);
      // A story day that is the report's own ("protesters gathered on Monday night" told that Monday)
      // is no story of the past: "Thirty years on" still counts from the present, not from it.
      const ownDay = ref !== null && dctDay !== null && ref.gran === 'day' && ref.y === dctDay.y && ref.m === dctDay.m && ref.d === dctDay.d;
      value = c.value(quoted ? null : ref, state.last ?? null, !quoted && ref !== null && ref !== dctDay && !ownDay);
      // "Sentencing is set for Nov. 29. The verdict was read shortly after 1 p.m.": a clock told in
      // the past cannot fall after the report, so it is the report's day, not the coming one named.
      // Nor can a bare clock told in a plain future fall before it ("the crash happened Sept. 28. The
      // road will reopen at 6 a.m."); a future seen from the past ("said Thursday he would meet
      // Abbas at 10 a.m.") or a clock of a named day ("at 6:30 a.m. the same day") stays with the story.
      if (c.type === 'TIME' && dctDay && ref && ref !== dctDay && ref.gran === 'day' && !ownDay) {
        // (A future further back in the clause counts: "is scheduled to undock at 6:26 p.m. Sunday
        // and land at 8:56 p.m." stays on the Sunday.)
        const told = tenseCue(text, c.start, c.end) ?? farFuture(text, c.start) ?? 'past';
        const plainFuture = told === 'future' && bareClockAhead(text, c);
        if ((told === 'past' && isAfter(ref, dctDay)) || (plainFuture && isAfter(dctDay, ref))) {
          ref = dctDay;
          value = c.value(ref, state.last ?? null, false);
        }
      }
      // "Workers will strike on Wednesday, the union said Tuesday. Pickets will go up at 6 a.m.": a
      // bare clock told in a plain future is on the day to come the saying interrupted.
      if (c.type === 'TIME' && state.ahead && dctDay && ref !== null && !isAfter(ref, dctDay) && bareClockAhead(text, c)) {
        ref = state.ahead;
        value = c.value(ref, state.last ?? null, true);
      }
      // "signed shortly after midnight", told in the past on the report's day: the midnight that
      // opened that day (the day before's T24), not the one still to come.
      // (The story stays on the report's day: the value alone moves.)
      if (c.type === 'TIME' && dctDay && value === `${fmtDay(dctDay)}T24` && tenseAt(text, c.start, c.end) === 'past') opened = `${fmtDay(addDays(dctDay, -1))}T24`;
      if (ref && ref !== dctDay && !shared && !quoted) value = blurredDay(c.value, ref, state.last ?? null) ?? value;
      anchor = ref === null || quoted ? 'unresolved' : ref === dctDay ? 'document-date' : 'text-context';
    }
    // With a document date, absolute dates and named days ("Friday") move the narrative reference;
    // coarse relative ones do not: chaining "a year earlier" ... "a year earlier" would drift.
    // Without a document date, narratives chain.
    if (c.type === 'DATE' || c.type === 'TIME') {
      const day = dayOfValue(value);
      // A jump by decades or centuries ("almost two decades earlier"), or to "the previous year", is
      // a glance back: the story stays in its time.
      const excursion = (anchor !== 'absolute' && /\b(?:decades?|centur(?:y|ies))\b|\b(?:earlier|ago)$|\b(?:previous|preceding|prior) year\b/i.test(text.slice(c.start, c.end)))
        || asideYear(text, c, value, state.context, dctDay === null);
      // A season or quarter moves the story only when it names a new year ("By the spring of 1915"):
      // within the story's year, or counted from it ("next summer"), the finer date stays.
      const sameYear = /-(?:SP|SU|FA|WI|Q\d|H\d|W\d\d)$/.test(value) && (state.context?.y === day?.y || anchor !== 'absolute');
      // "attacked Tuesday night, officials said Wednesday. The assault began at 9:40 p.m.": the day
      // a source spoke is the report's, not the story's; the story stays where it was.
      // Only after an earlier day of the story: "Ford said on Tuesday that ... in morning trading"
      // tells that very day.
      // Nor when what was said looks ahead ("Aides said Thursday he would meet Abbas at 10 a.m."):
      // the story then goes on from the day it was said.
      const reported = dctDay !== null && anchor !== 'absolute' && day !== null && state.context?.gran === 'day' && isAfter(day, state.context)
        && REPORTED.test(text.slice(Math.max(0, c.start - 24), c.start)) && !SAID_AHEAD.test(sentenceRest(text, c.end));
      // "funded the government through Dec. 15. ... later in the evening": a deadline still ahead is
      // no day the story stands on (one reached is: "The strike lasted until Feb. 20. The next day").
      const bound = dctDay !== null && day !== null && isAfter(day, dctDay) && /\b(?:through|until|till|by)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start));
      if (day && !excursion && !sameYear && !reported && !bound && (anchor === 'absolute' || dctDay === null || day.gran === 'day')) {
        // "Workers will strike on Wednesday, the union said Tuesday.": the day still to come is kept
        // for what the story goes on to tell in the future ("Pickets will go up at 6 a.m.").
        const said = dctDay !== null && state.context?.gran === 'day' && isAfter(state.context, dctDay) && !isAfter(day, dctDay)
          && REPORTED.test(text.slice(Math.max(0, c.start - 24), c.start));
        state.ahead = said ? state.context : null;
        state.context = day;
      }
    }
    // "... at 11 a.m. on Nov. 11, 1918. This year's commemorations began at 10 a.m.": the present
    // period brings the story back to the report's day.
    if (dctDay && c.relative === 'deictic' && /^this year\b/i.test(text.slice(c.start, c.end))) state.context = dctDay;
    // "The quarter ended Sept. 30": the day closes the period under discussion, which stays it.
    const closes = /^\d{4}-Q\d$/.test(state.last ?? '') && /\b(?:ended|ending|ends|through)\s+$/i.test(text.slice(Math.max(0, c.start - 8), c.start));
    if (c.type === 'DATE' && /^(?:BC)?\d{4}/.test(value) && !closes) state.last = value;
    if (c.type === 'DATE' && /^\d{4}$/.test(value) && headsLine(text, c)) state.heading = Number(value);
    // Within a chronology, a full date opening an entry moves it into its year ("March 16, 2013 - ...").
    else if (state.heading != null && anchor === 'absolute' && /^\d{4}-\d\d/.test(value) && ENTRY.test(lineTo(text, c))) state.heading = Number(value.slice(0, 4));
    // "For the nine months, ... a year earlier": a half-year or longer reporting stretch replaces
    // the quarter under discussion, and what follows compares years.
    if (c.type === 'DURATION' && /^P(?:6|9)M$/.test(value)) state.last = null;
    // "called the race at 11:20 p.m. Tuesday. Romney conceded at 12:45 a.m.": a small-hours clock of
    // the story's day, after one late in its evening, is past midnight, on the next day.
    const clock = c.type === 'TIME' ? /^(\d{4}-\d\d-\d\d)T(\d\d):/.exec(value) : null;
    // (Not a flashback or a clock of a named morning: "Voters had begun lining up at 5 a.m.", "That
    // morning, at 5 a.m.", "at 2 a.m. the same day", "camped out since 4 a.m.")
    const small = clock !== null && c.relative === 'anaphoric' && Number(clock[2]) < 6 && state.night === clock[1]
      && !/\bhad\b|\b(?:that|this|the same) (?:morning|day)\b|\bsince\s*$/i.test(text.slice(Math.max(0, c.start - 50), c.start))
      && !/^\s*(?:the same day|that (?:morning|day))\b/i.test(text.slice(c.end, c.end + 20)) && !/day|morning/i.test(text.slice(c.start, c.end));
    if (small) {
      const next = parseIsoDay(clock[1]!);
      if (next) value = fmtDay(addDays(next, 1)) + value.slice(10);
    }
    // (The night goes on through its small hours: "conceded at 12:45 a.m. ... spoke at 1:38 a.m.")
    if (clock && !small) state.night = Number(clock[2]) >= 20 ? clock[1] : null;
    // TimeML types an expression by what it pins down: a day with a time of day, however vague
    // ("Friday night": 2013-03-22TNI), is a TIME.
    const type = c.type === 'DATE' && /T(?:MO|AF|EV|NI|DT|\d)/.test(value) ? 'TIME' : c.type;
    return { text: text.slice(c.start, c.end), start: c.start, end: c.end, type, value: opened ?? value, anchor, ...(c.mod ? { mod: c.mod } : {}) };
  });
}
