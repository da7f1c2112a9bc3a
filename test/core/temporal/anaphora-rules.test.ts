// Rules for periods and months told against the time under discussion rather than the document
// date: quarters early in a quarter, "the previous quarter", "That November", "the following
// spring", a day with its year said after it ("May 19 last year"), "this past November", and the
// "Sept. 11 attacks" that name no day of the story. One row per rule; each row fails without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  {
    rule: 'a quarter told in the past two weeks into the year is last year\'s: results of a barely begun quarter are not in',
    dct: '2013-01-03',
    input: 'The index rose 13.4 percent last year. Most gains came in the first quarter; it fell in the second quarter.',
    out: [['last year', 'DATE', '2012'], ['the first quarter', 'DATE', '2012-Q1'], ['the second quarter', 'DATE', '2012-Q2']],
  },
  {
    rule: 'in January, a fourth quarter in a clause about the future is the one just ended, whose results are to come',
    dct: '2013-01-03',
    input: 'Fourth-quarter earnings season begins next week.',
    out: [['Fourth-quarter', 'DATE', '2012-Q4'], ['next week', 'DATE', '2013-W02']],
  },
  {
    rule: '"the previous quarter" is the one before the quarter just named',
    dct: '2010-10-25',
    input: 'Net income rose in the third quarter from the previous quarter.',
    out: [['the third quarter', 'DATE', '2010-Q3'], ['the previous quarter', 'DATE', '2010-Q2']],
  },
  {
    rule: '"That November" is the November of the year last named, "That" inside the span',
    dct: '2018-11-07',
    input: 'Democrats last won the House in 2006. That November, they gained 31 seats.',
    out: [['2006', 'DATE', '2006'], ['That November', 'DATE', '2006-11']],
  },
  {
    rule: 'a lowercase "that" joining a clause stays outside the month ("said that November sales rose")',
    dct: '2018-11-07',
    input: 'The war ended in 2006. He said that November sales rose.',
    out: [['2006', 'DATE', '2006'], ['November', 'DATE', '2018-11']],
  },
  {
    rule: '"The following spring" is the spring after the time under discussion, not after the document date',
    dct: '2013-03-22',
    input: 'In April 2009, the plant closed. The following spring, it reopened.',
    out: [['April 2009', 'DATE', '2009-04'], ['The following spring', 'DATE', '2010-SP']],
  },
  {
    rule: '"the following summer" after a season known only to its year is in that year',
    dct: '2013-03-22',
    input: 'In the spring of 2009 the plant closed. The following summer, it reopened.',
    out: [['the spring of 2009', 'DATE', '2009-SP'], ['The following summer', 'DATE', '2009-SU']],
  },
  {
    rule: '"May 19 last year" is one expression, the day in the year before the document\'s',
    dct: '2019-05-06',
    input: 'The couple married at Windsor Castle on May 19 last year.',
    out: [['May 19 last year', 'DATE', '2018-05-19']],
  },
  {
    rule: '"June 30 that year" is one expression, the day in the year last named',
    dct: '2013-06-30',
    input: 'He won a runoff in June 2012 and was sworn in on June 30 that year.',
    out: [['June 2012', 'DATE', '2012-06'], ['June 30 that year', 'DATE', '2012-06-30']],
  },
  {
    rule: '"the Sept. 11 attacks" names the attacks of 2001, no day of the story (MEANTIME leaves it untagged)',
    dct: '2013-03-22',
    input: 'Security grew after the Sept. 11 attacks and the September 11th terrorist attacks. The plant shut on Sept. 11.',
    out: [['Sept. 11', 'DATE', '2012-09-11']],
  },
  {
    rule: '"this past November" is one expression, the last November before the document date',
    dct: '2013-03-22',
    input: 'It rained this past November.',
    out: [['this past November', 'DATE', '2012-11']],
  },
  { rule: '"that September" closing its clause is the month of the year last named', dct: '2014-01-21', input: 'It went public in May 2012 and fell that September. He said that March sales rose.', out: [['May 2012', 'DATE', '2012-05'], ['that September', 'DATE', '2012-09'], ['March', 'DATE', '2013-03']] },
  { rule: '"the previous week" after a week named is the week before it', dct: '2013-03-29', input: 'Claims fell last week, down 10,000 from the previous week.', out: [['last week', 'DATE', '2013-W12'], ['the previous week', 'DATE', '2013-W11']] },
  { rule: '"A decade on," with no date of the story before it is the present the report looks back from', dct: '2013-03-22', input: 'A decade on, the city has recovered.', out: [['A decade on', 'DATE', 'PRESENT_REF']] },
  { rule: '"that September, October and November": before a list "that" is a conjunction', dct: '2013-03-22', input: 'He said that September, October and November were busiest.', out: [['September', 'DATE', '2012-09'], ['October', 'DATE', '2012-10'], ['November', 'DATE', '2012-11']] },
  { rule: 'a sentence that opens on a year frames its yearless days ("In 2009, the river crested on March 28")', dct: '2013-03-20', input: 'In 2009, the river crested on March 28. By March 2003, troops had massed, and on March 20 the war began. Sales will rise in June.', out: [['2009', 'DATE', '2009'], ['March 28', 'DATE', '2009-03-28'], ['March 2003', 'DATE', '2003-03'], ['March 20', 'DATE', '2003-03-20'], ['June', 'DATE', '2013-06']] },
  { rule: 'a "later" with no date of the story to count from is no future date ("Iraq: 10 years later" is the present)', dct: '2013-03-20', input: 'Iraq: 10 years later\nTen years later, we are still counting bodies. Two weeks later, the company filed for bankruptcy.', out: [['10 years later', 'DATE', 'PRESENT_REF'], ['Ten years later', 'DATE', 'PRESENT_REF'], ['Two weeks later', 'DATE', 'PAST_REF']] },
  { rule: 'the opening year frames only past clauses of its sentence, not the day a source spoke nor past a semicolon', dct: '2013-03-22', input: 'In 2012, sales rose 4 percent, the company said on March 20. In 2009, voters rejected the plan; the council will vote again on April 2.', out: [['2012', 'DATE', '2012'], ['March 20', 'DATE', '2013-03-20'], ['2009', 'DATE', '2009'], ['April 2', 'DATE', '2013-04-02']] },
  { rule: 'an unanchored "later" with no verb the tense check knows is past, unless it counts years', dct: '2013-03-22', input: 'Two days later, he died. A week later, he quit.', out: [['Two days later', 'DATE', 'PAST_REF'], ['A week later', 'DATE', 'PAST_REF']] },
  { rule: '"late this year or early 2014": an edged "this year" keeps its own year', dct: '2013-03-19', input: 'Analysts expect sales to rise late this year or early 2014.', out: [['late this year', 'DATE', '2013'], ['early 2014', 'DATE', '2014']] },
  { rule: 'a year named after the last day is the time under discussion ("joined in 1967 ... six months later" is not 1942)', dct: '2013-04-05', input: 'Born on June 18, 1942, Ebert joined the Sun-Times in 1967 and became its critic six months later.', out: [['June 18, 1942', 'DATE', '1942-06-18'], ['1967', 'DATE', '1967'], ['six months later', 'DATE', 'PAST_REF']] },
  { rule: 'a deadline ("through Dec. 15") is no day the story stands on', dct: '2013-09-30', input: 'The House passed a measure that would have funded the government through Dec. 15. The Senate was expected to reject it later in the evening.', out: [['Dec. 15', 'DATE', '2013-12-15'], ['later in the evening', 'TIME', '2013-09-30TEV']] },
  { rule: 'a bound already reached is a day the story stands on ("lasted until Feb. 20. The next day")', dct: '2013-03-22', input: 'The strike lasted until Feb. 20. The next day, workers returned.', out: [['Feb. 20', 'DATE', '2013-02-20'], ['The next day', 'DATE', '2013-02-21']] },
];

describeRules('periods and months told against the time under discussion', CASES);
