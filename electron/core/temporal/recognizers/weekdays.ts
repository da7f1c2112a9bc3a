// Weekdays, resolved by tense against the document date: "said Friday" is the last Friday on or
// before it, "will meet Monday" the next Monday after it; "last/next/this Friday" say so outright.
import { addDays, fmtDay, weekday, type Day } from '../day-math';
import { DAY_PARTS, MONTH_RE, WEEKDAYS } from '../lexicon';
import type { Candidate, Recognizer } from '../recognizer';
import { sentenceTense, tenseCue } from '../tense';

/** The weekday `wd` relative to `ref`: -1 before, +1 after (the day itself too when `inclusive`), 0 in its ISO week. */
export function resolveWeekday(ref: Day, wd: number, dir: -1 | 0 | 1, inclusive = true): Day {
  const cur = weekday(ref);
  if (dir === 0) return addDays(ref, wd - cur);
  if (dir < 0) {
    let back = (cur - wd + 7) % 7;
    if (back === 0 && !inclusive) back = 7;
    return addDays(ref, -back);
  }
  let fwd = (wd - cur + 7) % 7;
  if (fwd === 0 && !inclusive) fwd = 7;
  return addDays(ref, fwd);
}

/** A clock time right before a weekday ("9 a.m. EST Tuesday", "noon, Friday", "10:30 local time on Monday"). */
const CLOCK_BEFORE = /(?:\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am|pm)|\b(?:[01]?\d|2[0-3]):[0-5]\d|\bnoon|\bmidnight)(?: [A-Z]{2,4}| local time)?,? (?:on )?$/i;

const PAPER_AFTER = /^ (?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Tribune|Observer|Mail|Star|Age|World|Business Post|Night Live|Night Football|Morning Corp)\b/;
const NAME_BEFORE = /\b(?:Mail on|Independent on|Scotland on|News|Bloody|Meet the Press) $/;

/** After a possessive day, a clause that looks ahead: "'s vote will decide", "'s deadline is fast approaching". */
const POSSESSIVE_AHEAD = /^'s(?: [\w-]+){1,4}? (?:will|is (?:expected|due|set|scheduled|likely)|are (?:expected|due|set|scheduled|likely)|looms|is (?:fast )?approaching)\b/i;

/** "that" as the weekday's determiner; after a verb of saying or a day ("said that Monday was a
 *  holiday", "said Tuesday that Monday") it opens a clause instead. */
const THAT_BEFORE = /(?<!\b(?:said|says|say|told|announced|reported|added|noted|warned|believes?|believed|think|thinks|thought|knows?|knew|hopes?|hoped|expects?|expected|argued?|claimed?|insisted?|stressed|confirmed|decided|agreed|ruled|showed|shows|means?|meant|fears?|feared|worried|worries|concerns?|possible|likely|unlikely|clear|certain|sure|so|now|is|was|are|were|suggests?|suggested|indicates?|indicated|[A-Za-z]+day) )\b[Tt]hat $/;

/** A date just before, the weekday its apposition ("Nov. 2, a "). */
const DATE_BEFORE = new RegExp(`(?:${MONTH_RE} \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2} ${MONTH_RE})(?:,? \\d{4})?, an? $`);

/** A weekday just before, joined to the one that follows ("Monday and ", "Saturday through ",
 *  "Friday evening, April 11, through "). */
const PAIR_BEFORE = new RegExp(`\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (morning|afternoon|evening|night))?(?:,? ${MONTH_RE} \\d{1,2})?,? (and|or|through|to|until|till|-|–) ?$`);

export const weekdays: Recognizer = {
  name: 'weekdays',
  cue: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  // "Man Friday", "Girl Friday", "Black Friday"-style names are refused by the look-behind.
  pattern: /(?<!\b(?:Man|Girl|Good|Black|Cyber|Super|Fat|Shrove|Ash|Holy|Maundy|Easter|Palm|Whit) )\b(?:([Ll]ast|[Nn]ext|[Tt]his coming|[Tt]his past|[Tt]his|[Pp]ast|[Cc]oming|[Tt]he (?:previous|preceding|following)) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?(?: (morning|afternoon|evening|night))?\b/g,
  extract(m, text) {
    const [, rel, name, part] = m;
    const wd = WEEKDAYS[name!.toLowerCase()]!;
    const nameEnd = m.index + m[0].indexOf(name!) + name!.length;
    // Papers and programmes named for their day: "told The Sunday Times", "the Mail on Sunday",
    // "Fox News Sunday", "Bloody Sunday" (the 1972 killings, not a recent Sunday).
    if (!rel && !part && (PAPER_AFTER.test(text.slice(nameEnd, nameEnd + 16)) || NAME_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)))) return null;
    const possessive = !part && m[0].endsWith("'s");
    const r = rel?.toLowerCase();
    const end = part ? m.index + m[0].length : nameEnd;
    const suffix = part ? `T${DAY_PARTS[part.toLowerCase()]}` : '';
    /** This weekday `dir` of the reference (of the story's day when anaphoric). */
    const weekdayOf = (start: number, relative: 'anaphoric' | 'deictic', dir: -1 | 0 | 1, inclusive = true): Candidate => ({
      start, end, type: 'DATE', relative,
      value: (ref) => (ref && ref.gran === 'day' ? fmtDay(resolveWeekday(ref, wd, dir, inclusive)) : `XXXX-WXX-${wd}`) + suffix,
    });
    // "in an address that Sunday": the one in the week of the day under discussion. (After a verb of
    // saying, "said that Monday was a holiday", "that" opens a clause and is left out.)
    // (Read back from the weekday: in the pattern, "that" would be tried at every word.)
    const that = !rel && !possessive ? THAT_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index)) : null;
    if (that) return weekdayOf(m.index - that[0].length, 'anaphoric', 0);
    // "the previous Friday", "the following Monday": the one before or after the day the text is
    // about, not the document's ("down 4.5% from the previous Friday" in a report on Friday's trading).
    if (r?.startsWith('the ')) return weekdayOf(m.index, 'anaphoric', r === 'the following' ? 1 : -1, false);
    // "falls on Nov. 3, a Sunday": the weekday of the date just named.
    if (!rel && !part && DATE_BEFORE.test(text.slice(Math.max(0, m.index - 28), m.index))) return weekdayOf(m.index, 'anaphoric', 1);
    // "canceled classes Monday and Tuesday", "from Saturday through Monday": the second day of a pair
    // is the first of its name after the first day, whatever the tense says ("Friday and Thursday",
    // going back, is left to it).
    const pair = !rel ? PAIR_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index)) : null;
    if (pair && (/^(?:through|to|until|till|-|–)$/i.test(pair[3]!) || WEEKDAYS[pair[1]!.toLowerCase()]! < wd)) return weekdayOf(m.index, 'anaphoric', 1, false);
    // "until 9 a.m. EST Tuesday": the clock time opens the expression, so the clause's cues are read
    // from before it ("until" leads to the whole deadline, not past the clock).
    const clock = CLOCK_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const from = clock ? m.index - clock[0].length : m.index;
    // "Its concert this Thursday will be ...", said on a Sunday: "this" names the coming one when the
    // clause looks ahead, the one just gone when it looks back, whatever the ISO week says.
    const thisWay = r === 'this' ? sentenceTense(text, from, m.index + m[0].length) : null;
    if (thisWay === 'future' || thisWay === 'past') return weekdayOf(m.index, 'deictic', thisWay === 'future' ? 1 : -1);
    // "Wednesday's ruling", "Tuesday's declaration": news names a day's event once it happened;
    // only "ahead of Sunday's vote" and the like look forward. "Before Friday's purchases" only
    // orders two events: the purchase is as past as any other day's event.
    // A possessive day is past ("Tuesday's vote", TBAQ 21 of 21), unless its clause looks ahead
    // ("Sunday's vote will decide", "Monday's deadline is fast approaching").
    // ("tickets for Sunday's game" look ahead; "was praised for Sunday's performance", "returned for
    // Sunday's win", "ratings for Thursday's games" look back.)
    const judged = possessive && /\b(?:praised|criticized|criticised|blamed|apologized|apologised|credited|thanked|fined|penalized|faulted|lauded|hailed|panned|slammed|ejected|returned|honored|cited|ratings|reviews|attendance|viewership|audience)\s+for\s+$/i.test(text.slice(Math.max(0, m.index - 24), m.index))
      && !POSSESSIVE_AHEAD.test(text.slice(nameEnd, nameEnd + 50)) && tenseCue(text, from, m.index + m[0].length) !== 'future';
    const tense = rel ? null : possessive ? (!judged && (/\b(?:ahead of|until|till|for|will|next)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) || POSSESSIVE_AHEAD.test(text.slice(nameEnd, nameEnd + 50))) ? 'future' : 'past')
      : sentenceTense(text, from, m.index + m[0].length) ?? 'past';
    const dir: -1 | 0 | 1 = r === 'last' || r === 'past' || r === 'this past' ? -1 : r === 'next' || r === 'coming' || r === 'this coming' ? 1 : r === 'this' ? 0 : tense === 'future' ? 1 : -1;
    return weekdayOf(m.index, 'deictic', dir, !r);
  },
};
