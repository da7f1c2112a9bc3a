// Rules that settle VALUES and SPANS the way TimeBank annotates news (learnt on the TBAQ training
// set): tense cues, years of yearless days and quarters, financial reporting periods, and span
// conventions. One row per rule; each row fails without its rule.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../electron/core/temporal/tagger';

type Out = readonly [text: string, type: string, value: string];
interface Case { readonly rule: string; readonly input: string; readonly dct: string; readonly out: readonly Out[] }

const CASES: readonly Case[] = [
  // Tense cues.
  { rule: '"next to" is a place, not the future', dct: '1998-08-08', input: 'People died in the blasts next to the U.S. embassies on Friday.', out: [['Friday', 'DATE', '1998-08-07']] },
  { rule: 'a capitalized "-ed" word ("United") is a name, not a past verb', dct: '2000-04-05', input: 'The father would be traveling to the United States Thursday with his wife.', out: [['Thursday', 'DATE', '2000-04-06']] },
  { rule: '"a.m." ends no sentence', dct: '2000-04-05', input: "''The father will leave at 4 a.m. EDT Thursday,'' Castro said.", out: [['4 a.m. EDT Thursday', 'TIME', '2000-04-06T04:00']] },
  { rule: 'a sentence boundary right before the expression cuts the previous clause off', dct: '1989-10-30', input: 'It would give McCaw control. Over the weekend, McCaw continued to call for an auction.', out: [['the weekend', 'DATE', '1989-W43-WE']] },
  { rule: '"ahead of" points to the future', dct: '1989-10-30', input: 'Traders squared positions ahead of the weekend.', out: [['the weekend', 'DATE', '1989-W44-WE']] },
  { rule: 'irregular past tenses ("brought") after an opening phrase', dct: '1989-10-27', input: 'In January, American Medical brought in a new chief executive.', out: [['January', 'DATE', '1989-01']] },
  { rule: 'a present passive ("is heard") is no past', dct: '2000-03-29', input: 'The relatives lose the fight when the case is heard in May.', out: [['May', 'DATE', '2000-05']] },
  { rule: 'a present perfect gives the nearest month, not this year\'s', dct: '1998-02-23', input: 'Oil prices have come down from the middle of October.', out: [['the middle of October', 'DATE', '1997-10']] },
  { rule: '"will be held" is future, not the past "held"', dct: '2024-10-04', input: 'The vote will be held in December.', out: [['December', 'DATE', '2024-12']] },
  { rule: 'a future seen from the past ("had been due to") is over', dct: '1989-10-30', input: 'The offer had been due to expire Friday evening.', out: [['Friday evening', 'DATE', '1989-10-27TEV']] },
  { rule: 'Election Day, placed by the present tense at the nearest one', dct: '1998-10-26', input: 'It is a theme of our campaign from now to Election Day.', out: [['now', 'DATE', 'PRESENT_REF'], ['Election Day', 'DATE', '1998-11-03']] },
  // Parts of day.
  { rule: '"4 in the morning" is a clock time; "in the morning" the part of the day under discussion', dct: '2000-04-05', input: 'He will leave at 4 in the morning. Dealers placed orders in the morning.', out: [['4 in the morning', 'TIME', '2000-04-05T04:00'], ['the morning', 'TIME', '2000-04-05TMO']] },
  { rule: '"mid-afternoon yesterday" is a TIME in the afternoon', dct: '1989-11-02', input: 'In London at mid-afternoon yesterday, shares were up.', out: [['mid-afternoon yesterday', 'TIME', '1989-11-01TAF']] },
  // Yearless days and quarters.
  { rule: 'a colon after the day does not hide the date', dct: '1998-10-25', input: 'The Times said in an editorial on Monday, Oct. 26: The murder is an assault.', out: [['Monday, Oct. 26', 'DATE', '1998-10-26']] },
  { rule: 'a yearless day months ahead, told in the past, is last year\'s', dct: '1999-05-07', input: 'He was last seen Nov. 3, officials said.', out: [['Nov. 3', 'DATE', '1998-11-03']] },
  { rule: '"last Oct. 23" is the day, not "last Oct."', dct: '1999-04-19', input: 'The doctor was shot to death last Oct. 23 at his home.', out: [['Oct. 23', 'DATE', '1998-10-23']] },
  { rule: 'an ordinal quarter is the latest one begun', dct: '1989-10-26', input: 'Sun earned $5.2 million in the fiscal first quarter.', out: [['the fiscal first quarter', 'DATE', '1989-Q1']] },
  { rule: 'results of the quarter just ended are still to come', dct: '1989-10-30', input: 'Intel expects to release third-quarter results in mid-November.', out: [['third-quarter', 'DATE', '1989-Q3'], ['mid-November', 'DATE', '1989-11']] },
  { rule: 'in January and February, "last fall" is the year before\'s', dct: '1998-02-06', input: 'Employment gains began last fall.', out: [['last fall', 'DATE', '1997-FA']] },
  { rule: '"this past spring" is one expression, in the past', dct: '1989-10-30', input: 'Control Data scrapped the business this past spring.', out: [['this past spring', 'DATE', '1989-SP']] },
  { rule: '"January this year" is one expression', dct: '1998-02-19', input: 'In January this year, British police arrived.', out: [['January this year', 'DATE', '1998-01']] },
  // Financial reporting periods.
  { rule: '"a year ago" after a quarter is that quarter a year before', dct: '1989-10-26', input: 'Du Pont said third-quarter profit grew 19% from a year ago.', out: [['third-quarter', 'DATE', '1989-Q3'], ['a year ago', 'DATE', '1988-Q3']] },
  { rule: '"the quarter ended Sept. 30" keeps the quarter under discussion', dct: '1989-10-26', input: 'It earned $4.7 million for the fiscal first quarter ended Sept. 30, against a loss a year ago.', out: [['the fiscal first quarter', 'DATE', '1989-Q1'], ['Sept. 30', 'DATE', '1989-09-30'], ['a year ago', 'DATE', '1988-Q1']] },
  { rule: 'after "the nine months", "a year earlier" compares years', dct: '1989-10-26', input: 'Net rose in the third quarter. For the nine months, net was $2 billion, up from $1.7 billion a year earlier.', out: [['the third quarter', 'DATE', '1989-Q3'], ['the nine months', 'DURATION', 'P9M'], ['a year earlier', 'DATE', '1988']] },
  { rule: 'the year-ago quarter with no quarter named: the last one reported, a year before', dct: '1989-10-26', input: 'Net was $8 million in the year-ago quarter.', out: [['the year-ago quarter', 'DATE', '1988-Q3']] },
  { rule: '"the corresponding period last year" is the quarter a year before', dct: '1989-11-01', input: 'Net rose in the third quarter from $1.8 million for the corresponding period last year.', out: [['the third quarter', 'DATE', '1989-Q3'], ['the corresponding period last year', 'DATE', '1988-Q3']] },
  { rule: 'the year-earlier third quarter', dct: '1989-10-26', input: 'In the year-earlier third quarter, it earned $22.5 million.', out: [['the year-earlier third quarter', 'DATE', '1988-Q3']] },
  { rule: 'the adjective "year-earlier" alone, without "a year" as a duration', dct: '1989-10-26', input: 'Citadel posted a third-quarter loss, compared with year-earlier profit of $3.8 million.', out: [['third-quarter', 'DATE', '1989-Q3'], ['year-earlier', 'DATE', '1988-Q3']] },
  { rule: '"the 1988 period" is that year\'s quarter under discussion', dct: '1989-10-26', input: 'Net fell in the third quarter. In the 1988 period, it earned $20 million.', out: [['the third quarter', 'DATE', '1989-Q3'], ['the 1988 period', 'DATE', '1988-Q3']] },
  { rule: '"the latest period" is this year\'s quarter, even after its year-ago twin', dct: '1989-11-01', input: 'Net rose in the third quarter from a year ago. The latest period had profit from operations.', out: [['the third quarter', 'DATE', '1989-Q3'], ['a year ago', 'DATE', '1988-Q3'], ['The latest period', 'DATE', '1989-Q3']] },
  { rule: '"the latest nine months" is one duration', dct: '1989-10-26', input: 'Sales rose in the latest nine months.', out: [['the latest nine months', 'DURATION', 'P9M']] },
  { rule: '"the year ended March 31" is a twelve-month duration', dct: '1989-11-01', input: 'The unit had revenue of $76 million for the year ended March 31.', out: [['the year', 'DURATION', 'P1Y'], ['March 31', 'DATE', '1989-03-31']] },
  { rule: '"the current fiscal year" is one expression', dct: '1989-11-02', input: 'It expects sales in the current fiscal year to rise.', out: [['the current fiscal year', 'DATE', '1989']] },
  { rule: '"for the full year" is the reporting year', dct: '1989-11-01', input: 'Sales for the full year were $6.6 billion.', out: [['the full year', 'DATE', '1989']] },
  // Span conventions.
  { rule: '"in the weeks before": the bare plural, without "the"', dct: '1998-02-06', input: 'Sales have risen in the weeks before the holiday.', out: [['weeks', 'DURATION', 'PXW']] },
  { rule: '"in recent years" is a vague past, "in recent weeks" a duration', dct: '1989-10-26', input: 'Growth in recent years slowed in recent weeks.', out: [['recent years', 'DATE', 'PAST_REF'], ['recent weeks', 'DURATION', 'PXW']] },
  { rule: '"the day before authorities issued ...": "before" governs the clause, the expression is "the day"', dct: '1999-05-07', input: 'He was last seen Nov. 3, the day before authorities issued a warrant.', out: [['Nov. 3', 'DATE', '1998-11-03'], ['the day', 'DATE', '1998-11-02']] },
  { rule: '"just" stays out of "a decade ago"', dct: '1999-03-12', input: 'They were under the Soviet umbrella just a decade ago.', out: [['a decade ago', 'DATE', '1989']] },
  { rule: '"about" stays out of a duration', dct: '1989-10-26', input: 'The plant has had no order in about a decade.', out: [['a decade', 'DURATION', 'P10Y']] },
  { rule: 'a capitalized "Last" at a sentence start', dct: '2000-02-24', input: 'Last Friday, the family met.', out: [['Last Friday', 'DATE', '2000-02-18']] },
  { rule: 'a year after a possessive ("its 1990 invasion")', dct: '1998-03-06', input: 'Sanctions were imposed on Iraq after its 1990 invasion of Kuwait.', out: [['1990', 'DATE', '1990']] },
  { rule: '"in the past that ...": only "now that" is no time', dct: '1990-08-13', input: 'Officials have indicated in the past that they could deploy.', out: [['the past', 'DATE', 'PAST_REF']] },
  { rule: 'a range of counts is one duration with the lower count', dct: '1989-10-30', input: 'Shipments will resume within two to three weeks.', out: [['two to three weeks', 'DURATION', 'P2W']] },
  { rule: '"three-quarters of its food" is a fraction; "several quarters of losses" a duration', dct: '1990-08-15', input: 'Iraq imports about three-quarters of its food after several quarters of losses.', out: [['several quarters', 'DURATION', 'PXQ']] },
  { rule: '"Jan Kavan" is a name', dct: '1999-03-13', input: 'Geremek of Poland and Jan Kavan of the Czech Republic signed.', out: [] },
];

describe('value and span rules', () => {
  it.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    expect(tagTimexes(c.input, { dct: c.dct }).map((t) => [t.text, t.type, t.value])).toEqual(c.out);
  });
});
