// Days named relative to the document date ("yesterday", "tonight", "earlier today") or to the last
// date mentioned ("the next day", "the day before", "two days later").
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
    const part = (m[3] ?? m[5] ?? (word === 'tonight' ? 'tonight' : '')).toLowerCase();
    const n = m[4] ? (m[4].toLowerCase() === 'last' && part === 'night' ? -1 : 0) : OFFSET[word] ?? 0;
    const end = m.index + m[0].length - (!m[3] && m[0].endsWith("'s") ? 2 : 0);
    const suffix = part ? `T${PART[part]}` : '';
    // TimeBank types a bare part of day as TIME only when no day word comes with it.
    const type = m[4] ? 'TIME' : 'DATE';
    return { start: m.index, end, type, relative: 'deictic', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(addDays(ref, n)) : shift(ref, 'day', n)) + (ref && ref.gran !== 'day' ? '' : suffix) };
  },
};

export const anaphoricDays: Recognizer = {
  name: 'anaphoric-days',
  cue: ['day', 'morning', 'afternoon', 'evening', 'night'],
  pattern: /\b(?:(?:the|that) (next|following|previous|preceding|same) |(?:later |earlier )?(that) )(day|morning|afternoon|evening|night)\b|\bthe day (before|after)\b/gi,
  extract(m) {
    const w = (m[1] ?? m[2] ?? m[4] ?? '').toLowerCase();
    const n = w === 'next' || w === 'following' || w === 'after' ? 1 : w === 'same' || w === 'that' ? 0 : -1;
    const part = PART[(m[3] ?? '').toLowerCase()];
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', relative: 'anaphoric', value: (ref) => (ref && ref.gran === 'day' ? fmtDay(addDays(ref, n)) + (part ? `T${part}` : '') : shift(ref, 'day', n)) };
  },
};
