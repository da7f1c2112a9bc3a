// Quarters, halves and seasons: "the third quarter" (nearest to the document date), "third-quarter",
// "the first quarter of 2013", "the latest quarter", "the second half of 2019", "last fall", "spring 1998".
import { addMonths, year, type Day } from '../day-math';
import { MONTH_RE, monthOf } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { sentenceAround } from '../sentence';
import { quartersBack, quarterValue, shift } from '../shift';
import { tenseAt, type Tense } from '../tense';
import type { TimexMod } from '../types';

const ORD: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

/** "of the year", "of this year", "of last year": the year a period belongs to, relative to the reference. */
const OF_YEAR = ' of (the|this|last|next) (?:fiscal )?year';
/** The last day after a quarter: ", which ended Feb. 28", " ending May 31", " that ends June 30". */
const ENDED = new RegExp(`^,? (?:which |that )?(ended|ends|ending|will end) (${MONTH_RE}) (\\d{1,2})\\b(?!,? \\d{4})`);
const yearShift = (w: string | undefined): number | null =>
  w === undefined ? null : ({ the: 0, this: 0, last: -1, next: 1 } as Record<string, number>)[w.toLowerCase()]!;

/** The year of quarter `q` as news reports it: the latest one begun by the reference date (in
 *  October "the first quarter" is this year's, as the results it reports are). Results of the
 *  quarter just ended are still to come ("will release third-quarter results"), so only a clause
 *  about the future naming a quarter three back means next year's ("expects a first-quarter loss"). */
export function quarterYear(ref: Day, q: number, tense: Tense): number {
  const cur = Math.ceil(ref.m / 3);
  // A quarter begun under two weeks ago has no results to tell in the past: a past clause speaks of
  // the quarter just ended and those before it ("the index fell in the second quarter" on January 3
  // is last year's). TBAQ's past-tense current quarters are told a month or more in.
  if (tense === 'past' && ref.gran === 'day' && ref.m % 3 === 1 && ref.d <= 14) {
    const [prev, y] = cur === 1 ? [4, ref.y - 1] : [cur - 1, ref.y];
    return q <= prev ? y : y - 1;
  }
  if (tense === 'future' && cur - q >= 3) return ref.y + 1;
  // In January and February the fourth quarter just ended is the one whose results are still to
  // come ("Fourth-quarter earnings season begins next week", "Data for the fourth quarter is due
  // on Friday"), not the one nine months ahead.
  if (tense === 'future' && q === 4 && ref.m <= 2 && ref.gran === 'day') return ref.y - 1;
  // A quarter still to begin is this year's in a clause about the future ("will cut output in the
  // fourth quarter", written in May), and the very next one whatever the tense ("announced closures
  // during the fourth quarter", written in August): last year's would be three quarters back.
  if (q > cur && (tense === 'future' || q === cur + 1)) return ref.y;
  return q <= cur ? ref.y : ref.y - 1;
}

/** Words of a game in the sentence around `at`: there "the fourth quarter" and "the first half" are
 *  periods of play, not of a year ("trailed 72-71 entering the fourth quarter"). */
const GAME = /\b(?:halftime|half-time|touchdowns?|field goals?|free throws?|(?:3|three)-pointers?|rebounds|layups?|quarterback|buzzer|innings?|goalkeeper|power play|penalty kicks?|tip-?off|(?:led|trailed|leading|trailing) \d{1,3}-\d{1,3})\b/i;
const inGame = (text: string, at: number): boolean => GAME.test(sentenceAround(text, at));

export const ordinalQuarters: Recognizer = {
  name: 'ordinal-quarters',
  cue: ['quarter'],
  // `(?=\w)` fails fast at a word's end, where no quarter starts.
  pattern: new RegExp(String.raw`\b(?=\w)(?:(the|its|this year's|last year's|next year's) )?(?:(fiscal|calendar) )?(?:(\d{4}) )?(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b(?: of (?:fiscal )?(\d{4})|,? (\d{4})|${OF_YEAR}\b)?`, 'gi'),
  extract(m, text) {
    const q = ORD[m[4]!.toLowerCase()]!;
    const det = (m[1] ?? '').toLowerCase();
    // TimeBank leaves the article out of the adjective form ("the third-quarter loss").
    const start = det === 'its' || (det === 'the' && /quarter$/i.test(m[0]) && /-quarter/i.test(m[0]) && !m[3]) ? m.index + 4 : m.index;
    const y = m[3] ?? m[5] ?? m[6];
    if (!y && !det.includes('year') && inGame(text, m.index)) return null;
    if (y) return { start, end: m.index + m[0].length, type: 'DATE', value: `${y}-Q${q}` };
    const shiftY = yearShift(m[7]) ?? (det.startsWith('last') ? -1 : det.startsWith('next') ? 1 : det.startsWith('this') ? 0 : null);
    // "the fiscal third quarter, which ended Feb. 28": a quarter is of the year its last day falls in
    // (TBAQ: "fourth quarter ended Aug. 26" 1989-Q4, "fiscal-first quarter ended Sept. 30" 1989-Q1).
    const closing = shiftY === null ? ENDED.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
    if (closing) {
      const em = monthOf(closing[2]!);
      const ed = +closing[3]!;
      const past = /ended/i.test(closing[1]!);
      return {
        start, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
        value: (ref) => {
          if (!ref) return `XXXX-Q${q}`;
          const onOrBefore = em < ref.m || (em === ref.m && ed <= ref.d);
          return `${year(past ? (onOrBefore ? ref.y : ref.y - 1) : (onOrBefore ? ref.y + 1 : ref.y))}-Q${q}`;
        },
      };
    }
    const tense = shiftY === null ? tenseAt(text, m.index, m.index + m[0].length) : 'past';
    return {
      start, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      value: (ref) => (ref ? `${year(shiftY === null ? quarterYear(ref, q, tense) : ref.y + shiftY)}-Q${q}` : `XXXX-Q${q}`),
    };
  },
};

/** "the October-December quarter", "the April-June period": a quarter named by its months (Japanese
 *  and European results), one expression whose year comes as "the fourth quarter"'s does. */
export const monthSpanQuarters: Recognizer = {
  name: 'month-span-quarters',
  cue: ['january-', 'april-', 'july-', 'october-', 'january\u2013', 'april\u2013', 'july\u2013', 'october\u2013'],
  pattern: /\b(?:the )?(January|April|July|October)[-\u2013](March|June|September|December)(?: (?:fiscal )?(?:quarter|period|three months))?(?:,? (\d{4}))?\b/g,
  extract(m, text) {
    const q = ['January', 'April', 'July', 'October'].indexOf(m[1]!) + 1;
    // Only a quarter's own months ("April-June"), and only as a period: bare "October-December" may be two months.
    if (['March', 'June', 'September', 'December'].indexOf(m[2]!) + 1 !== q || !/(?:quarter|period|months)(?:,? \d{4})?$/.test(m[0])) return null;
    const end = m.index + m[0].length;
    if (m[3]) return { start: m.index, end, type: 'DATE', value: `${m[3]}-Q${q}` };
    const tense = tenseAt(text, m.index, end);
    return { start: m.index, end, type: 'DATE', relative: 'deictic', value: (ref) => (ref ? `${year(quarterYear(ref, q, tense))}-Q${q}` : `XXXX-Q${q}`) };
  },
};

/** The end date after "the quarter": " ended Sept. 30", " ending June 30, 2012", " to December 31". */
const QUARTER_END = new RegExp(`^ (?:ended|ending|to|through) (${MONTH_RE}) (30|31)(?:st|th)?(?:,? ((?:19|20)\\d\\d))?\\b`);

export const namedQuarters: Recognizer = {
  name: 'named-quarters',
  cue: ['quarter'],
  // ("abandoned the quarter system": a school's calendar, no quarter of a year.)
  pattern: /\b(?:(?:the|that) (?:(latest|last|past|previous|prior|preceding|current|next|coming|same|year-earlier|year-ago|recent|just-ended|just-completed) )?|(this|last|next) )(?:fiscal )?quarter\b(?!s|ly| system\b)/gi,
  extract(m, text) {
    const w = (m[1] ?? m[2] ?? '').toLowerCase();
    const n = w === 'current' || w === 'this' ? 0 : w === 'next' || w === 'coming' ? 1 : w.startsWith('year') ? -5 : -1;
    // "the quarter ended Sept. 30", "the quarter to June 30, 2012": the calendar quarter the date
    // closes (TimeBank: wsj_0325 "the quarter ended Sept. 30" is 1989-Q3), the latest such one
    // unless the year is written. Other end dates are fiscal quarters, left as they were.
    const closing = !w || w === 'latest' ? QUARTER_END.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 26)) : null;
    const endMonth = closing ? monthOf(closing[1]!) : null;
    if (closing && endMonth && endMonth % 3 === 0 && +closing[2]! === (endMonth === 3 || endMonth === 12 ? 31 : 30)) {
      const q = endMonth / 3;
      if (closing[3]) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${closing[3]}-Q${q}` };
      return {
        start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
        value: (ref) => (ref ? `${year(ref.m * 100 + ref.d >= endMonth * 100 + +closing[2]! ? ref.y : ref.y - 1)}-Q${q}` : `XXXX-Q${q}`),
      };
    }
    // "rose in the third quarter from the previous quarter": the one before the quarter under
    // discussion, when the text has just named a recent one (the past year's); else before the reference's.
    const before = /^p(?:revious|rior|receding)$/.test(w);
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic',
      value: (ref, last) => {
        if (!ref) return 'XXXX-QX';
        const named = before ? quarterValue(last) : null;
        const back = named ? quartersBack(ref, named.y, named.q) : -1;
        if (named && back >= 0 && back < 4) return shift({ y: named.y, m: 3 * named.q, d: 1, gran: 'month' }, 'quarter', -1);
        const t = addMonths(ref.y, ref.m, 3 * n);
        return `${year(t.y)}-Q${Math.ceil(t.m / 3)}`;
      },
    };
  },
};

export const halves: Recognizer = {
  name: 'halves',
  cue: ['half'],
  pattern: new RegExp(String.raw`\b(?:the )?(first|second|last|latter)[- ]half\b(?: of (?:fiscal )?(\d{4})|,? (\d{4})|${OF_YEAR}\b| of the (?:'(\d)0|(1\d|20)(\d)0)'?s\b)?`, 'gi'),
  extract(m, text) {
    const h = m[1]!.toLowerCase() === 'first' ? 1 : 2;
    // "the last half of the '80s": the decade's edge (TimeBank writes the decade).
    if (m[5] || m[6]) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: m[5] ? `19${m[5]}` : `${m[6]}${m[7]}`, mod: h === 1 ? 'START' : 'END' };
    // "The first half of the Soviet contingent": half of a thing, not of a year.
    if (!m[2] && !m[4] && /^ of (?!fiscal\b|\d)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    const y = m[2] ?? m[3];
    if (!y && !m[4] && inGame(text, m.index)) return null;
    if (y) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${y}-H${h}` };
    const n = yearShift(m[4]) ?? 0;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'deictic', value: (ref) => (ref ? `${year(ref.y + n)}-H${h}` : `XXXX-H${h}`) };
  },
};

const SEASON: Readonly<Record<string, { code: string; i: number }>> = {
  spring: { code: 'SP', i: 1 }, summer: { code: 'SU', i: 2 }, fall: { code: 'FA', i: 3 }, autumn: { code: 'FA', i: 3 }, winter: { code: 'WI', i: 4 },
};
/** A story's seasons in the order its year runs them. */
const STORY_ORDER: readonly string[] = ['WI', 'SP', 'SU', 'FA'];
const seasonIndex = (m: number) => (m >= 3 && m <= 5 ? 1 : m >= 6 && m <= 8 ? 2 : m >= 9 && m <= 11 ? 3 : 4);

export const seasons: Recognizer = {
  name: 'seasons',
  cue: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  pattern: /\b(?:(?:(this past|this|last|next|past|the (?:next|following|previous|preceding|prior)|that same|the same|that|the|early|late|mid)[- ])(?:(early|late|mid)[- ])?)?(spring|summer|fall|autumn|winter)\b(?:(?: of)? (\d{4})\b| of (\d{1,4}) ?(?:BC|B\.C\.|BCE)(?!\w)| of (this|last|next) year\b)?/gi,
  extract(m, text) {
    const rel = (m[1] ?? '').toLowerCase();
    const s = SEASON[m[3]!.toLowerCase()]!;
    const edge = (m[2] ?? (['early', 'late', 'mid'].includes(rel) ? rel : '')).toLowerCase();
    const mod: TimexMod | undefined = edge === 'early' ? 'START' : edge === 'late' ? 'END' : edge === 'mid' ? 'MID' : undefined;
    // "fall" and "spring" are verbs and nouns too: bare, they need a determiner, a year or a preposition
    // ("summer", "winter", "autumn" are seasons wherever they stand: "their summer offensive").
    // Before a campaign ("a spring offensive", "Meade's fall campaign") they are the season too.
    const campaign = /^ (?:offensives?|campaigns?|fighting)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (!rel && !m[4] && !m[5] && !m[6] && !campaign && !/^(?:summer|winter|autumn)$/i.test(m[3]!) && !/\b(?:in|during|by|since|until|through|of|this|that|each|every)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    // A bare capitalized season before a capitalized word is a name: "Winter Olympics", "Summer Palace";
    // but a campaign named by its season happened then ("the Spring Offensive": WikiWars tags the season).
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const named = (!rel || rel === 'the') && !m[4] && !m[5] && /^[A-Z]/.test(m[3]!) && /^ [A-Z]/.test(next);
    if (named && !/^ (?:Offensives?|Campaign|Fighting|Harvest)\b/.test(next)) return null;
    // "the fall of Saigon" is a defeat, not autumn: "fall of" must name a time ("the fall of 1975", "of that year").
    if (!m[4] && !m[5] && /^fall$/i.test(m[3]!) && /^ of (?!(?:that|the same|this|last|next) year\b|\d)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    // The name's article is the campaign's, not the season's; so is the article of a noun the season
    // qualifies ("before the summer offensive", "the summer KPA invasion", "the summer movie season":
    // WikiWars leaves "the" out, 2 to 0).
    const qualifies = rel === 'the' && !m[2] && !m[4] && /^ (?:[A-Z]{2,}\b|(?:offensives?|campaigns?|invasions?|season|rush|sessions?|recess|break|vacations?|holidays|movie|travel|tourist|blockbuster|heat|sales|schedule)\b)/.test(next);
    const base = { start: named || qualifies ? m.index + m[0].length - m[3]!.length : m.index, end: m.index + m[0].length, type: 'DATE' as const, ...(mod ? { mod } : {}) };
    if (m[4]) return { ...base, value: `${m[4]}-${s.code}` };
    if (m[5]) return { ...base, value: `${year(1 - +m[5])}-${s.code}` }; // "the spring of 480 BC"
    // "entered winter quarters", "winter food supplies": a kind of thing, for any winter (WikiWars
    // writes XXXX-WI), not the winter of the story's year.
    if (!rel && /^ (?:quarters|clothing|supplies|food|uniforms|gear)\b/i.test(next)) return { ...base, value: `XXXX-${s.code}` };
    // "the papal summer residence", "a summer home", "a winter storm", "winter wheat", "a winter-type
    // system": a kind of place, weather, crop or thing,
    // with no time of the story (a season's date there would place a false point on the timeline).
    // ("a winter weather advisory" too, a forecast office's product; "the harsh winter weather" is this winter's.)
    if ((!rel || rel === 'the') && !m[4] && /^(?: (?:residences?|homes?|house|palace|camps?|retreats?|resorts?|cottages?|villas?|estates?|storms?|weather (?:advisory|advisories|warnings?|watch|alerts?)|tires|coats?|wheat|crops?|wear|clothing|clothes)\b|-(?:type|like|style)\b)/i.test(next)) return null;
    // "Districts that fall short", "prices that fall below": the verb, not the season.
    if (rel === 'that' && /^fall$/i.test(m[3]!) && /^ (?:short|below|behind|within|outside|between|apart)\b/i.test(next)) return null;
    // "the Spring Offensive of 1918", "the Winter Offensive (early 1951)": the campaign's year is the season's.
    const fought = campaign || named ? /^"? \w+(?: of | \((?:early |late |mid-)?)(\d{4})\b/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
    if (fought && (!rel || rel === 'the')) return { ...base, value: `${fought[1]}-${s.code}` };
    // "the spring of next year": the year is said outright, relative to the reference.
    const said = yearShift(m[6]);
    if (said !== null) return { ...base, relative: 'deictic', value: (ref) => (ref ? `${year(ref.y + said)}-${s.code}` : `XXXX-${s.code}`) };

    // "The next spring", "the following winter": the one after the time under discussion ("In April
    // 2009 ... The following spring" is 2010's, whatever the document date), as "the following
    // year" is; "that same spring": the season of the year last named, as "that year" is.
    // ("next spring" with no article counts from the document date.)
    const same = /^that|same$/.test(rel);
    const after = /^the (?:next|following)$/.test(rel);
    // "In 1972 he moved ... The previous summer": the one before the time under discussion.
    const before = /^the (?:previous|preceding|prior)$/.test(rel);
    const tense = rel === 'last' || rel === 'past' || rel === 'this past' || before ? 'past' : /next|following/.test(rel) ? 'future' : rel === 'this' || same ? 'present' : tenseAt(text, m.index, m.index + m[0].length);
    return {
      ...base, ...(same || after || before ? { relative: 'anaphoric' as const, grain: 'year' as const } : { relative: 'deictic' as const }),
      value: (ref, last, narrative) => {
        if (!ref) return `XXXX-${s.code}`;
        // A story names its seasons in the year it is telling, as it does its months.
        // A winter met in a story's autumn is the one that follows, which lies mostly in the next
        // year ("over the winter" after a November battle): WikiWars dates it so.
        // So is a winter after an autumn the story named ("in the autumn of 481 BC ... passed the winter").
        if (before && narrative) return `${year(ref.gran === 'year' || s.i >= seasonIndex(ref.m) ? ref.y - 1 : ref.y)}-${s.code}`;
        if (narrative && !/last|next|past|following/.test(rel)) return `${year(ref.y + (s.code === 'WI' && ((ref.gran !== 'year' && ref.m >= 9) || /^(?:BC)?\d{4}-FA$/.test(last ?? '')) ? 1 : 0))}-${s.code}`;
        // "The following spring" in a story: the first after where the story stands, its seasons
        // running winter to autumn within a year as it dates them (a winter lies mostly in the year
        // after its December: "In December 1777 ... The next spring" is 1778's). A season known only
        // to its year ("in the spring of 2009 ... the following summer") is where the story stands;
        // a year alone ("In 2009 ... the following spring") is left whole.
        if (after && narrative) {
          const seen = ref.gran === 'year' ? /^(?:BC)?\d{4}-(WI|SP|SU|FA)$/.exec(last ?? '') : null;
          const [at, y] = seen ? [STORY_ORDER.indexOf(seen[1]!), ref.y] : ref.gran === 'year' ? [4, ref.y] : ref.m === 12 ? [0, ref.y + 1] : [Math.floor(ref.m / 3), ref.y];
          return `${year(STORY_ORDER.indexOf(s.code) > at ? y : y + 1)}-${s.code}`;
        }
        const cur = seasonIndex(ref.m);
        // January and February belong to the winter that began the year before: there, "last
        // fall" is the year before's fall.
        const base = ref.m <= 2 && !narrative ? ref.y - 1 : ref.y;
        // A season still running is the one meant, looking back or ahead ("will hold their autumn
        // meetings" in October), unless "last" or "next" steps past it.
        const y = tense === 'past' ? (s.i < cur || (s.i === cur && rel !== 'last') ? base : base - 1) : tense === 'future' ? (s.i > cur || (s.i === cur && !/next|following/.test(rel)) ? base : base + 1) : ref.y;
        return `${year(y)}-${s.code}`;
      },
    };
  },
};
