// Rules taken from the TimeML 1.2.1 specification and schema (the conventions TempEval-3's
// annotators followed) where the development sets say nothing against them: a count per period is
// a SET of that period, a clock keeps its seconds, "the dawn of" a year is its start.
import { describeRules } from './rule-table';

describeRules('TimeML 1.2.1 guideline rules', [
  { rule: 'a count of times per period is a SET valued by the period ("two times a week" like "twice a month")', input: 'The ferry sails two times a week.', dct: '2011-01-10', out: [['two times a week', 'SET', 'P1W']] },
  { rule: 'a clock read to the second keeps its seconds, and GMT its Z', input: 'The first tremor was logged at 03:17:42 GMT.', dct: '2011-03-11', out: [['03:17:42 GMT', 'TIME', '2011-03-11T03:17:42Z']] },
  { rule: 'seconds before a.m. or p.m. stay in the value', input: 'The polls closed at 8:00:05 p.m. on Tuesday.', dct: '2012-11-07', out: [['8:00:05 p.m.', 'TIME', '2012-11-06T20:00:05'], ['Tuesday', 'DATE', '2012-11-06']] },
  { rule: '"the dawn of" a year joins its span (mod START)', input: 'Few offices had e-mail at the dawn of 1995.', dct: null, out: [['the dawn of 1995', 'DATE', '1995']] },
]);
