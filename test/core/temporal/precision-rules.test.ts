// Precision rules: contexts where a time word names no time, so the tagger stays silent on them
// (each row fails without its rule; the word's time sense in the same sentence is still found).
import { describeRules } from './rule-table';

describeRules('precision rules', [
  {
    rule: 'sets: a rate adverb after a percentage is a growth rate ("rise 6% annually"), not a recurrence',
    input: 'The fund pays dividends annually and expects its earnings to rise 6% annually.',
    dct: '2024-10-04',
    out: [['annually', 'SET', 'P1Y']],
  },
  {
    rule: 'durations: "a quarter" measuring a change ("a drop of about a quarter") is a share, not a period',
    input: 'Officials reported a drop of about a quarter in attacks within a month.',
    dct: '2024-10-04',
    out: [['a month', 'DURATION', 'P1M']],
  },
  { rule: 'a speed ("80 miles per hour", "90 miles an hour") is no recurrence', input: 'Winds of 80 miles per hour and gusts of 90 miles an hour hit the coast, which floods twice a year.', dct: '2013-03-22', out: [['twice a year', 'SET', 'P1Y']] },
  { rule: 'an address ("the 1900 block of", "1999 Broadway", "2001 M Street NW") is no year', input: 'Police were called to the 1900 block of Elm Street; the firm moved from 1999 Broadway to 2001 M Street NW in 2010.', dct: '2013-03-22', out: [['2010', 'DATE', '2010']] },
  { rule: 'a bill\'s number ("SB 1070", "H.R. 1960") is no year', input: 'Arizona passed SB 1070 in 2010, and the House passed H.R. 1960.', dct: '2013-03-22', out: [['2010', 'DATE', '2010']] },
  { rule: 'a capitalized century before a name ("21st Century Fox") is part of the name', input: '21st Century Fox, born in the 20th century, began trading; in the 20th Century British rule ended.', dct: '2013-03-22', out: [['the 20th century', 'DATE', '19'], ['the 20th Century', 'DATE', '19']] },
  { rule: '"the future king", "the past president": adjectives of a role refer to no time', input: 'Prince George, the future king, met the past president. In the past Britain was calm, and the future looks bleak.', dct: '2013-03-22', out: [['the past', 'DATE', 'PAST_REF'], ['the future', 'DATE', 'FUTURE_REF']] },
  { rule: 'after "his" or "the", a hyphenated "-second" is the ordinal; "a thirty-second ad" measures', input: 'On his twenty-second birthday, the thirty-second president aired a thirty-second ad.', dct: '2013-03-22', out: [['thirty-second', 'DURATION', 'PT30S']] },
  { rule: 'in a sentence about a game, "the fourth quarter" and "the first half" are periods of play', input: 'Miami trailed 72-71 entering the fourth quarter. Brady threw two touchdowns in the first half. Profit rose in the fourth quarter.', dct: '2013-03-17', out: [['the fourth quarter', 'DATE', '2012-Q4']] },
  { rule: 'a bare "60s" in a sentence about the weather is a temperature', input: 'Temperatures reached the 60s, with highs in the upper 70s. He grew up in the 60s.', dct: '2013-04-21', out: [['the 60s', 'DATE', '196']] },
  { rule: 'a season before a kind of place or weather ("the papal summer residence", "a winter storm") is no date', input: 'The pope left for the papal summer residence as a winter storm hit. Sales rose this summer.', dct: '2013-03-19', out: [['this summer', 'DATE', '2013-SU']] },
  { rule: '"just another day", "March Madness", "for May" (a person), "Opening hours later", "March first rose" name no time', input: 'It was just another day in Baghdad. Tickets for March Madness sold out. It was a defeat for May. Opening hours later this month will change. Sales in March first rose.', dct: '2013-03-22', out: [['later this month', 'DATE', '2013-03'], ['March', 'DATE', '2013-03']] },
  { rule: '"overtime pay" is no game: the fourth quarter stays a calendar quarter', input: 'The union said overtime pay rose 3 percent in the fourth quarter.', dct: '2013-03-22', out: [['the fourth quarter', 'DATE', '2012-Q4']] },
  { rule: '"average daily volume" is the unit of a market average; "average hourly earnings" stays a SET', input: 'Volume was below the average daily volume, and average hourly earnings rose.', dct: '2013-03-22', out: [['hourly', 'SET', 'PT1H']] },
  { rule: 'a rate looks no further back than its sentence ("at age 12. A second vaccine"); "a second or third day" is the ordinal', input: 'The shot is given at age 11 or 12. A second vaccine came out. It was a second or third day of protests.', dct: '2012-10-25', out: [['third day', 'DATE', '2012-10-25']] },
  { rule: '"the minutes were published" are a record; "the thirties" in the weather are degrees', input: 'Stocks rose after the minutes were published. Highs will stay in the thirties. He grew up in the sixties.', dct: '2013-03-22', out: [['the sixties', 'DATE', '196']] },
  { rule: 'an index level after "to" is no year ("fell to 2100"); "since the thirties" is the decade even beside market lows; "that one day he could" is no future', input: 'The S&P 500 fell to 2100. Stocks hit lows not seen since the thirties. He recalled that one day he could barely walk.', dct: '2013-03-22', out: [['the thirties', 'DATE', '193'], ['one day', 'DURATION', 'P1D']] },
  { rule: 'a short title-case title in quotes names a work ("Now You See Me", "Friday Night Lights"); a quoted campaign keeps its time', input: '"Now You See Me" opens in June, and "Friday Night Lights" returns. The "Chinese Winter Offensive" began.', dct: '2013-03-15', out: [['June', 'DATE', '2013-06'], ['Winter', 'DATE', '2012-WI']] },
  { rule: '"a calendar this week" keeps "calendar" out ("fiscal 1989" keeps it); a comma ends the amount of a rate ("in August 2014, giving universities a year")', input: 'The agency released a calendar this week. Results for fiscal 1989 fell. The rule takes effect in August 2014, giving universities a year to prepare. Tuition is $1,500 a year.', dct: '2013-06-27', out: [['this week', 'DATE', '2013-W26'], ['fiscal 1989', 'DATE', '1989'], ['August 2014', 'DATE', '2014-08'], ['a year', 'DURATION', 'P1Y'], ['a year', 'SET', 'P1Y']] },
  { rule: 'a year opening a sentence after a capitalized last word, or before "will", is a year; a catalogue designation ("2012 DA14") is none', input: 'Sandy made landfall in the Northeast. 2012 was also hot. 2016 will be a tough year. The asteroid 2012 DA14 passed.', dct: '2014-09-10', out: [['2012', 'DATE', '2012'], ['2016', 'DATE', '2016']] },
  { rule: '"March was the driest", "It\'s May." are months; "planned for May" too; "winter wheat", "a winter-type system", "Midnight Mass", "the attacks of Sept. 11" are no times', input: 'March was the driest on record. It\'s May. A memorial is planned for May. The winter wheat crop suffered. A winter-type system moved in. She attended Midnight Mass. He spoke after the attacks of Sept. 11.', dct: '2013-06-08', out: [['March', 'DATE', '2013-03'], ['May', 'DATE', '2013-05'], ['May', 'DATE', '2014-05']] },
  { rule: '"over a week" after an amount is a stretch, not a rate; "the last decade of his life" a duration', input: 'The cycle takes about 17 hours of music over a week. He spent the last decade of his life in Paris.', dct: '2014-09-30', out: [['over a week', 'DURATION', 'P1W'], ['the last decade', 'DURATION', 'P10Y']] },
  { rule: 'an owner\'s "last night" is the final one of something, not the night before the report', input: 'The Saturn\'s last night on Pacific Avenue is Dec. 30. He arrived last night.', dct: '2012-12-11', out: [['Dec. 30', 'DATE', '2012-12-30'], ['last night', 'TIME', '2012-12-10TNI']] },
  { rule: 'a round number before a modal is a count ("said 1200 will be laid off"); "May was named" is a person', input: 'The company said 1200 will be laid off. May was named home secretary.', dct: '2013-06-08', out: [] },
  { rule: '"filing 2013 taxes" is a year; "a month-by-month look" no stretch; "recent years" after "at" whole; "the prior-year period" a period', input: 'The deadline for filing 2013 taxes is near. Here is a month-by-month look. A look at recent years. Revenue rose from the prior-year period.', dct: '2014-03-10', out: [['2013', 'DATE', '2013'], ['recent years', 'DATE', 'PAST_REF'], ['the prior-year period', 'DATE', '2013']] },
]);
