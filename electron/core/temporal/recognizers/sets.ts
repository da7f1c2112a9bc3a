// Sets (TIMEX3 type SET): "daily" (P1D), "every week" (P1W), "each July" (XXXX-07),
// "every Monday" (XXXX-WXX-1), "every Monday morning" (XXXX-WXX-1TMO), "every two hours" (PT2H),
// "every quarter" (P1Q, as TimeBank writes it), "twice a year", "every few years" (PXY); "quarterly"
// only as an adverb ("pays quarterly"): "quarterly earnings" is a kind of report, not a recurrence.
// A count of occurrences per period is a SET valued by the period: TimeML 1.2.1 gives "twice a
// month" as SET P1M (the count goes to `freq`, which we do not emit), so "two times a week" is
// SET P1W like "twice a week", not the DURATION "a week".
import { DAY_PARTS, MONTHS, SPEED_BEFORE, WEEKDAYS } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { durationValue, isDurationUnit } from './durations';

const ADVERB: Readonly<Record<string, string>> = { hourly: 'PT1H', daily: 'P1D', nightly: 'XXXX-XX-XXTNI', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', biweekly: 'P2W', 'bi-weekly': 'P2W', fortnightly: 'P2W', semiannually: 'P6M' };
/** Points in a day or a year that recur ("every morning", "every night" as "Tuesday nights" is
 *  XXXX-WXX-2TNI in TimeBank; "each July" is read from MONTHS). */
const UNIT: Readonly<Record<string, string>> = { morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI', weekend: 'XXXX-WXX-WE',
  spring: 'XXXX-SP', summer: 'XXXX-SU', autumn: 'XXXX-FA', fall: 'XXXX-FA', winter: 'XXXX-WI' };
const COUNT: Readonly<Record<string, number | 'X'>> = { other: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100, few: 'X', several: 'X' };

export const sets: Recognizer = {
  name: 'sets',
  cue: ['hourly', 'daily', 'nightly', 'weekly', 'monthly', 'quarterly', 'annually', 'yearly', 'every ', 'each ', 'per ', 'once ', 'twice ', 'times ', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'day mornings', 'day afternoons', 'day evenings', 'day nights', 'weekends'],
  pattern: /\b(hourly|daily|nightly|fortnightly|weekly|bi-?weekly|monthly|quarterly|semiannually|annually|yearly)\b(?<!quarterly(?=[ -][a-z]))(?! (?:newspaper|paper|magazine|publication|report|meeting|average|rate|limit|bulletin|briefing))|\b(?:every|each|per) (?:((?<=every )other|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|few|several|half an?|half|\d{1,3}(?:\.\d)?) )?(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?=ies)|century|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(s?)(?: (morning|afternoon|evening|night))?\b|\b(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d{1,2}) times) (?:a|an|per) (hour|day|week|month|quarter|year)\b|(?<=\b(?:[Oo]n|[Aa]t|[Oo]ver|[Ww]orks?|[Ww]orking) )(weekend)s\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|(?= (?:morning|afternoon|evening|night)s\b))(?: (morning|afternoon|evening|night)s)?\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=(?:,| and| or) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s\b| (morning|afternoon|evening|night)s\b))/gi,
  extract(m, text) {
    let value: string | undefined;
    // "to rise 8.5% annually": after a percentage the adverb makes a growth rate, not a recurrence
    // (TBAQ 2 to 0; no such phrase in WikiWars or MEANTIME).
    if (m[1] && /(?:%|\bper ?cent)\s$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return null;
    // "the average daily volume", "average daily share turnover": the unit of a market average, no
    // recurrence (TBAQ 2 to 0); "average hourly earnings" stays a SET, as TBAQ tags it (1 to 0).
    if (m[1] && /^daily$/i.test(m[1]) && /\baverage\s$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    // "The Daily Telegraph", "the Daily Mail": a paper's name, not a recurrence.
    if (m[1] && /^[A-Z]/.test(m[1]) && /^ [A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) && /\b(?:the|The)\s$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    if (m[1]) value = ADVERB[m[1].toLowerCase()];
    // "twice daily", "three times weekly": the count of occurrences joins the SET (read back: in the
    // pattern it would be tried at every word).
    const count = m[1] ? /\b(?:once|twice|(?:two|three|four|five|six) times) $/i.exec(text.slice(Math.max(0, m.index - 12), m.index)) : null;
    if (count && value) return { start: m.index - count[0].length, end: m.index + m[0].length, type: 'SET', value };
    else if (m[3]) {
      const w = m[3].toLowerCase() === 'centur' ? 'century' : m[3].toLowerCase();
      const c = m[2]?.toLowerCase();
      // "15 million instructions per second" is a speed, not a recurrence (TBAQ 1 to 0).
      if (w === 'second' && /^per/i.test(m[0])) return null;
      // "80 miles per hour", "300 km per hour": a speed, not a recurrence.
      if (/^per/i.test(m[0]) && SPEED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // "every few years": a recurring stretch of unknown length (PXY); "every half hour": PT30M.
      const every = !c ? 1 : /^half/.test(c) ? 0.5 : COUNT[c] ?? (Number(c) || 1);
      if (w in WEEKDAYS) value = `XXXX-WXX-${WEEKDAYS[w]}`;
      else if (w in MONTHS) value = `XXXX-${String(MONTHS[w]).padStart(2, '0')}`;
      else if (every === 0.5) value = w === 'hour' || w === 'day' ? durationValue(0.5, w) : undefined;
      else value = (c ? undefined : UNIT[w]) ?? (isDurationUnit(w) ? durationValue(every === 'X' ? -1 : every, w) : undefined);
      // A plural needs a count ("every two hours"); a part of the day, a weekday ("every Monday morning").
      if (m[4] && (!m[2] || !isDurationUnit(w))) return null;
      if (m[5] && w in WEEKDAYS) value += `T${DAY_PARTS[m[5].toLowerCase()]}`;
      else if (m[5]) return value ? { start: m.index, end: m.index + m[0].length - m[5].length - 1, type: 'SET', value } : null;
    } else if (m[6]) value = durationValue(1, m[6].toLowerCase());
    // "Mondays", "Tuesday nights": a plural weekday or part of a weekday recurs.
    // "works weekends", "closed on weekends": every weekend.
    else if (m[7]) value = 'XXXX-WXX-WE';
    else if (m[8]) value = `XXXX-WXX-${WEEKDAYS[m[8].toLowerCase()]}${m[9] ? `T${DAY_PARTS[m[9].toLowerCase()]}` : ''}`;
    // "Monday and Tuesday nights": the plural distributes over the first weekday too.
    else if (m[10]) value = `XXXX-WXX-${WEEKDAYS[m[10].toLowerCase()]}${m[11] ? `T${DAY_PARTS[m[11].toLowerCase()]}` : ''}`;
    return value ? { start: m.index, end: m.index + m[0].length, type: 'SET', value } : null;
  },
};
