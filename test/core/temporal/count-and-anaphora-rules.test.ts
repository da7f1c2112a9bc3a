// Span rules: anaphoric references to the time under discussion ("that time"), the
// articles that stay outside a duration (before an adjective of length, before a named count of
// days), a share written in quarters, and quarters that are circles of opinion. One row per rule;
// each row fails without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  {
    rule: '"that time" is the date last named; "that time zone" is no time',
    dct: '2011-05-01',
    input: 'The board must vote by June 10, 2011. If no deal is reached by that time, the offer lapses in that time zone.',
    out: [['June 10, 2011', 'DATE', '2011-06-10'], ['that time', 'DATE', '2011-06-10']],
  },
  {
    rule: '"that time" in a narrative takes the month last named',
    dct: null,
    input: 'The siege began in late August 1920. During that time the garrison starved.',
    out: [['late August 1920', 'DATE', '1920-08'], ['that time', 'DATE', '1920-08']],
  },
  {
    rule: 'an article before a "-long" adjective of length stays out of its span',
    dct: null,
    input: 'The town endured a month-long siege and a month-and-a-half long blockade.',
    out: [['month-long', 'DURATION', 'P1M'], ['month-and-a-half long', 'DURATION', 'P1.5M']],
  },
  {
    rule: '"the" before a capitalized count of units (a name) stays out of its span',
    dct: null,
    input: 'Napoleon returned for the Hundred Days; the two days after were quiet.',
    out: [['Hundred Days', 'DURATION', 'P100D'], ['the two days', 'DURATION', 'P2D']],
  },
  {
    rule: 'a count of quarters "of the" group is a share, rounded or not; of the year it still counts quarters',
    dct: null,
    input: 'Three quarters of the delegates left. The index lost nearly three quarters of its value. The first three quarters of the year were calm.',
    out: [['The first three quarters', 'DURATION', 'P3Q'], ['the year', 'DATE', 'XXXX']],
  },
  {
    rule: '"in some quarters", "in many quarters" are circles of opinion, not fiscal quarters',
    dct: null,
    input: 'The plan was doubted in some quarters and praised in many quarters. Profits fell for some quarters.',
    out: [['some quarters', 'DURATION', 'PXQ']],
  },
  { rule: '"a decade earlier" counts back from the year just named; so does "a year earlier" after a year written just before (not "a year ago")', dct: '2013-03-22', input: 'Unemployment rose to 30 percent in 2011 from 24 percent a decade earlier. They married in 1968. A year earlier, he had been drafted. Deaths fell in 2012 from a year earlier. In 2010 prices rose, but a year ago they fell.', out: [['2011', 'DATE', '2011'], ['a decade earlier', 'DATE', '2001'], ['1968', 'DATE', '1968'], ['A year earlier', 'DATE', '1967'], ['2012', 'DATE', '2012'], ['a year earlier', 'DATE', '2011'], ['2010', 'DATE', '2010'], ['a year ago', 'DATE', '2012']] },
  { rule: '"a year earlier" after a year a stretch starts from, or a year further back than its clause, compares with the present', dct: '2013-03-22', input: 'Prices hit the highest level since 2009, up 10 percent from a year earlier. The company, founded in 1998, said revenue rose 4 percent from a year earlier.', out: [['2009', 'DATE', '2009'], ['a year earlier', 'DATE', '2012'], ['1998', 'DATE', '1998'], ['a year earlier', 'DATE', '2012']] },
  { rule: '"a year earlier" after a month of last year is the year before that month\'s; a possessive year after a verb is a year', dct: '2014-01-14', input: 'Hourly pay rose 1.8 percent in December from a year earlier. The film topped 2012\'s record.', out: [['Hourly', 'SET', 'PT1H'], ['December', 'DATE', '2013-12'], ['a year earlier', 'DATE', '2012'], ['2012', 'DATE', '2012']] },
];

describeRules('anaphoric times, named counts, quarters that are no periods', CASES);
