// Rules that settle VALUES and SPANS the way TimeBank annotates news (learnt on the TBAQ training
// set): tense cues, years of yearless days and quarters, financial reporting periods, and span
// conventions. One row per rule; each row fails without its rule.
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../electron/core/temporal/tagger';

type Out = readonly [text: string, type: string, value: string];
interface Case { readonly rule: string; readonly input: string; readonly dct: string | null; readonly out: readonly Out[] }

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
  { rule: 'a future seen from the past ("had been due to") is over', dct: '1989-10-30', input: 'The offer had been due to expire Friday evening.', out: [['Friday evening', 'TIME', '1989-10-27TEV']] },
  { rule: 'Election Day, placed by the present tense at the nearest one', dct: '1998-10-26', input: 'It is a theme of our campaign from now to Election Day.', out: [['now', 'DATE', 'PRESENT_REF'], ['Election Day', 'DATE', '1998-11-03']] },
  // Parts of day.
  { rule: '"4 in the morning" is a clock time; "in the morning" the part of the day under discussion', dct: '2000-04-05', input: 'He will leave at 4 in the morning. Dealers placed orders in the morning.', out: [['4 in the morning', 'TIME', '2000-04-05T04:00'], ['the morning', 'TIME', '2000-04-05TMO']] },
  { rule: '"mid-afternoon yesterday" is a TIME in the afternoon', dct: '1989-11-02', input: 'In London at mid-afternoon yesterday, shares were up.', out: [['mid-afternoon yesterday', 'TIME', '1989-11-01TAF']] },
  { rule: 'a clock time takes the day named just after it in the clause', dct: '2013-03-14', input: 'On Monday talks began. The blast occurred at 10:30 a.m. (0730 GMT) on Tuesday.', out: [['Monday', 'DATE', '2013-03-11'], ['10:30 a.m.', 'TIME', '2013-03-12T10:30'], ['Tuesday', 'DATE', '2013-03-12']] },
  { rule: '"high noon" is an idiom, not a clock time', dct: '1999-03-12', input: 'For Poland, high noon comes today. The vote closes at noon.', out: [['today', 'DATE', '1999-03-12'], ['noon', 'TIME', '1999-03-12T12:00']] },
  { rule: '"By mid afternoon" is that part of the day under discussion', dct: '1998-03-06', input: 'Police moved in on Friday. By mid afternoon, the streets were empty.', out: [['Friday', 'DATE', '1998-03-06'], ['mid afternoon', 'TIME', '1998-03-06TAF']] },
  { rule: 'midnight is the end of its day (T24)', dct: '1989-10-30', input: 'The offer expired at midnight Friday.', out: [['midnight Friday', 'TIME', '1989-10-27T24']] },
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
  { rule: '"early"/"Late" stay out of a named day', dct: '2000-04-04', input: 'Late Monday, officials met. Celebrations began early Friday morning.', out: [['Monday', 'DATE', '2000-04-03'], ['Friday morning', 'TIME', '2000-03-31TMO']] },
  { rule: '"for the week" and "the week\'s" are the trading week under discussion', dct: '1989-10-30', input: 'For the week, the index dropped. It was the week\'s most active session.', out: [['the week', 'DATE', '1989-WXX'], ['the week', 'DATE', '1989-WXX']] },
  { rule: '"the last decade" takes its article; "the last week of August" is that month\'s last full week', dct: '1998-02-06', input: 'Prices rose over the last decade, and fell in the last week of August.', out: [['the last decade', 'DATE', '198'], ['the last week of August', 'DATE', '1997-W35']] },
  { rule: 'a bare plural a clause opens with or a verb takes ("Months of talks", "follows months of")', dct: '1989-10-26', input: 'Months of talks failed. The agreement follows months of twists. It took eight trading days of talks.', out: [['Months', 'DURATION', 'PXM'], ['months', 'DURATION', 'PXM'], ['eight trading days', 'DURATION', 'P8D']] },
  { rule: '"or so" belongs to the expression', dct: '1989-11-02', input: 'Plants will be closed over the next year or so.', out: [['the next year or so', 'DATE', '1990']] },
  { rule: '"the weeks ahead" keeps its article and "ahead"', dct: '1989-10-26', input: 'Investors may sell in the weeks ahead.', out: [['the weeks ahead', 'DURATION', 'PXW']] },
  { rule: '"a hundred years" counts a hundred', dct: '1998-02-13', input: 'It has been almost a hundred years.', out: [['almost a hundred years', 'DURATION', 'P100Y']] },
  { rule: '"this coming Sunday" is the next one', dct: '1998-03-05', input: 'This coming Sunday he leaves.', out: [['This coming Sunday', 'DATE', '1998-03-08']] },
  { rule: '"a three-year period" and "the same 28-day period" take their noun', dct: '1989-10-26', input: 'They stole it over a three-year period but waived the extra seven-day period.', out: [['a three-year period', 'DURATION', 'P3Y'], ['seven-day', 'DURATION', 'P7D']] },
  { rule: 'open edges: "1994 or later", "1990 and beyond", "post-1959"', dct: '1989-11-05', input: 'No profit until 1994 or later; plans for 1990 and beyond; the post-1959 politics.', out: [['1994 or later', 'DATE', '1994'], ['1990 and beyond', 'DATE', '1990'], ['post-1959', 'DATE', '1959']] },
  { rule: '"More recently" is one expression', dct: '1998-03-03', input: 'More recently it has followed the case.', out: [['More recently', 'DATE', 'PAST_REF']] },
  { rule: 'after a date, "a day" is no rate ("March 20, a day after")', dct: '2013-03-21', input: 'He resigned on March 20, a day after the report. He earns $5 a day.', out: [['March 20', 'DATE', '2013-03-20'], ['a day', 'DURATION', 'P1D'], ['a day', 'SET', 'P1D']] },
  { rule: '"of recent years" and "weeks or months" are one expression each', dct: '1989-10-26', input: 'Funds grew since the takeover boom of recent years. He died within weeks or months of his capture.', out: [['recent years', 'DATE', 'PAST_REF'], ['weeks or months', 'DURATION', 'PXW']] },
  // Durations and rates.
  { rule: 'a quantity with a scale word or a plural noun before "a year" makes a rate (SET)', dct: '1989-11-02', input: 'It adds about $33 million a year. Over fifty thousand CDs a year are sold.', out: [['a year', 'SET', 'P1Y'], ['a year', 'SET', 'P1Y']] },
  { rule: '"couple of" without its article counts two', dct: '1989-11-02', input: 'Rates will fall over the next couple of years.', out: [['the next couple of years', 'DURATION', 'P2Y']] },
  { rule: '"an additional year" and "two more weeks" measure, the adjective inside', dct: '1989-11-02', input: 'The board granted an additional year to the chairman.', out: [['an additional year', 'DURATION', 'P1Y']] },
  { rule: '"trading days" and "business days" count days', dct: '1989-11-02', input: 'The rally lasted eight trading days. Payment is due within ten business days.', out: [['eight trading days', 'DURATION', 'P8D'], ['ten business days', 'DURATION', 'P10D']] },
  { rule: '"in coming quarters" is a vague stretch of quarters; "living quarters" a place', dct: '1989-11-02', input: 'Margins will narrow in coming quarters. Troops slept in quarters near the base.', out: [['coming quarters', 'DURATION', 'PXQ']] },
  { rule: 'a plural weekday or weekday part ("Tuesday nights", "Sundays") recurs (SET)', dct: '1998-02-13', input: 'Flights leave on Tuesday nights and on Sundays.', out: [['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'], ['Sundays', 'SET', 'XXXX-WXX-7']] },
  { rule: 'centuries count in CE ("the past two centuries" P2CE, "centuries" PXCE)', dct: null, input: 'Borders held for the past two centuries. Empires rose over centuries.', out: [['the past two centuries', 'DURATION', 'P2CE'], ['centuries', 'DURATION', 'PXCE']] },
  { rule: 'spelled "and (a) half" keeps the fraction (P2.5Y, P1.5M); the digit form "2 1/2" spills (P2Y6M)', dct: null, input: 'It lasted two and half years. The siege took a month and a half. He served 2 1/2 years.', out: [['two and half years', 'DURATION', 'P2.5Y'], ['a month and a half', 'DURATION', 'P1.5M'], ['2 1/2 years', 'DURATION', 'P2Y6M']] },
  { rule: 'a count with thousands separators ("1,460 years")', dct: null, input: 'The empire had stood for 1,460 years.', out: [['1,460 years', 'DURATION', 'P1460Y']] },
  { rule: '"the first hours", "the following days": a vague stretch; "the early hours of Thursday" belongs to the day', dct: '1991-02-25', input: 'Prisoners were taken in the first hours of the war. Talks went on in the following days. He was arrested in the early hours of Thursday morning.', out: [['the first hours', 'DURATION', 'PTXH'], ['the following days', 'DURATION', 'PXD'], ['Thursday morning', 'TIME', '1991-02-21TMO']] },
  { rule: 'a plural after "Monday and" distributes: "Monday and Tuesday nights" are two SETs', dct: '1998-02-13', input: 'Flights leave on Monday and Tuesday nights, and on Fridays or Saturdays.', out: [['Monday', 'SET', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'], ['Fridays', 'SET', 'XXXX-WXX-5'], ['Saturdays', 'SET', 'XXXX-WXX-6']] },
  // Narratives (learnt on WikiWars).
  { rule: '"the fall of Saigon" is a defeat, "the fall of 1975" a season', dct: '1976-01-01', input: 'After the fall of Saigon in the fall of 1975, the war ended.', out: [['the fall of 1975', 'DATE', '1975-FA']] },
  { rule: '"August of that year" is the month in the year under discussion', dct: '2000-01-01', input: 'France fell in 1940. In August of that year, the Blitz began.', out: [['1940', 'DATE', '1940'], ['August of that year', 'DATE', '1940-08']] },
  { rule: '"July 25 of the same year" is the day in the year under discussion', dct: '2000-01-01', input: 'The war began in 1861. On July 25 of the same year, Congress voted.', out: [['1861', 'DATE', '1861'], ['July 25 of the same year', 'DATE', '1861-07-25']] },
  { rule: 'a month or a season in a BC year', dct: '2000-01-01', input: 'In April 480 BC the fleet sailed; in the spring of 480 BC the army marched.', out: [['April 480 BC', 'DATE', 'BC0480-04'], ['the spring of 480 BC', 'DATE', 'BC0480-SP']] },
  { rule: '"early in 1914" and "Later in 1792" take the adverb and "in"', dct: '2000-01-01', input: 'Plans were replaced early in 1914. Later in 1792, he left.', out: [['early in 1914', 'DATE', '1914'], ['Later in 1792', 'DATE', '1792']] },
  { rule: 'a day-first range "22-25 April 1951" is two days of one month', dct: '2000-01-01', input: 'The Battle of Kapyong (22-25 April 1951) ended.', out: [['22', 'DATE', '1951-04-22'], ['25 April 1951', 'DATE', '1951-04-25']] },
  { rule: 'a month range "August and September 1914" shares its year', dct: '2000-01-01', input: 'The war began in 1918 memory; in August and September 1914 they marched.', out: [['1918', 'DATE', '1918'], ['August', 'DATE', '1914-08'], ['September 1914', 'DATE', '1914-09']] },
  { rule: 'a bare "summer" or "winter" is a season; a capitalized one before a name is not', dct: null, input: 'In 1942 the Germans launched their summer offensive. The Winter Olympics were cancelled.', out: [['1942', 'DATE', '1942'], ['summer', 'DATE', '1942-SU']] },
  { rule: 'a story\'s seasons are in the year it tells', dct: null, input: 'In March 1915 the offensive failed. Over the summer, fighting went on.', out: [['March 1915', 'DATE', '1915-03'], ['the summer', 'DATE', '1915-SU']] },
  { rule: 'an apostrophe year takes the century of the story ("the spirit of \'89" in 1792)', dct: null, input: "In 1792 the heirs of '89 took power.", out: [['1792', 'DATE', '1792'], ["'89", 'DATE', '1789']] },
  { rule: '"B.C" without its dot, and "B.C." keeping it where a sentence ends', dct: null, input: 'The war (149 B.C to 146 B.C) ended when Rome razed Carthage in 146 B.C. The story spread.', out: [['149 B.C', 'DATE', 'BC0149'], ['146 B.C', 'DATE', 'BC0146'], ['146 B.C.', 'DATE', 'BC0146']] },
  { rule: 'BC decades and centuries count backwards ("the following decade" after 490 BC is BC048)', dct: null, input: 'The battle was fought in 490 BC. In the following decade, Athens built a fleet. In the previous century, Sparta ruled.', out: [['490 BC', 'DATE', 'BC0490'], ['the following decade', 'DATE', 'BC048'], ['the previous century', 'DATE', 'BC05']] },
  { rule: '"On the 5th" is a day of the month under discussion', dct: null, input: 'In 1920 the Soviets replied on 2 October. On the 5th, they offered peace.', out: [['1920', 'DATE', '1920'], ['2 October', 'DATE', '1920-10-02'], ['the 5th', 'DATE', '1920-10-05']] },
  { rule: '"at night" is any night', dct: null, input: 'The troops moved at night.', out: [['night', 'TIME', 'XXXX-XX-XXTNI']] },
  { rule: '"two decades earlier" is a glance back: the story stays in its year', dct: null, input: 'On 8 March 1965 the Marines landed, almost two decades earlier than planned. In June they attacked.', out: [['8 March 1965', 'DATE', '1965-03-08'], ['almost two decades earlier', 'DATE', '1945'], ['June', 'DATE', '1965-06']] },
  { rule: '"a year earlier" is a glance back: the story stays in its year', dct: null, input: 'The invasion began on March 20, 2003, planned over a year earlier. On April 9 Baghdad fell.', out: [['March 20, 2003', 'DATE', '2003-03-20'], ['over a year earlier', 'DATE', '2002'], ['April 9', 'DATE', '2003-04-09']] },
  { rule: 'a bare year deep in a sentence is an aside; the story keeps its month', dct: null, input: 'On 10 March 1975 the attack began. The road would be open for a campaign planned in 1976. On 11 March the town fell.', out: [['10 March 1975', 'DATE', '1975-03-10'], ['1976', 'DATE', '1976'], ['11 March', 'DATE', '1975-03-11']] },
  { rule: 'a year opening a sentence moves the story', dct: null, input: 'On 10 March 1975 the attack began. In 1976, on 11 March, the town fell.', out: [['10 March 1975', 'DATE', '1975-03-10'], ['1976', 'DATE', '1976'], ['11 March', 'DATE', '1976-03-11']] },
  { rule: '"the past year" is last year; "the past decade" a stretch of ten years', dct: '1998-03-05', input: 'Sales fell in the past year, the worst in the past decade.', out: [['the past year', 'DATE', '1997'], ['the past decade', 'DURATION', 'P10Y']] },
  { rule: '"earlier in the year" is the document\'s year', dct: '1989-11-02', input: 'Shipments were delayed earlier in the year by heavy rains.', out: [['earlier in the year', 'DATE', '1989']] },
];

describe('value and span rules', () => {
  it.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    expect(tagTimexes(c.input, { dct: c.dct }).map((t) => [t.text, t.type, t.value])).toEqual(c.out);
  });
});
