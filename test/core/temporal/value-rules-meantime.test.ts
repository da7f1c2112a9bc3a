// Rules that settle values, types and spans where TimeBank is silent or split, following the TimeML
// guidelines and MEANTIME (expert-annotated Wikinews, `npm run eval -- --only meantime`): parts of
// day are TIMEs, UTC is written Z, market reports' "ended the day", recurring stretches, and tense
// cues of weekdays. One row per rule; each row fails without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  // Types and clock times.
  { rule: 'a day with its part of day is a TIME', dct: '2013-03-22', input: 'The pope spoke on Wednesday night. Police came yesterday morning.', out: [['Wednesday night', 'TIME', '2013-03-20TNI'], ['yesterday morning', 'TIME', '2013-03-21TMO']] },
  { rule: 'a time in UTC or GMT carries the zone designator Z', dct: '2009-06-01', input: 'At 16:00 UTC today, Obama spoke. The talks began at 9 a.m. GMT.', out: [['16:00 UTC today', 'TIME', '2009-06-01T16:00Z'], ['9 a.m. GMT', 'TIME', '2009-06-01T09:00Z']] },
  { rule: 'a bare h:mm with its zone is a time without "at"', dct: '2008-10-06', input: 'As of 14:48 UTC, the FTSE was down. The 12:00 UTC deadline passed.', out: [['14:48 UTC', 'TIME', '2008-10-06T14:48Z'], ['12:00 UTC', 'TIME', '2008-10-06T12:00Z']] },
  { rule: 'a military time with its zone is a time; a bracketed one repeats the local time', dct: '2008-09-18', input: 'At 0800 UTC, the banks acted. The blast came at 10:35 a.m. (0735 GMT).', out: [['0800 UTC', 'TIME', '2008-09-18T08:00Z'], ['10:35 a.m.', 'TIME', '2008-09-18T10:35']] },
  { rule: '"at 0530 hours" is a clock time; "worked 1400 hours" a count of hours', dct: '2008-09-18', input: 'They attacked at 0530 hours. He worked 1400 hours.', out: [['0530 hours', 'TIME', '2008-09-18T05:30'], ['1400 hours', 'DURATION', 'PT1400H']] },
  // Days and periods.
  { rule: 'a clock time after a month is the report\'s day, not an unknown day of that month', dct: '2005-04-27', input: 'The A380 was revealed in January 2005. The take-off, at 08:30 UTC, was normal.', out: [['January 2005', 'DATE', '2005-01'], ['08:30 UTC', 'TIME', '2005-04-27T08:30Z']] },
  { rule: '"started the day", "to close the day": the trading day of the story too', dct: '2008-09-17', input: 'The MICEX index started the day with an increase. The RTS fell 6% to close the day at 4,907.', out: [['the day', 'DATE', '2008-09-17'], ['the day', 'DATE', '2008-09-17']] },
  { rule: '"earlier in the week" is the week of the report, as "earlier this week" is', dct: '2006-01-27', input: 'Ford beat predictions earlier in the week.', out: [['earlier in the week', 'DATE', '2006-W04']] },
  { rule: '"ended the day", "for the day": the trading day of the story', dct: '2009-02-24', input: 'On Monday the Dow fell 3% to end the day at 7,114. For the day, the Nikkei lost 1%.', out: [['Monday', 'DATE', '2009-02-23'], ['the day', 'DATE', '2009-02-23'], ['the day', 'DATE', '2009-02-23']] },
  { rule: '"the first quarter of last year" is one expression, in that year', dct: '2009-10-30', input: 'Sales beat the first quarter of last year and the second half of this year.', out: [['the first quarter of last year', 'DATE', '2008-Q1'], ['the second half of this year', 'DATE', '2009-H2']] },
  { rule: '"the final quarter" is the fourth', dct: '2010-01-28', input: 'Ford earned $868 million in the final quarter of 2009.', out: [['the final quarter of 2009', 'DATE', '2009-Q4']] },
  { rule: '"the 70s and 80s" are decades without apostrophe; "his 70s" is an age', dct: '2008-02-01', input: 'Fashions of the 70s and 80s returned. He is in his 70s.', out: [['the 70s', 'DATE', '197'], ['80s', 'DATE', '198']] },
  { rule: '"for the time being" is the present', dct: '2009-01-10', input: 'The plant stays open for the time being.', out: [['the time being', 'DATE', 'PRESENT_REF']] },
  // Durations and sets.
  { rule: '"six straight days", "two consecutive quarters" are durations', dct: '2008-10-28', input: 'Stocks fell for six straight days after two consecutive quarters of losses.', out: [['six straight days', 'DURATION', 'P6D'], ['two consecutive quarters', 'DURATION', 'P2Q']] },
  { rule: '"a decades-long feud" counts no single decade', dct: '2013-03-22', input: 'It ended a decades-long feud.', out: [['decades-long', 'DURATION', 'PXY']] },
  { rule: '"in just minutes" is a vague duration', dct: '2008-10-20', input: 'The Dow lost 100 points in just minutes.', out: [['minutes', 'DURATION', 'PTXM']] },
  { rule: '"every few years" and "several times a year" recur', dct: '2013-03-22', input: 'The rules change every few years; the board meets several times a year.', out: [['every few years', 'SET', 'PXY'], ['several times a year', 'SET', 'P1Y']] },
  { rule: '"quarterly" recurs as an adverb, not as the adjective of a report', dct: '1989-11-02', input: 'The company pays dividends quarterly. Its quarterly earnings rose.', out: [['quarterly', 'SET', 'P3M']] },
  { rule: '"a year passed": a verb after a lone unit does not make it a noun compound ("a day trader")', dct: '2013-03-22', input: 'A year passed. A day trader came.', out: [['A year', 'DURATION', 'P1Y']] },
  { rule: '"a half-century", "a quarter of a century" are fractions of a century', dct: '2013-03-22', input: 'It took a half-century; he ruled for a quarter of a century.', out: [['a half-century', 'DURATION', 'P0.5CE'], ['a quarter of a century', 'DURATION', 'P0.25CE']] },
  { rule: 'a century or a decade before "a year" is no price of a rate ("a quarter-century. A year ...")', dct: '2013-03-22', input: 'It took a quarter-century. A year later, the 1990s\u2014a decade of growth\u2014began.', out: [['a quarter-century', 'DURATION', 'P0.25CE'], ['A year later', 'DATE', 'PAST_REF'], ['the 1990s', 'DATE', '199'], ['a decade', 'DURATION', 'P10Y']] },
  { rule: 'AP style closes up adjectives of length: "weeklong", "yearslong"', dct: '2013-03-22', input: 'A weeklong strike ended a yearslong fight.', out: [['weeklong', 'DURATION', 'P1W'], ['yearslong', 'DURATION', 'PXY']] },
  { rule: '"a half-hour show", "a quarter-hour": fractions of an hour', dct: '2013-03-22', input: 'A half-hour show ran for a quarter-hour.', out: [['A half-hour', 'DURATION', 'PT30M'], ['a quarter-hour', 'DURATION', 'PT15M']] },
  { rule: '"the last week of March" is the month\'s last full week', dct: '2009-04-01', input: 'Sales rebounded in the last week of March, after the first week of August 2008 had been bad.', out: [['the last week of March', 'DATE', '2009-W13'], ['the first week of August 2008', 'DATE', '2008-W32']] },
  // Tense of weekdays.
  { rule: 'a participle after "stay"/"remain" is a state, not a past event', dct: '2013-03-22', input: 'Banks will stay closed until Tuesday.', out: [['Tuesday', 'DATE', '2013-03-26']] },
  { rule: 'an opening "Until Thursday," takes the tense of its main clause', dct: '1999-05-07', input: 'Police issued a warrant. Until Thursday, they had not called him a suspect.', out: [['Thursday', 'DATE', '1999-05-06']] },
  { rule: 'an opening "On Tuesday," takes the tense of its main clause', dct: '1998-10-26', input: 'Debates go on. On Tuesday, the league plans to hold a news conference.', out: [['Tuesday', 'DATE', '1998-10-27']] },
  { rule: '"as previously planned" is over', dct: '1991-02-25', input: 'Mr. Bush let the offensive begin as previously planned Saturday night.', out: [['Saturday night', 'TIME', '1991-02-23TNI']] },
  { rule: '"Tuesday\'s declaration" names a day that happened; "ahead of Sunday\'s vote" one to come', dct: '1989-10-27', input: "The GM move follows Tuesday's declaration by Ford. Traders sold ahead of Sunday's vote.", out: [['Tuesday', 'DATE', '1989-10-24'], ['Sunday', 'DATE', '1989-10-29']] },
];

describeRules('value and span rules from the TimeML guidelines and MEANTIME', CASES);
