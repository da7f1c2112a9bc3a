// Rules for durations, their spans and types, and the edges of a day: "the start of the day",
// playing time that is no stretch of time, adjectives of length, lone units before a preposition,
// and counts of units "previous" to the time under discussion. One row per rule; each row fails
// without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  // Edges of the day under discussion.
  { rule: '"the start of the day" is an edge of the day under discussion', dct: '2024-03-05', input: 'Shares slid at the start of the day and then recovered.', out: [['the start of the day', 'DATE', '2024-03-05']] },
  { rule: '"at the end of the day" is the idiom, no day', dct: '2024-03-05', input: 'At the end of the day, the voters decide.', out: [] },
  // Spans and types of lengths.
  { rule: '"hours of video" measure a store\'s capacity, not a stretch of time', dct: '2024-03-05', input: 'The new player holds 40 hours of video and sells well.', out: [] },
  { rule: 'after a hyphenated count, "long" stays out of the adjective', dct: '2024-03-05', input: 'The index ended a three-week long slide.', out: [['three-week', 'DURATION', 'P3W']] },
  // Lone units.
  { rule: 'a lone unit before "because" measures a delay', dct: '2024-03-05', input: 'The vote was delayed by one year because of the strike.', out: [['one year', 'DURATION', 'P1Y']] },
  { rule: 'a lone unit before "against" measures a stand', dct: null, input: 'The battalion held the ridge for a day against heavy fire.', out: [['a day', 'DURATION', 'P1D']] },
  { rule: '"a single year" measures one year', dct: null, input: 'The deputies were chosen to serve for a single year.', out: [['a single year', 'DURATION', 'P1Y']] },
  { rule: '"a single-day" leaves its article out, as the adjective "single-day" does', dct: '2024-03-05', input: 'Traders saw a single-day record on the exchange.', out: [['single-day', 'DATE', 'P1D']] },
  { rule: '"the three previous months" counts back three months', dct: '2024-03-05', input: 'Sales fell from the level of the three previous months.', out: [['the three previous months', 'DURATION', 'P3M']] },
  { rule: '"a previous year" names a period, measures none', dct: '2024-03-05', input: 'The harvest topped the total of a previous year.', out: [] },
];

describeRules('duration value rules', CASES);
