// DATE values in news: one row per rule, each failing without it (sentences written for the test).
import { describeRules } from './rule-table';

describeRules('DATE value rules', [
  {
    rule: 'the unit before an adverb of order: "the year previous" is the year before the one under discussion',
    input: 'Exports reached a record last year, well above the year previous.',
    dct: '2010-01-28',
    out: [['last year', 'DATE', '2009'], ['the year previous', 'DATE', '2008']],
  },
  {
    rule: '"the week prior" counts back from the last day named',
    input: 'The plant closed on June 4, 2009; the week prior, workers had walked out.',
    dct: '2009-07-01',
    out: [['June 4, 2009', 'DATE', '2009-06-04'], ['the week prior', 'DATE', '2009-W22']],
  },
  {
    rule: 'an opening month takes the tense of its sentence past a "vs." stop',
    input: 'In January, just after the Smith vs. Jones ruling, a fire destroyed the depot.',
    dct: '1998-10-25',
    out: [['January', 'DATE', '1998-01']],
  },
  {
    rule: 'an opening month takes the tense of its sentence past a title\'s stop ("Mr.")',
    input: 'In January, Mr. Jones of the city council proposed a new depot.',
    dct: '1998-10-25',
    out: [['January', 'DATE', '1998-01']],
  },
  {
    rule: 'a month-grain anaphor counts from the month last named, even one placed by tense',
    input: 'In February, the mayor proposed a budget. The following month, the council rejected it.',
    dct: '2011-10-20',
    out: [['February', 'DATE', '2011-02'], ['The following month', 'DATE', '2011-03']],
  },
  {
    rule: '"the 28th of that month" is a day of the month last named',
    input: 'The strike began in June; on the 28th of that month, talks resumed.',
    dct: '2011-10-20',
    out: [['June', 'DATE', '2011-06'], ['the 28th of that month', 'DATE', '2011-06-28']],
  },
  {
    rule: 'a day anaphor after a recent month named is a day of that month the text does not give',
    input: 'Two clinics were attacked, most recently last March, when a guard was hurt. The alarm failed that same day.',
    dct: '2012-06-15',
    out: [['last March', 'DATE', '2012-03'], ['that same day', 'DATE', '2012-03-XX']],
  },
  {
    rule: 'a month named years back is a comparison: the day anaphor keeps the document date',
    input: 'Shares fell to lows not seen since May 1990. For the day, the index lost 3 percent.',
    dct: '2008-10-27',
    out: [['May 1990', 'DATE', '1990-05'], ['the day', 'DATE', '2008-10-27']],
  },
  {
    rule: 'an opening month reads its sentence\'s verb up to 140 characters on',
    input: 'In January, shortly after the ruling on the old harbor dispute by the regional court of the capital city and its suburbs, a fire destroyed the depot.',
    dct: '1998-10-25',
    out: [['January', 'DATE', '1998-01']],
  },
  { rule: 'a year after an article and an adjective of a contest still names a year ("the bitter 2000 race", "his failed 2006 bid"); a count after "the first" does not', dct: '2013-03-22', input: 'He lost the bitter 2000 race. His failed 2006 bid ended early. The first 1000 people got tickets.', out: [['2000', 'DATE', '2000'], ['2006', 'DATE', '2006']] },
]);
