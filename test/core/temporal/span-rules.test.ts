// Span rules: which words belong inside an expression ("the" before a day written first, "the
// year" before a year, "ca." before an era year, "the end of" before a BC decade, "the previous"
// before a month), how two adjacent expressions are split or joined ("11 a.m. on 11 November 1918",
// "around Wednesday's ruling", "January nineteen ninety-seven"), and a few missed references.
// One row per rule; each row fails without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  { rule: '"the" belongs to a day written before its month, not to a month written first', dct: null, input: 'In 1917 the attack came on the 20 September. The 25th of August ended it; the June 3 raid failed.', out: [['1917', 'DATE', '1917'], ['the 20 September', 'DATE', '1917-09-20'], ['The 25th of August', 'DATE', '1917-08-25'], ['June 3', 'DATE', '1917-06-03']] },
  { rule: '"the year" before a written year is part of it', dct: null, input: 'The year 1950 saw heavy fighting.', out: [['The year 1950', 'DATE', '1950']] },
  { rule: 'a clock time "on" its day is tagged apart, dated by that day', dct: null, input: 'The armistice began at 11 a.m. on 11 November 1918.', out: [['11 a.m.', 'TIME', '1918-11-11T11:00'], ['11 November 1918', 'DATE', '1918-11-11']] },
  { rule: '"around" before a possessive day governs the noun, not the day', dct: '2000-04-07', input: "Lawyers sought a way around Wednesday's ruling.", out: [['Wednesday', 'DATE', '2000-04-05']] },
  { rule: '"ca." before an era year belongs to it', dct: null, input: 'The treaty dates to ca. 466 BC.', out: [['ca. 466 BC', 'DATE', 'BC0466']] },
  { rule: 'a decade before the era is a BC decade', dct: null, input: 'Throughout the 470s BC the league grew.', out: [['the 470s BC', 'DATE', 'BC047']] },
  { rule: '"the end of" joins a BC decade that reads its own "the"', dct: null, input: 'Towards the end of the 460s BC the city fell.', out: [['the end of the 460s BC', 'DATE', 'BC046']] },
  { rule: 'a possessive month is a month', dct: '1998-02-06', input: "Economists revised December's figures.", out: [['December', 'DATE', '1997-12']] },
  { rule: 'a month or season before a year in words is in that year, one expression', dct: '1998-02-06', input: 'Prices fell in January nineteen ninety-seven and in the winter of nineteen ninety-four.', out: [['January nineteen ninety-seven', 'DATE', '1997-01'], ['the winter of nineteen ninety-four', 'DATE', '1994-WI']] },
  { rule: '"the previous April" is the April before the month under discussion', dct: null, input: 'In August 1918 the army lost the salient seized in the previous April.', out: [['August 1918', 'DATE', '1918-08'], ['the previous April', 'DATE', '1918-04']] },
  { rule: '"the following May" is the May after the month under discussion', dct: null, input: 'In August 1918 the army withdrew. It returned the following May.', out: [['August 1918', 'DATE', '1918-08'], ['the following May', 'DATE', '1919-05']] },
  { rule: '"present-day", "modern day" and the "date" of "to date" refer to the present; "up to date" does not', dct: '2005-01-01', input: 'Troops crossed into present-day Belize in the largest raid to date. Keep the files up to date.', out: [['present-day', 'DATE', 'PRESENT_REF'], ['date', 'DATE', 'PRESENT_REF']] },
  { rule: 'the article of a noun a season qualifies stays out ("before the summer offensive", "the summer movie season")', dct: '2013-03-20', input: 'Fighting resumed before the summer offensive. The summer was hot.', out: [['summer', 'DATE', '2012-SU'], ['The summer', 'DATE', '2012-SU']] },
  { rule: 'before a noun, a day-first date leaves "the" to the noun ("The 4 March vote"); alone or before a verb it keeps it', dct: '2013-03-22', input: 'The 4 March vote was close. On the 24 February, he left. The 25th of August concluded the battle.', out: [['4 March', 'DATE', '2013-03-04'], ['the 24 February', 'DATE', '2013-02-24'], ['The 25th of August', 'DATE', '2012-08-25']] },
  { rule: 'a day-first date before an auxiliary keeps its "the" ("The 4 March had been quiet")', dct: '2013-03-22', input: 'The 4 March had been a quiet day.', out: [['The 4 March', 'DATE', '2013-03-04']] },
  { rule: '"the end of the summer" is one span, as "the end of the year" is', dct: '2013-06-27', input: 'Officials hope to finish by the end of the summer.', out: [['the end of the summer', 'DATE', '2013-SU']] },
];

describeRules('span rules: modifiers inside the span, adjacent expressions apart', CASES);
