// Rules for durations, their spans and types, and the edges of a day: "the start of the day",
// playing time that is no stretch of time, adjectives of length, lone units before a preposition,
// and counts of units "previous" to the time under discussion. One row per rule; each row fails
// without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  // Edges of the day under discussion.
  { rule: '"the start of the day" is an edge of the day under discussion', dct: '2024-03-05', input: 'Shares slid at the start of the day and then recovered.', out: [['the start of the day', 'DATE', '2024-03-05']] },
  { rule: '"at the end of the day" is the idiom, no day', dct: '2024-03-05', input: 'At the end of the day, the voters decide.', out: [] },
  // Spans and types of lengths.
  { rule: '"hours of video" measure a store\'s capacity, not a stretch of time', dct: '2024-03-05', input: 'The new player holds 40 hours of video and sells well.', out: [] },
  { rule: 'after a hyphenated count, "long" stays out of the adjective', dct: '2024-03-05', input: 'The index ended a three-week long slide.', out: [['three-week', 'DURATION', 'P3W']] },
  // Lone units.
  { rule: 'a lone unit before "because" measures a delay', dct: '2024-03-05', input: 'The vote was delayed by one year because of the strike.', out: [['one year', 'DURATION', 'P1Y']] },
  { rule: 'a lone unit before "against" measures a stand', dct: null, input: 'The battalion held the ridge for a day against heavy fire.', out: [['a day', 'DURATION', 'P1D']] },
  { rule: '"a single year" measures one year', dct: null, input: 'The deputies were chosen to serve for a single year.', out: [['a single year', 'DURATION', 'P1Y']] },
  { rule: '"a single-day" leaves its article out, as the adjective "single-day" does', dct: '2024-03-05', input: 'Traders saw a single-day record on the exchange.', out: [['single-day', 'DATE', 'P1D']] },
  { rule: '"the three previous months" counts back three months', dct: '2024-03-05', input: 'Sales fell from the level of the three previous months.', out: [['the three previous months', 'DURATION', 'P3M']] },
  { rule: '"a previous year" names a period, measures none', dct: '2024-03-05', input: 'The harvest topped the total of a previous year.', out: [] },
  // Durations in more than one piece, and their leads.
  { rule: '"the past year and a half" is one stretch of a year and a half, not the past year', dct: '2013-03-22', input: 'Prices rose over the past year and a half and will fall over the next hour and a half.', out: [['the past year and a half', 'DURATION', 'P1.5Y'], ['the next hour and a half', 'DURATION', 'PT1H30M']] },
  { rule: '"four years and three months" is one length', dct: '2013-03-22', input: 'He was sentenced to four years and three months; the filibuster ran 21 hours and 19 minutes.', out: [['four years and three months', 'DURATION', 'P4Y3M'], ['21 hours and 19 minutes', 'DURATION', 'PT21H19M']] },
  { rule: 'a compound needs ever smaller units and whole counts', dct: '2013-03-22', input: 'They waited a week and a day, then three days and two weeks.', out: [['a week', 'DURATION', 'P1W'], ['a day', 'DURATION', 'P1D'], ['three days', 'DURATION', 'P3D'], ['two weeks', 'DURATION', 'P2W']] },
  { rule: '"another year" adds one year', dct: '2013-03-22', input: 'Congress will extend the benefits for another year.', out: [['another year', 'DURATION', 'P1Y']] },
  { rule: '"the prior 12 months" and "the trailing 12 months" keep their lead', dct: '2013-03-22', input: 'Sales over the prior 12 months and the trailing 12 months rose.', out: [['the prior 12 months', 'DURATION', 'P12M'], ['the trailing 12 months', 'DURATION', 'P12M']] },
  { rule: '"the past half-century" keeps its lead', dct: '2013-03-22', input: 'It was the worst storm of the past half-century.', out: [['the past half-century', 'DURATION', 'P0.5CE']] },
  { rule: '"two hundred years" counts the hundreds', dct: null, input: 'The dynasty ruled for two hundred years, and its rival for one hundred and fifty years.', out: [['two hundred years', 'DURATION', 'P200Y'], ['one hundred and fifty years', 'DURATION', 'P150Y']] },
  { rule: '"spent years", "waited hours": a bare plural a verb of spending time takes', dct: '2013-03-22', input: 'She spent years trying to adopt, and waited hours for news.', out: [['years', 'DURATION', 'PXY'], ['hours', 'DURATION', 'PTXH']] },
  // Numbers of units that are no stretch of time.
  { rule: '"14 years of age" is an age, untagged as "14-year-old" is', dct: '2013-03-22', input: 'The victim was 14 years of age.', out: [] },
  { rule: 'a programme named by figures and a capitalized unit ("60 Minutes") is no duration', dct: '2013-03-22', input: 'Gonzalez told CBS\'s "60 Minutes" that he was fine after 60 minutes of talks.', out: [['60 minutes', 'DURATION', 'PT60M']] },
  { rule: 'in a title-case headline, a capitalized unit still counts', dct: '2013-03-22', input: 'Elephant Talks Last 14 Hours\nThe talks ended late.', out: [['14 Hours', 'DURATION', 'PT14H']] },
  { rule: '"later in the day after Smith said": "after" opens the next phrase', dct: '2013-04-21', input: 'Stocks gave up their gains later in the day after Smith said so.', out: [['later in the day', 'DATE', '2013-04-21']] },
  { rule: '"Hours later": a gap of hours, as "two hours later" is', dct: '2013-03-19', input: 'Hours later, police arrested him. Minutes later the roof fell. Two hours later it ended.', out: [['Hours', 'DURATION', 'PTXH'], ['Minutes', 'DURATION', 'PTXM'], ['Two hours', 'DURATION', 'PT2H']] },
  { rule: 'after a quantifier, a lone unit is a length whatever follows ("open at least a year rose")', dct: '2013-03-29', input: 'Sales at stores open at least a year rose. He is a day trader.', out: [['at least a year', 'DURATION', 'P1Y']] },
  { rule: 'a clock-like compound joins by a comma ("1 hour, 45 minutes")', dct: '2013-03-29', input: 'The game was delayed for 1 hour, 45 minutes.', out: [['1 hour, 45 minutes', 'DURATION', 'PT1H45M']] },
  { rule: 'a travel time joined by a space is one duration ("2 hours 45 minutes"); "less than an hour" after a number is no rate', dct: '2014-03-08', input: 'The trip takes 2 hours 45 minutes. Controllers lost contact with the Boeing 777 less than an hour into the flight.', out: [['2 hours 45 minutes', 'DURATION', 'PT2H45M'], ['less than an hour', 'DURATION', 'PT1H']] },
  { rule: 'a price and a comma before "a month" still make a rate ("about $38, a month,"); before "after" it is a step either way ("fell to $8.20, a week after the cut", "$12.34 a day after")', dct: '2012-11-14', input: 'Workers earn about $38, a month, officials said. Shares fell to $8.20, a week after the dividend cut. Shares rose to $12.34 a day after the report.', out: [['a month', 'SET', 'P1M'], ['a week', 'DURATION', 'P1W'], ['a day', 'DURATION', 'P1D']] },
  { rule: '"just" after "an hour" opens no noun ("took me an hour and a half just to get there")', dct: '2013-03-22', input: 'It took me an hour and a half just to get to the bridge. It took an hour just to park.', out: [['an hour and a half', 'DURATION', 'PT1H30M'], ['an hour', 'DURATION', 'PT1H']] },
];

describeRules('duration value rules', CASES);
