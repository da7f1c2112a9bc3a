// Precision rules: contexts where a time word names no time, so the tagger stays silent on them
// (each row fails without its rule; the word's time sense in the same sentence is still found).
import { describeRules } from './rule-table';

describeRules('precision rules', [
  {
    rule: 'sets: a rate adverb after a percentage is a growth rate ("rise 6% annually"), not a recurrence',
    input: 'The fund pays dividends annually and expects its earnings to rise 6% annually.',
    dct: '2024-10-04',
    out: [['annually', 'SET', 'P1Y']],
  },
  {
    rule: 'durations: "a quarter" measuring a change ("a drop of about a quarter") is a share, not a period',
    input: 'Officials reported a drop of about a quarter in attacks within a month.',
    dct: '2024-10-04',
    out: [['a month', 'DURATION', 'P1M']],
  },
]);
