// Rules for news (TBAQ and MEANTIME): which way the clause's tense sends a bare weekday or month
// (scheduled present tenses, "until", "by", "planned", adjectives in "-ed"), weekdays named from
// another day ("the previous Friday"), a month in a year said after it ("October of next year"),
// holidays in a story, "the day before/after" that renames a day, and vague references ("soon",
// "at a later date", "the then current", "most recent"). One row per rule; each row fails without its rule.
import { describeRules, type RuleCase } from './rule-table';

const CASES: readonly RuleCase[] = [
  // Tense cues (a Wednesday, 2002-03-13, unless said otherwise).
  { rule: 'an "-ed" word after an article is an adjective, not a past verb', dct: '2001-10-20', input: 'It would pay on a still undecided date in January.', out: [['January', 'DATE', '2002-01']] },
  { rule: '"planned" after an opening weekday is the clause\'s own past verb', dct: '2002-03-13', input: 'On Friday, the ministry planned to release the report.', out: [['Friday', 'DATE', '2002-03-08']] },
  { rule: 'a present-tense scheduled verb points ahead; after a negation it does not', dct: '2002-03-13', input: 'The two leaders meet Monday in Geneva. Their aides did not meet Tuesday.', out: [['Monday', 'DATE', '2002-03-18'], ['Tuesday', 'DATE', '2002-03-12']] },
  { rule: 'a future verb of the same clause counts beyond the cue window', dct: '2002-03-13', input: 'She will be appointed head of the regional transport authority for a term in December.', out: [['December', 'DATE', '2002-12']] },
  { rule: '"is set for" schedules ahead, whatever the present "is" says', dct: '2002-03-13', input: 'The vote is set for Friday.', out: [['Friday', 'DATE', '2002-03-15']] },
  { rule: '"by" in a past perfect is a deadline already met', dct: '2002-03-14', input: 'Forty members had filed their compliance reports by Wednesday.', out: [['Wednesday', 'DATE', '2002-03-13']] },
  { rule: '"by" far from the expression names an agent, no deadline', dct: '2007-01-18', input: 'The strong demand by young buyers of music players during Christmas surprised analysts.', out: [['Christmas', 'DATE', '2006-12-25']] },
  { rule: '"until" right before a day outweighs a nearby past verb', dct: '2000-03-30', input: 'Officials postponed the decision until Tuesday.', out: [['Tuesday', 'DATE', '2000-04-04']] },
  { rule: 'a possessive weekday after "before" is as past as any reported day', dct: '1989-10-30', input: 'Its share before Friday\'s purchases was 7%.', out: [['Friday', 'DATE', '1989-10-27']] },
  { rule: 'a month\'s figures are counted once it has begun: "August unemployment data" is past even in a future clause', dct: '2008-09-04', input: 'An announcement Friday of August unemployment data could cause the index to fall. The plant will reopen in August.', out: [['Friday', 'DATE', '2008-09-05'], ['August', 'DATE', '2008-08'], ['August', 'DATE', '2009-08']] },
  { rule: '"as early as" introduces a bare month as a preposition does', dct: '2005-01-18', input: 'The first flight may take place as early as March.', out: [['March', 'DATE', '2005-03']] },
  { rule: 'more scheduled present tenses point ahead ("ends Wednesday", "appears in court Thursday")', dct: '2013-03-22', input: 'The summit ends Wednesday. He appears in court Thursday.', out: [['Wednesday', 'DATE', '2013-03-27'], ['Thursday', 'DATE', '2013-03-28']] },
  { rule: 'a possessive day is past unless its clause looks ahead ("Sunday\'s vote will decide")', dct: '2013-03-22', input: 'Sunday\'s vote will decide the matter. Tuesday\'s vote was close.', out: [['Sunday', 'DATE', '2013-03-24'], ['Tuesday', 'DATE', '2013-03-19']] },
  { rule: 'results season: "the end of the year" told in the past in February is the year just ended; its "beginning" is this year\'s; a fourth quarter "due" in February is the one just ended; "figures for December" are past', dct: '2014-02-09', input: 'Companies slashed spending at the end of the year. Prices rose since the beginning of the year. Data for the fourth quarter is due on Friday. Figures for December are due on Friday.', out: [['the end of the year', 'DATE', '2013'], ['the beginning of the year', 'DATE', '2014'], ['the fourth quarter', 'DATE', '2013-Q4'], ['Friday', 'DATE', '2014-02-14'], ['December', 'DATE', '2013-12'], ['Friday', 'DATE', '2014-02-14']] },
  { rule: '"within the next month" measures from the report even in a past clause', dct: '2011-03-14', input: 'The quake of January 1995 killed 6,400. Experts warned that an aftershock was likely within the next month.', out: [['January 1995', 'DATE', '1995-01'], ['the next month', 'DATE', '2011-04']] },
  { rule: '"the next year" in a past clause follows the year named; ahead it counts from the document date', dct: '2013-03-22', input: 'In 2010 sales fell. The next year they doubled. We will grow the next year.', out: [['2010', 'DATE', '2010'], ['The next year', 'DATE', '2011'], ['the next year', 'DATE', '2014']] },
  { rule: '"a day earlier" counts back from the day last named', dct: '2013-03-22', input: 'He resigned on March 12. A day earlier, the board met.', out: [['March 12', 'DATE', '2013-03-12'], ['A day earlier', 'DATE', '2013-03-11']] },
  { rule: 'a clock in GMT in brackets is no year', dct: '2013-03-22', input: 'The blast hit at 3 p.m. local time (1200 GMT).', out: [['3 p.m. local time', 'TIME', '2013-03-22T15:00']] },
  { rule: 'a hyphenated range of months tags both ("April-June", "January-March")', dct: '2013-03-22', input: 'Sales rose in October-December. Exports fell in January-March.', out: [['October', 'DATE', '2012-10'], ['December', 'DATE', '2012-12'], ['January', 'DATE', '2013-01'], ['March', 'DATE', '2013-03']] },
  { rule: 'papers and programmes named for a day are no day ("The Sunday Times", "the Mail on Sunday", "Bloody Sunday")', dct: '2013-03-22', input: 'He told The Sunday Times and the Mail on Sunday about Bloody Sunday. He spoke Sunday.', out: [['Sunday', 'DATE', '2013-03-17']] },
  { rule: '"the present crisis" is an adjective; "the present" alone is the present', dct: '2013-03-22', input: 'The present crisis differs from the past and the present.', out: [['the past', 'DATE', 'PAST_REF'], ['the present', 'DATE', 'PRESENT_REF']] },
  // Weekdays and months named from another date.
  { rule: '"the previous Friday" is the Friday before the day under discussion', dct: '1989-10-30', input: 'The index closed Friday at 2,082.1 points, down 4.5% from the previous Friday.', out: [['Friday', 'DATE', '1989-10-27'], ['the previous Friday', 'DATE', '1989-10-20']] },
  { rule: '"October of next year": the month in next year, tagged apart from "next year"', dct: '2009-05-15', input: 'Franchises will not be renewed after October of next year.', out: [['October', 'DATE', '2010-10'], ['next year', 'DATE', '2010']] },
  { rule: 'a story\'s holiday falls in the year it tells', dct: null, input: 'In 1776 the army retreated. On Christmas night it crossed the river.', out: [['1776', 'DATE', '1776'], ['Christmas night', 'TIME', '1776-12-25TNI']] },
  { rule: '"White Christmas" is a song, not a day', dct: '1998-12-01', input: 'The band played "White Christmas" at Christmas.', out: [['Christmas', 'DATE', '1997-12-25']] },
  { rule: '"in the day after ...": the day under discussion, not the next one', dct: '2007-08-10', input: 'Markets fell today. The index rebounded late in the day after falling 250 points.', out: [['today', 'DATE', '2007-08-10'], ['late in the day', 'DATE', '2007-08-10']] },
  { rule: '"Oct. 12, the day before the plunge": an apposition renames the date just given', dct: '1989-10-30', input: 'Prices peaked on Oct. 12, the day before the plunge.', out: [['Oct. 12', 'DATE', '1989-10-12'], ['the day', 'DATE', '1989-10-12']] },
  { rule: '"two years later" counts from the year the text last named; "later than planned" compares with the plan', dct: '2009-06-18', input: 'Deliveries start in 2011 and end two years later. The jet flew on March 3, three days later than planned.', out: [['2011', 'DATE', '2011'], ['two years later', 'DATE', '2013'], ['March 3', 'DATE', '2009-03-03'], ['three days later', 'DATE', '2009-06-21']] },
  // Vague references.
  { rule: '"the then current price" is the present of a past time', dct: '1989-10-26', input: 'Holders may buy shares at half the then current market price.', out: [['then current', 'DATE', 'PAST_REF']] },
  { rule: '"most recent" ranks a series and places nothing in time', dct: '2010-08-09', input: 'Critics faulted their most recent phone. Sales rose recently.', out: [['recently', 'DATE', 'PAST_REF']] },
  { rule: '"at a later date" is a vague future', dct: '1989-10-26', input: 'The plant will be financed at a later date.', out: [['a later date', 'DATE', 'FUTURE_REF']] },
  { rule: '"soon" is a future reference when the clause looks ahead, not in a past narrative', dct: '2000-01-05', input: 'The company will soon cut prices. Prices soon fell. He wants to present the plan very soon.', out: [['soon', 'DATE', 'FUTURE_REF'], ['very soon', 'DATE', 'FUTURE_REF']] },
];

describeRules('news rules: tense of weekdays and months, vague references', CASES);
