// Rules for clock times, parts of day, relative and named days: military "hrs", clock ranges and
// offsets, "the night of <date>", generic nights and day time, parts of the day under discussion,
// "overnight", counted days ("the second day"), "the day before <named day>", holidays with a part
// of day, the present age ("today's world"), and the tense of a weekday that follows a clock time.
// One row per rule; each row fails without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  // Clock times.
  { rule: 'a military "hrs" belongs to the clock time', dct: '2010-05-04', input: 'The column was deployed by 05:30hrs.', out: [['05:30hrs', 'TIME', '2010-05-04T05:30']] },
  { rule: 'the first clock of a range borrows the time word of the second', dct: '2010-05-04', input: 'The convoy moved (19:00-03:00hrs) without lights.', out: [['19:00', 'TIME', '2010-05-04T19:00'], ['03:00hrs', 'TIME', '2010-05-04T03:00']] },
  { rule: 'a bracketed UTC offset joins the clock time, which stays local', dct: '2011-03-02', input: 'The jet landed at 6:40 p.m. (GMT +8) after the flight.', out: [['6:40 p.m. (GMT +8)', 'TIME', '2011-03-02T18:40']] },
  { rule: 'a weekday after a clock time takes the tense of the words before the clock', dct: '2000-04-03', input: 'The agency extended its deadline until 9 a.m. EST Tuesday.', out: [['9 a.m. EST Tuesday', 'TIME', '2000-04-04T09:00']] },
  // Parts of day.
  { rule: '"the night of <date>" is that part of the day the date names', dct: null, input: 'On the night of March 20, 1943, the convoy sailed.', out: [['the night of March 20, 1943', 'TIME', '1943-03-20TNI']] },
  { rule: '"the early morning hours of <day>" in a story\'s year', dct: null, input: 'The siege began in 1902. In the early morning hours of 4 May, the guns opened fire.', out: [['1902', 'DATE', '1902'], ['the early morning hours of 4 May', 'TIME', '1902-05-04TMO']] },
  { rule: '"the night of <date>" is no clock time that takes the date named after it', dct: null, input: 'The war began on 8 February 1904. During the night of 13 February - 14 February, ships attacked.', out: [['8 February 1904', 'DATE', '1904-02-08'], ['the night of 13 February', 'TIME', '1904-02-13TNI'], ['14 February', 'DATE', '1904-02-14']] },
  { rule: '"night" before a military noun is any night', dct: null, input: 'The rebels favoured night raids against the garrison.', out: [['night', 'TIME', 'XXXX-XX-XXTNI']] },
  { rule: '"night-time" is any night', dct: null, input: 'The general ordered a night-time retreat.', out: [['night-time', 'TIME', 'XXXX-XX-XXTNI']] },
  { rule: '"daytime" is any day time; "daytime TV" is a genre', dct: null, input: 'Pilots limited daytime flights. Daytime TV went on.', out: [['daytime', 'TIME', 'XXXX-XX-XXTDT']] },
  { rule: '"in morning trading" is the morning of the day under discussion', dct: '2010-03-03', input: 'Shares rose on Tuesday in morning trading.', out: [['Tuesday', 'DATE', '2010-03-02'], ['morning', 'TIME', '2010-03-02TMO']] },
  { rule: '"in one night" is a night of the story', dct: null, input: 'On 29 August 1776 the army crossed the river in one night.', out: [['29 August 1776', 'DATE', '1776-08-29'], ['one night', 'TIME', '1776-08-29TNI']] },
  { rule: 'a clock with minutes or "o\'clock" before its part of day is one TIME ("3:30 in the afternoon" is 15:30); "10 at night" is 22:00', dct: '2013-03-22', input: "The vote was at 3:30 in the afternoon, the count at 10 at night and 11 o'clock in the morning.", out: [['3:30 in the afternoon', 'TIME', '2013-03-22T15:30'], ['10 at night', 'TIME', '2013-03-22T22:00'], ["11 o'clock in the morning", 'TIME', '2013-03-22T11:00']] },
  { rule: 'Asian and European zones join the clock ("10:45 IST", "3 p.m. JST")', dct: '2013-03-22', input: 'The quake hit at 10:45 IST and 3 p.m. JST.', out: [['10:45 IST', 'TIME', '2013-03-22T10:45'], ['3 p.m. JST', 'TIME', '2013-03-22T15:00']] },
  { rule: 'a clock told in the past cannot fall after the report: after a coming date it is the report\'s day', dct: '2011-11-07', input: 'Sentencing is set for Nov. 29. The verdict was read shortly after 1 p.m.', out: [['Nov. 29', 'DATE', '2011-11-29'], ['1 p.m.', 'TIME', '2011-11-07T13:00']] },
  { rule: 'a British dotted clock after "at" joins its part of day ("at 7.30 in the morning"); a price does not', dct: '2013-03-22', input: 'They met at 7.30 in the morning. Shares rose 7.30 in the morning session.', out: [['7.30 in the morning', 'TIME', '2013-03-22T07:30'], ['the morning', 'TIME', '2013-03-22TMO']] },
  { rule: '"the early hours of Sunday" are that night\'s small hours (TMO); "the early hours of Thursday morning" leave the part to the day', dct: '2013-03-22', input: 'The blast came in the early hours of Sunday.', out: [['the early hours of Sunday', 'TIME', '2013-03-17TMO']] },
  { rule: 'a bracketed GMT time after a day is the only clock given; "at 0332 local time" is a clock', dct: '2013-03-22', input: 'The quake struck on Friday (1430 GMT). A second hit at 0332 local time.', out: [['Friday', 'DATE', '2013-03-22'], ['1430 GMT', 'TIME', '2013-03-22T14:30Z'], ['0332 local time', 'TIME', '2013-03-22T03:32']] },
  { rule: '"overnight" is the night before the day under discussion; an "overnight rate" no night', dct: '1989-10-30', input: 'On Friday, London shares fell after overnight losses in New York. The overnight rate rose.', out: [['Friday', 'DATE', '1989-10-27'], ['overnight', 'TIME', '1989-10-26TNI']] },
  { rule: '"later this afternoon" keeps its adverb, as "later today" does', dct: '1998-02-22', input: 'The envoy meets the minister later this afternoon.', out: [['later this afternoon', 'TIME', '1998-02-22TAF']] },
  // Relative and counted days.
  { rule: '"the day before <named day>" is one day before it', dct: '2000-02-24', input: 'The day before last Tuesday\'s hearing, he flew home.', out: [['The day before last Tuesday', 'DATE', '2000-02-21']] },
  { rule: '"the day following" is the next day', dct: null, input: 'The fort fell on May 10, 1865, and the day following saw the surrender.', out: [['May 10, 1865', 'DATE', '1865-05-10'], ['the day following', 'DATE', '1865-05-11']] },
  { rule: 'a counted day ("the second day") is the day under discussion; "day-long" is no day', dct: '1998-03-06', input: 'It is the second day of the offensive. Talks ended their third day-long session.', out: [['the second day', 'DATE', '1998-03-06'], ['day-long', 'DURATION', 'P1D']] },
  { rule: '"will one day" is some day to come; "followed by one day" a length', dct: '1998-03-03', input: 'The party will one day govern. The vote followed by one day the census.', out: [['one day', 'DATE', 'FUTURE_REF'], ['one day', 'DURATION', 'P1D']] },
  { rule: '"present-day" and "modern day" are the present', dct: null, input: 'The fleet sailed to present-day Belize and modern day Honduras.', out: [['present-day', 'DATE', 'PRESENT_REF'], ['modern day', 'DATE', 'PRESENT_REF']] },
  { rule: '"today\'s world" is the present age, "today\'s vote" the day', dct: '1998-04-24', input: 'Jobs are scarce in today\'s world. Today\'s vote matters.', out: [['today', 'DATE', 'PRESENT_REF'], ['Today', 'DATE', '1998-04-24']] },
  // Named days.
  { rule: 'a holiday with a part of day is that part of the holiday', dct: '1998-12-30', input: 'The family sang carols on Christmas night.', out: [['Christmas night', 'TIME', '1998-12-25TNI']] },
  { rule: '"Black Monday" is the crash of 1987', dct: '2007-10-20', input: 'Stocks fell on the anniversary of Black Monday.', out: [['Black Monday', 'DATE', '1987-10-19']] },
  { rule: 'a clock joined to its day keeps that day when another day follows in the clause', dct: '2013-03-22', input: 'A gunman killed two at 10 p.m. Monday, police said Thursday.', out: [['10 p.m. Monday', 'TIME', '2013-03-18T22:00'], ['Thursday', 'DATE', '2013-03-21']] },
  { rule: 'a clock next to a part of a day is one time on that day ("11 p.m. last night")', dct: '2013-03-22', input: 'The shop was robbed at 11 p.m. last night, and police came at 9 a.m. this morning.', out: [['11 p.m. last night', 'TIME', '2013-03-21T23:00'], ['9 a.m. this morning', 'TIME', '2013-03-22T09:00']] },
  { rule: 'a clock with no a.m./p.m. is read in the part of the day it comes with', dct: '2013-03-22', input: 'The party ended at 11:30 Saturday night. He left at 2:15 Sunday night.', out: [['11:30 Saturday night', 'TIME', '2013-03-16T23:30'], ['2:15 Sunday night', 'TIME', '2013-03-17T02:15']] },
  { rule: '"noon ET" and "midnight GMT" keep their zone', dct: '2013-03-22', input: 'Polls close at noon ET and the count starts at midnight GMT.', out: [['noon ET', 'TIME', '2013-03-22T12:00'], ['midnight GMT', 'TIME', '2013-03-22T24Z']] },
  { rule: 'the first clock of a range is on the day of the second ("from 2 p.m. to 4 p.m. Thursday")', dct: '2013-03-20', input: 'The store is open from 2 p.m. to 4 p.m. Thursday.', out: [['2 p.m.', 'TIME', '2013-03-21T14:00'], ['4 p.m. Thursday', 'TIME', '2013-03-21T16:00']] },
  { rule: 'a bare midnight told in the past on the report\'s day is the one that opened it', dct: '2013-10-17', input: 'Congress signed the bill shortly after midnight. The curfew begins at midnight.', out: [['midnight', 'TIME', '2013-10-16T24'], ['midnight', 'TIME', '2013-10-17T24']] },
  { rule: 'the day a source spoke does not move the story from an earlier day', dct: '2012-09-13', input: 'The embassy was attacked Tuesday night, officials said Wednesday. The assault began around 9:40 p.m.', out: [['Tuesday night', 'TIME', '2012-09-11TNI'], ['Wednesday', 'DATE', '2012-09-12'], ['around 9:40 p.m.', 'TIME', '2012-09-11T21:40']] },
  { rule: 'Holy Week\'s days move with Easter', dct: '2013-03-22', input: 'The pope will wash feet on Holy Thursday and lead Palm Sunday Mass; Holy Week begins soon. Ash Wednesday fell on Feb. 13.', out: [['Holy Thursday', 'DATE', '2013-03-28'], ['Palm Sunday', 'DATE', '2013-03-24'], ['Holy Week', 'DATE', '2013-W13'], ['Ash Wednesday', 'DATE', '2013-02-13'], ['Feb. 13', 'DATE', '2013-02-13']] },
  { rule: '"overnight" told in the future is the night to come', dct: '2013-03-18', input: 'Snow will get heavier overnight. Stocks fell overnight.', out: [['overnight', 'TIME', '2013-03-18TNI'], ['overnight', 'TIME', '2013-03-17TNI']] },
];

describeRules('time rules: clock times, parts of day, relative and named days', CASES);
