// Days named relative to the document date ("yesterday", "tonight", "earlier today") or to the last
// date mentioned ("the next day", "the day before", "two days later"), and parts of that day
// ("in the morning", "4 in the morning").
import { fmtDay, addDays } from '../day-math';
import type { Recognizer } from '../recognizer';
import { shift } from '../shift';

const OFFSET: Readonly<Record<string, number>> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const PART: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

export const deicticDays: Recognizer = {
  name: 'deictic-days',
  cue: ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night'],
  pattern: /\b(?:(early|late|earlier|later|mid-?afternoon|midday) )?(today|tonight|yesterday|tomorrow)(?:'s)?(?: (morning|afternoon|evening|night))?\b|\b(this|last) (morning|afternoon|evening|night)\b/gi,
  extract(m) {
    const word = (m[2] ?? '').toLowerCase();
    // "mid-afternoon yesterday": the leading part of day is the part.
    const lead = /^mid-?afternoon$/i.test(m[1] ?? '') ? 'afternoon' : '';
    const part = (m[3] ?? m[5] ?? (lead || (word === 'tonight' ? 'tonight' : ''))).toLowerCase();
    const n = m[4] ? (m[4].toLowerCase() === 'last' && part === 'night' ? -1 : 0) : OFFSET[word] ?? 0;
    const end = m.index + m[0].length - (!m[3] && m[0].endsWith("'s") ? 2 : 0);
    const suffix = part ? `T${PART[part]}` : '';
    // TimeBank types a bare part of day as TIME only when no day word comes with it.
    const type = m[4] || lead ? 'TIME' : 'DATE';
    return { start: m.index, end, type, relative: 'deictic', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(addDays(ref, n)) : shift(ref, 'day', n)) + (ref && ref.gran !== 'day' ? '' : suffix) };
  },
};

export const anaphoricDays: Recognizer = {
  name: 'anaphoric-days',
  cue: ['day', 'morning', 'afternoon', 'evening', 'night'],
  pattern: /\b(?:(?:the|that) (next|following|previous|preceding|same) |(?:later |earlier )?(that) )(day|morning|afternoon|evening|night)\b|\bthe day (before|after)\b/gi,
  extract(m, text) {
    const w = (m[1] ?? m[2] ?? m[4] ?? '').toLowerCase();
    const head = text.slice(Math.max(0, m.index - 24), m.index);
    // "rebounded late in the day after falling": the day under discussion, "after" opens the next
    // phrase. "Oct. 12, the day before the plunge": an apposition renames the date just given.
    const same = m[4] !== undefined && (/\b(?:in|during|throughout)\s+$/i.test(head) || /(?:\b\d{1,4}|day)\s*[,\u2013\u2014-]\s*$/i.test(head));
    const n = same ? 0 : w === 'next' || w === 'following' || w === 'after' ? 1 : w === 'same' || w === 'that' ? 0 : -1;
    const part = PART[(m[3] ?? '').toLowerCase()];
    // "the day after his death": "after" governs what follows, so the expression is "the day".
    const end = m[4] && /^ (?!(?:and|but|or|when|while|as)\b)[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)) ? m.index + 7 : m.index + m[0].length;
    return { start: m.index, end, type: 'DATE', relative: 'anaphoric', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(addDays(ref, n)) + (part ? `T${part}` : '') : shift(ref, 'day', n)) };
  },
};

const HOUR: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** "in the morning" (the day under discussion, TMO) and "4 in the morning" (its clock: T04:00). */
export const partsOfDay: Recognizer = {
  name: 'parts-of-day',
  cue: ['in the morning', 'in the afternoon', 'in the evening'],
  pattern: /\b(?:(1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )?in (the (morning|afternoon|evening))\b/gi,
  extract(m) {
    const part = m[3]!.toLowerCase();
    const h = m[1] ? Number(m[1]) || HOUR[m[1].toLowerCase()]! : null;
    // A clock hour comes with its part of day; alone, "the morning" is the part (TimeBank's span).
    const hh = h === null ? null : part === 'morning' ? h % 12 : (h % 12) + 12;
    const start = h === null ? m.index + m[0].length - m[2]!.length : m.index;
    const suffix = hh === null ? `T${PART[part]}` : `T${String(hh).padStart(2, '0')}:00`;
    return { start, end: m.index + m[0].length, type: 'TIME', relative: 'anaphoric', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(ref) : 'XXXX-XX-XX') + suffix };
  },
};

/** "attacked at night", "moved by night": any night, no particular one (XXXX-XX-XXTNI). */
export const genericNights: Recognizer = {
  name: 'generic-nights',
  cue: ['at night', 'by night'],
  pattern: /\b(?<=(?:at|by) )night\b(?![-'])/gi,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: 'XXXX-XX-XXTNI' };
  },
};

/** "On the 5th, the Soviets offered ...": a day of the month under discussion (anaphoric). */
export const ordinalDays: Recognizer = {
  name: 'ordinal-days',
  cue: ['the 1', 'the 2', 'the 3', 'the 4', 'the 5', 'the 6', 'the 7', 'the 8', 'the 9'],
  pattern: /(?<=\b(?:[Oo]n|[Ff]rom|[Bb]y|[Uu]ntil|[Tt]ill) )the ([12]\d|3[01]|[1-9])(?:st|nd|rd|th)(?=[,.;)]| to\b)/g,
  extract(m) {
    const d = +m[1]!;
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', grain: 'month',
      value: (ref) => (ref && ref.gran !== 'year' ? `${fmtDay({ ...ref, d, gran: 'day' })}` : `XXXX-XX-${String(d).padStart(2, '0')}`),
    };
  },
};

/** "By mid afternoon, ...", "at mid-morning": that part of the day under discussion (TAF, TMO). */
export const midParts: Recognizer = {
  name: 'mid-parts',
  cue: ['mid afternoon', 'mid-afternoon', 'midafternoon', 'mid morning', 'mid-morning', 'midmorning'],
  pattern: /(?<=\b(?:[Bb]y|[Aa]t|[Ii]n|[Uu]ntil|[Aa]round|[Ff]rom) )mid[- ]?(morning|afternoon)\b(?! (?:yesterday|today|tomorrow)\b)/gi,
  extract(m) {
    const suffix = `T${PART[m[1]!.toLowerCase()]}`;
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', relative: 'anaphoric', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(ref) : 'XXXX-XX-XX') + suffix };
  },
};

/** Market reports' "ended the day at 9,505", "for the day, the Nikkei closed": the trading day the
 *  story is about (anaphoric); "the day before/of/when ..." is left to the rules that read on. */
export const tradingDays: Recognizer = {
  name: 'trading-days',
  cue: ['the day'],
  pattern: /(?<=\b(?:[Ee]nd|[Ee]nds|[Ee]nded|[Ee]nding|[Ff]inish|[Ff]inished|[Ff]inishing|[Cc]losed|[Ff]or|[Oo]n) )the day\b(?! (?:before|after|of|when|that|and|in)\b)(?=[ ,.;])/g,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(ref) : 'XXXX-XX-XX') };
  },
};
