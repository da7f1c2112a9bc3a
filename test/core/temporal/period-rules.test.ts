// Rules for durations, sets and calendar periods (quarters, reporting periods, "the year"), learnt
// on TBAQ and MEANTIME (`npm run eval`). One row per rule; each row fails without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  // Durations.
  { rule: '"in over six years": after "in", "for" or "just", "over" is a quantifier; after a verb a preposition', dct: '2009-03-05', input: 'The index hit its lowest level in over six years. The plan evolved over several years.', out: [['over six years', 'DURATION', 'P6Y'], ['several years', 'DURATION', 'PXY']] },
  { rule: '"over the years" keeps its article', dct: '2006-05-12', input: 'Over the years the plant grew.', out: [['the years', 'DURATION', 'PXY']] },
  { rule: 'an adjective between a count and its unit ("two bloody weeks") stays in; "a difficult day" is no count', dct: '2009-03-05', input: 'For two bloody weeks the siege held. It was a difficult day.', out: [['two bloody weeks', 'DURATION', 'P2W']] },
  { rule: 'a range of counts ("two to six days", "between 60 and 90 days") is one duration per count; "the next 12 to 18 months" one stretch', dct: '2009-06-01', input: 'Recovery takes two to six days; the review will take between 60 and 90 days over the next 12 to 18 months.', out: [['two', 'DURATION', 'P2D'], ['six days', 'DURATION', 'P6D'], ['60', 'DURATION', 'P60D'], ['90 days', 'DURATION', 'P90D'], ['the next 12 to 18 months', 'DURATION', 'P12M']] },
  { rule: '"single-day" measures one day, typed as the day it ranks (MEANTIME: DATE)', dct: '2008-09-30', input: 'It was the worst single-day drop on record.', out: [['single-day', 'DATE', 'P1D']] },
  { rule: '"annual" measures a profit or a loss, not a meeting', dct: '2006-01-27', input: 'The carmaker posted its first annual loss. The annual meeting drew a crowd.', out: [['annual', 'DURATION', 'P1Y']] },
  { rule: '"A second" before a name is an ordinal', dct: '2007-03-19', input: 'A second A380 landed in New York.', out: [] },
  { rule: '"about a quarter, of its dealers" is a fraction', dct: '2009-05-15', input: 'The firm will close 789, or about a quarter, of its 3,200 dealers.', out: [] },
  { rule: '"for the next decade" measures a stretch; "next year" alone is a date', dct: '2009-03-05', input: 'The plant will run for the next decade. It opens next year.', out: [['the next decade', 'DURATION', 'P10Y'], ['next year', 'DATE', '2010']] },
  { rule: '"days later", "weeks earlier": a bare plural counts unknown units (days and months keep their unit)', dct: null, input: 'In September 1918 the line broke, but days later the army rallied. Units had arrived weeks earlier.', out: [['September 1918', 'DATE', '1918-09'], ['days later', 'DATE', 'XXXX-XX-XX'], ['weeks earlier', 'DATE', 'PAST_REF']] },
  { rule: 'a capitalized "This Week" is a title, not a week', dct: '1991-02-25', input: 'Baker spoke on ABC\'s "This Week" program. Talks resume this week.', out: [['this week', 'DATE', '1991-W09']] },
  { rule: '"two years before," at a clause\'s end counts back like "earlier"; before an event it is a length', dct: null, input: 'In 1948 the French left. Two years before, they had refused. They met two years before the war.', out: [['1948', 'DATE', '1948'], ['Two years before', 'DATE', '1946'], ['two years', 'DURATION', 'P2Y']] },
  // Vague runs of quarters.
  { rule: 'an uncounted run of quarters is a vague past or future', dct: '1989-11-02', input: 'Margins may shrink in coming quarters after weak results over the past several quarters.', out: [['coming quarters', 'DATE', 'FUTURE_REF'], ['the past several quarters', 'DATE', 'PAST_REF']] },
  { rule: '"in future quarters" is the future', dct: '1989-11-02', input: 'The credits will cut tax payments in future quarters.', out: [['future quarters', 'DATE', 'FUTURE_REF']] },
  // Quarters and reporting periods.
  { rule: 'the very next quarter is this year\'s whatever the tense', dct: '2006-08-19', input: 'Ford announced the closure of ten plants during the fourth quarter.', out: [['the fourth quarter', 'DATE', '2006-Q4']] },
  { rule: 'a quarter not yet begun, in a clause about the future, is this year\'s', dct: '2006-05-10', input: 'The company will cut output in the fourth quarter.', out: [['the fourth quarter', 'DATE', '2006-Q4']] },
  { rule: 'a quarter named by its months is one quarter ("the October-December quarter"); bare "October-December" stays two months', dct: '2013-02-03', input: 'The economy shrank in the October-December quarter. Sales rose in October-December.', out: [['the October-December quarter', 'DATE', '2012-Q4'], ['October', 'DATE', '2012-10'], ['December', 'DATE', '2012-12']] },
  { rule: '"the 1800s" is a century in English usage; "the 2000s" and "the 1980s" are decades', dct: '2013-03-22', input: 'In the 1800s and the early 1900s, then in the 2000s.', out: [['the 1800s', 'DATE', '18'], ['the early 1900s', 'DATE', '19'], ['the 2000s', 'DATE', '200']] },
  { rule: 'a season still running is the one meant ahead too; "next" steps past it', dct: '2008-10-09', input: 'The bank will hold its autumn meetings. Its next autumn meetings are in Istanbul.', out: [['autumn', 'DATE', '2008-FA'], ['next autumn', 'DATE', '2009-FA']] },
  { rule: 'a story\'s winter met in its autumn is the one that follows, in the next year', dct: null, input: 'In November 1777 the army marched to Valley Forge. Over the winter, many men died.', out: [['November 1777', 'DATE', '1777-11'], ['the winter', 'DATE', '1778-WI']] },
  { rule: 'a campaign named by its season ("the Spring Offensive") tags the season; a place ("the Summer Palace") does not', dct: null, input: 'In 1918 the Spring Offensive failed. The Summer Palace burned.', out: [['1918', 'DATE', '1918'], ['Spring', 'DATE', '1918-SP']] },
  { rule: '"the last half of the \'80s" is the decade\'s end; "the first half of the contingent" no period', dct: '1989-11-02', input: 'Sales slid during the last half of the \'80s. The first half of the contingent left.', out: [["the last half of the '80s", 'DATE', '198']] },
  { rule: '"the same month a year ago" is the month under discussion, a year before', dct: '2009-02-03', input: 'Sales fell 30% in January from the same month a year ago.', out: [['January', 'DATE', '2009-01'], ['the same month a year ago', 'DATE', '2008-01']] },
  { rule: '"the same period last year" after a month is that month a year before', dct: '2010-03-02', input: 'Deliveries rose in February compared with the same period last year.', out: [['February', 'DATE', '2010-02'], ['the same period last year', 'DATE', '2009-02']] },
  { rule: 'the year-ago quarter precedes the latest such quarter, not the document\'s year', dct: '2010-03-02', input: 'Net rose in the third quarter from the year-ago quarter.', out: [['the third quarter', 'DATE', '2009-Q3'], ['the year-ago quarter', 'DATE', '2008-Q3']] },
  { rule: '"the last year of $2.7 billion": an amount after "of" leaves the year whole', dct: '2010-01-28', input: 'Ford posted a profit for the last year of $2.7 billion.', out: [['the last year', 'DATE', '2009']] },
  { rule: '"for the entire year" is the reporting year', dct: '1989-10-30', input: 'The unit expects a loss for the entire year.', out: [['the entire year', 'DATE', '1989']] },
  { rule: 'in January, a year told in the past is the one just ended', dct: '2006-01-27', input: 'GM lost $8.6 billion for the year. It will earn a profit for the year.', out: [['the year', 'DATE', '2005'], ['the year', 'DATE', '2006']] },
];

describeRules('period rules', CASES);
