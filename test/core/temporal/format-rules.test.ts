// News formats the dev sets lack (found in 2010s wire copy): dotted British/AFP clock times,
// day-first numeric dates, financial short forms of quarters, halves and fiscal years, and the
// holidays of Easter and of Britain, Ireland and France. One row per rule, each failing without it
// (sentences written for the test).
import { describeRules } from './rule-table';

describeRules('news formats: dotted clocks, day-first dates, Q1/H1/FY, more holidays', [
  // Dotted clock times.
  {
    rule: 'a dotted clock with "am" and "local time" is a time on the day named after it',
    input: 'The blast struck at 8.45am local time on Friday, police said.',
    dct: '2013-03-22',
    out: [['8.45am local time', 'TIME', '2013-03-22T08:45'], ['Friday', 'DATE', '2013-03-22']],
  },
  {
    rule: 'a dotted "pm" clock "on Thursday" takes Thursday\'s date',
    input: 'Police arrested him at 11.15pm on Thursday.',
    dct: '2013-03-22',
    out: [['11.15pm', 'TIME', '2013-03-21T23:15'], ['Thursday', 'DATE', '2013-03-21']],
  },
  {
    rule: 'a dotted clock with "a.m." joins the day after it',
    input: 'The vote opens at 9.30 a.m. Monday.',
    dct: '2013-03-22',
    out: [['9.30 a.m. Monday', 'TIME', '2013-03-25T09:30']],
  },
  {
    rule: 'a dotted clock in GMT is in UTC (Z)',
    input: 'Trading halted at 10.30 GMT.',
    dct: '2013-03-22',
    out: [['10.30 GMT', 'TIME', '2013-03-22T10:30Z']],
  },
  {
    rule: 'a dotted clock with "hrs" is a time',
    input: 'The convoy left at 14.30 hrs.',
    dct: '2013-03-22',
    out: [['14.30 hrs', 'TIME', '2013-03-22T14:30']],
  },
  {
    rule: 'a decimal with no clock word after it is no time',
    input: 'The index closed at 10.30 as shares rose 8.45 percent to $11.15, a 9.30 ratio.',
    dct: '2013-03-22',
    out: [],
  },
  {
    rule: 'the cents of a price before "am" are no clock',
    input: 'The ticket cost $11.05 am I right?',
    dct: '2013-03-22',
    out: [],
  },
  // Day-first numeric dates.
  {
    rule: 'a slashed date with a day over 12 first is read day first, and its clock joins it',
    input: 'Published: 21/03/2013 10:45 GMT',
    dct: '2013-03-22',
    out: [['21/03/2013 10:45 GMT', 'TIME', '2013-03-21T10:45Z']],
  },
  {
    rule: 'a dashed date with a day over 12 first is read day first',
    input: 'The ruling of 21-03-2013 stands.',
    dct: '2013-03-22',
    out: [['21-03-2013', 'DATE', '2013-03-21']],
  },
  {
    rule: 'a dashed date whose parts could both be months is read month first, as slashes are',
    input: 'The ruling of 03-04-2013 stands.',
    dct: '2013-03-22',
    out: [['03-04-2013', 'DATE', '2013-03-04']],
  },
  {
    rule: 'a dotted dd.mm.yyyy date is read day first',
    input: 'The ruling of 12.03.2013 stands.',
    dct: '2013-03-22',
    out: [['12.03.2013', 'DATE', '2013-03-12']],
  },
  {
    rule: 'a version number, an impossible day and a score are no dates',
    input: 'Version 2.1.2013 shipped; 31/02/2013 is no day; a 3-1 win.',
    dct: '2013-03-22',
    out: [],
  },
  // Financial short forms.
  {
    rule: '"Q1" and "Q4" are the quarters nearest the document date, as "the first quarter" is',
    input: 'Sales in Q1 rose 4 percent after a weak Q4.',
    dct: '2013-03-22',
    out: [['Q1', 'DATE', '2013-Q1'], ['Q4', 'DATE', '2012-Q4']],
  },
  {
    rule: '"Q4 2012" carries its year',
    input: 'Output fell in Q4 2012.',
    dct: '2013-03-22',
    out: [['Q4 2012', 'DATE', '2012-Q4']],
  },
  {
    rule: '"2Q" written number first is a quarter, the next one in a clause about the future',
    input: 'Analysts expect a 2Q loss.',
    dct: '2013-03-22',
    out: [['2Q', 'DATE', '2013-Q2']],
  },
  {
    rule: '"H1" is the reference year\'s half; "1H 2012" carries its year',
    input: 'Profit rose in H1, and fell in 1H 2012.',
    dct: '2013-03-22',
    out: [['H1', 'DATE', '2013-H1'], ['1H 2012', 'DATE', '2012-H1']],
  },
  {
    rule: '"FY2012" and "FY 2013" are the fiscal years by their number',
    input: 'FY2012 profit rose; FY 2013 sales will rise.',
    dct: '2013-03-22',
    out: [['FY2012', 'DATE', '2012'], ['FY 2013', 'DATE', '2013']],
  },
  {
    rule: 'a model name ("Audi Q3") and a product code ("Q10") are no quarters',
    input: 'The Audi Q3 and the Audi Q5 outsold the Q10 phone.',
    dct: '2013-03-22',
    out: [],
  },
  {
    rule: 'a virus ("H1N1") and hydrogen ("H2") are no halves',
    input: 'The H1N1 virus and H2 fuel cells.',
    dct: '2013-03-22',
    out: [],
  },
  // Holidays.
  {
    rule: 'Easter is Western Easter Sunday, last year\'s in the past and this year\'s ahead',
    input: 'Pilgrims gathered at Easter in the old town and will gather again on Easter Sunday.',
    dct: '2013-03-22',
    out: [['Easter', 'DATE', '2012-04-08'], ['Easter Sunday', 'DATE', '2013-03-31']],
  },
  {
    rule: 'Good Friday is two days before Easter, Easter Monday the day after',
    input: 'Shops shut on Good Friday and will reopen after Easter Monday.',
    dct: '2013-03-22',
    out: [['Good Friday', 'DATE', '2013-03-29'], ['Easter Monday', 'DATE', '2013-04-01']],
  },
  {
    rule: 'Boxing Day, May Day and Bastille Day are fixed days',
    input: 'Sales boomed on Boxing Day; workers marched on May Day; Paris paraded on Bastille Day.',
    dct: '2013-03-22',
    out: [['Boxing Day', 'DATE', '2012-12-26'], ['May Day', 'DATE', '2012-05-01'], ['Bastille Day', 'DATE', '2012-07-14']],
  },
  {
    rule: 'St. Patrick\'s Day, with or without the dot, is March 17',
    input: 'Dublin will party on St. Patrick\'s Day, and Boston on St Patrick\'s Day too.',
    dct: '2013-03-10',
    out: [['St. Patrick\'s Day', 'DATE', '2013-03-17'], ['St Patrick\'s Day', 'DATE', '2013-03-17']],
  },
  {
    rule: '"Easter week" is the ISO week of Easter Sunday, begun on its Monday',
    input: 'Crowds filled the square as Easter week began.',
    dct: '2000-04-17',
    out: [['Easter week', 'DATE', '2000-W16']],
  },
  {
    rule: 'Easter Island is no day; an Easter with no reference has no month or day',
    input: 'They flew to Easter Island and met there at Easter.',
    dct: null,
    out: [['Easter', 'DATE', 'XXXX-XX-XX']],
  },
  {
    rule: 'the "Easter Offensive of 1972" is in 1972, in no one month',
    input: 'The Easter Offensive of 1972 failed.',
    dct: null,
    out: [['Easter', 'DATE', '1972-XX'], ['1972', 'DATE', '1972']],
  },
  {
    rule: '"every Christmas" recurs on its fixed day (SET); a feast that moves has no fixed day to write',
    input: 'Each Christmas the family meets, as every Thanksgiving. Christmas was quiet.',
    dct: '2013-03-22',
    out: [['Each Christmas', 'SET', 'XXXX-12-25'], ['Christmas', 'DATE', '2012-12-25']],
  },
]);
