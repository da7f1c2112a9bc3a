// Vague stretches named by their place in a story: "the first hours" (PTXH), "the early years"
// (PXY), "the following days" (PXD), "the intervening years". TimeBank and WikiWars both tag them
// as durations of an unknown count; "the early hours of Thursday morning" belongs to the day.
import { WEEKDAY_RE, MONTH_RE } from '../lexicon';
import type { Recognizer } from '../recognizer';
import { durationValue } from './durations';

const OF_A_DAY = new RegExp(`^ of (?:${WEEKDAY_RE}|${MONTH_RE}|\\d|(?:the|that) (?:day|morning|night|evening)\\b)`, 'i');

export const stretches: Recognizer = {
  name: 'stretches',
  cue: ['hours', 'days', 'weeks', 'months', 'years', 'decades'],
  pattern: /\bthe (?:first|final|early|last|opening|initial|intervening|following|succeeding|ensuing|subsequent) (hours|days|weeks|months|years|decades)\b/gi,
  extract(m, text) {
    if (OF_A_DAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
    const unit = m[1]!.toLowerCase().replace(/s$/, '');
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(-1, unit) };
  },
};
