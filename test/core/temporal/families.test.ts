// One table per family of expressions: {input, dct, out} and one loop. `out` lists the expected
// [text, type, value] of every expression the input holds (nothing more, nothing less).
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../electron/core/temporal/tagger';

type Out = readonly [text: string, type: string, value: string];
interface Case { readonly input: string; readonly dct: string | null; readonly out: readonly Out[] }
const D = '2024-10-04'; // a Friday

const FAMILIES: Record<string, readonly Case[]> = {
  'explicit dates': [
    { input: 'The meeting was held on March 5, 2013.', dct: D, out: [['March 5, 2013', 'DATE', '2013-03-05']] },
    { input: 'It ended 12 November 1998.', dct: D, out: [['12 November 1998', 'DATE', '1998-11-12']] },
    { input: 'Filed 11/12/1998 and 2013-03-05.', dct: D, out: [['11/12/1998', 'DATE', '1998-11-12'], ['2013-03-05', 'DATE', '2013-03-05']] },
    { input: 'Results are due Oct. 8.', dct: D, out: [['Oct. 8', 'DATE', '2024-10-08']] },
    { input: 'The strike began Sept. 30.', dct: D, out: [['Sept. 30', 'DATE', '2024-09-30']] },
  ],
  'named days and edges': [
    { input: 'Shops close on Christmas Day.', dct: D, out: [['Christmas Day', 'DATE', '2023-12-25']] },
    { input: 'Sales rose over the weekend.', dct: D, out: [['the weekend', 'DATE', '2024-W39-WE']] },
    { input: 'The deal should close by year-end.', dct: D, out: [['year-end', 'DATE', '2024']] },
    { input: 'Rates may rise at the end of this month.', dct: D, out: [['the end of this month', 'DATE', '2024-10']] },
  ],
  'times with their day': [
    { input: 'He arrived at 10 p.m. Wednesday.', dct: D, out: [['10 p.m. Wednesday', 'TIME', '2024-10-02T22:00']] },
  ],
  times: [
    { input: 'The session opened at 10:30 a.m. EST.', dct: D, out: [['10:30 a.m. EST', 'TIME', '2024-10-04T10:30']] },
    { input: 'Polls close at noon.', dct: D, out: [['noon', 'TIME', '2024-10-04T12:00']] },
    { input: 'Polls close at 7 p.m. ET.', dct: D, out: [['7 p.m. ET', 'TIME', '2024-10-04T19:00']] },
  ],
  'relative days': [
    { input: 'Officials said yesterday that talks failed.', dct: D, out: [['yesterday', 'DATE', '2024-10-03']] },
    { input: 'The vote is tomorrow.', dct: D, out: [['tomorrow', 'DATE', '2024-10-05']] },
    { input: 'They met on June 3, 2020 and again the next day.', dct: D, out: [['June 3, 2020', 'DATE', '2020-06-03'], ['the next day', 'DATE', '2020-06-04']] },
    { input: 'Lavrov spoke on Tuesday. The next day he left at 9 a.m.', dct: D, out: [['Tuesday', 'DATE', '2024-10-01'], ['The next day', 'DATE', '2024-10-02'], ['9 a.m.', 'TIME', '2024-10-02T09:00']] },
  ],
  weekdays: [
    { input: 'Lavrov said Friday that sanctions must go.', dct: D, out: [['Friday', 'DATE', '2024-10-04']] },
    { input: 'The ministers met Tuesday.', dct: D, out: [['Tuesday', 'DATE', '2024-10-01']] },
    { input: 'The ministers will meet Monday.', dct: D, out: [['Monday', 'DATE', '2024-10-07']] },
    { input: 'He arrived last Friday.', dct: D, out: [['last Friday', 'DATE', '2024-09-27']] },
  ],
  'weeks, months, years': [
    { input: 'Sales fell last week.', dct: '2021-06-02', out: [['last week', 'DATE', '2021-W21']] },
    { input: 'Prices rose this month.', dct: D, out: [['this month', 'DATE', '2024-10']] },
    { input: 'The war began two years ago.', dct: D, out: [['two years ago', 'DATE', '2022']] },
    { input: 'Profits grew last year.', dct: D, out: [['last year', 'DATE', '2023']] },
    { input: 'A deal is expected early next year.', dct: D, out: [['early next year', 'DATE', '2025']] },
    { input: 'They married in 2001 and divorced the year after.', dct: D, out: [['2001', 'DATE', '2001'], ['the year after', 'DATE', '2002']] },
  ],
  'seasons, quarters, halves': [
    { input: 'They plan to finish next spring.', dct: D, out: [['next spring', 'DATE', '2025-SP']] },
    { input: 'Net income rose in the third quarter.', dct: D, out: [['the third quarter', 'DATE', '2024-Q3']] },
    { input: 'Growth slowed in the first quarter of 2013.', dct: D, out: [['the first quarter of 2013', 'DATE', '2013-Q1']] },
    { input: 'Output dipped in the second half of 2019.', dct: D, out: [['the second half of 2019', 'DATE', '2019-H2']] },
    { input: 'It was hot in the summer of 2022.', dct: D, out: [['the summer of 2022', 'DATE', '2022-SU']] },
  ],
  'decades and centuries': [
    { input: 'In the 1980s, the Soviet Union waged war.', dct: D, out: [['the 1980s', 'DATE', '198']] },
    { input: 'It changed in the early 1990s.', dct: D, out: [['the early 1990s', 'DATE', '199']] },
    { input: 'Railways spread in the 19th century.', dct: D, out: [['the 19th century', 'DATE', '18']] },
    { input: 'Music changed in the nineties.', dct: D, out: [['the nineties', 'DATE', '199']] },
    { input: 'She is in her sixties.', dct: D, out: [] },
  ],
  durations: [
    { input: 'Sanctions have lasted for more than two decades.', dct: D, out: [['more than two decades', 'DURATION', 'P20Y']] },
    { input: 'The trial took a month.', dct: D, out: [['a month', 'DURATION', 'P1M']] },
    { input: 'He signed a two-year contract.', dct: D, out: [['two-year', 'DURATION', 'P2Y']] },
    { input: 'The flight lasted 90 minutes.', dct: D, out: [['90 minutes', 'DURATION', 'PT90M']] },
    { input: 'Talks dragged on for years.', dct: D, out: [['years', 'DURATION', 'PXY']] },
    { input: 'The siege lasted 2 1/2 years.', dct: D, out: [['2 1/2 years', 'DURATION', 'P2Y6M']] },
    { input: 'The march took a day and a half.', dct: D, out: [['a day and a half', 'DURATION', 'P1DT12H']] },
  ],
  sets: [
    { input: 'The paper is printed daily.', dct: D, out: [['daily', 'SET', 'P1D']] },
    { input: 'They meet every week.', dct: D, out: [['every week', 'SET', 'P1W']] },
    { input: 'The club meets every Monday.', dct: D, out: [['every Monday', 'SET', 'XXXX-WXX-1']] },
    { input: 'The club meets every Monday morning.', dct: D, out: [['every Monday morning', 'SET', 'XXXX-WXX-1TMO']] },
    { input: 'Trains run every two hours and buses every 15 minutes.', dct: D, out: [['every two hours', 'SET', 'PT2H'], ['every 15 minutes', 'SET', 'PT15M']] },
    { input: 'It pays interest every quarter.', dct: D, out: [['every quarter', 'SET', 'P1Q']] },
    { input: 'The festival returns every spring.', dct: D, out: [['every spring', 'SET', 'XXXX-SP']] },
  ],
  refs: [
    { input: 'The company is now profitable.', dct: D, out: [['now', 'DATE', 'PRESENT_REF']] },
    { input: 'She currently lives abroad.', dct: D, out: [['currently', 'DATE', 'PRESENT_REF']] },
    { input: 'Cars will change in the future.', dct: D, out: [['the future', 'DATE', 'FUTURE_REF']] },
    { input: 'He recently resigned.', dct: D, out: [['recently', 'DATE', 'PAST_REF']] },
  ],
  ranges: [
    { input: 'Output doubled between 2005 and 2010.', dct: D, out: [['2005', 'DATE', '2005'], ['2010', 'DATE', '2010']] },
    { input: 'The 2009-2010 season was long.', dct: D, out: [['2009', 'DATE', '2009'], ['2010', 'DATE', '2010']] },
    { input: 'The summit is on April 24 and 25, 2025.', dct: D, out: [['April 24', 'DATE', '2025-04-24'], ['25, 2025', 'DATE', '2025-04-25']] },
    { input: 'The hurricane season runs June 1 through Nov. 30. The exhibit ran from Dec. 20 to Jan. 5.', dct: '2013-03-22', out: [['June 1', 'DATE', '2013-06-01'], ['Nov. 30', 'DATE', '2013-11-30'], ['Dec. 20', 'DATE', '2012-12-20'], ['Jan. 5', 'DATE', '2013-01-05']] },
    { input: 'The season runs from March to October. Talks ran from November to February.', dct: '2013-03-22', out: [['March', 'DATE', '2013-03'], ['October', 'DATE', '2013-10'], ['November', 'DATE', '2012-11'], ['February', 'DATE', '2013-02']] },
    { input: 'Votes came on Jan. 5, 12, 19 or 26, 2014.', dct: D, out: [['Jan. 5', 'DATE', '2014-01-05'], ['12', 'DATE', '2014-01-12'], ['19', 'DATE', '2014-01-19'], ['26, 2014', 'DATE', '2014-01-26']] },
    { input: 'Exports rose from May to July.', dct: D, out: [['May', 'DATE', '2024-05'], ['July', 'DATE', '2024-07']] },
  ],
  'BC and AD': [
    { input: 'Caesar died in 44 BC.', dct: D, out: [['44 BC', 'DATE', 'BC0044']] },
    { input: 'The revolt lasted from 499 to 493 BC. Persia won.', dct: D, out: [['499', 'DATE', 'BC0499'], ['493 BC', 'DATE', 'BC0493']] },
    { input: 'Vesuvius erupted in AD 79.', dct: D, out: [['AD 79', 'DATE', '0079']] },
  ],
  'bare months': [
    { input: 'The report came out in August.', dct: '2013-03-22', out: [['August', 'DATE', '2012-08']] },
    { input: 'The vote will be held in December.', dct: D, out: [['December', 'DATE', '2024-12']] },
    { input: 'Troops left in January 1998.', dct: D, out: [['January 1998', 'DATE', '1998-01']] },
  ],
  'bare years': [
    { input: 'They returned to power in 2021.', dct: D, out: [['2021', 'DATE', '2021']] },
    { input: 'Since 1998 the rules changed.', dct: D, out: [['1998', 'DATE', '1998']] },
    { input: 'It was built in nineteen ninety-six.', dct: D, out: [['nineteen ninety-six', 'DATE', '1996']] },
    { input: 'The goal is full employment by the year two thousand.', dct: D, out: [['the year two thousand', 'DATE', '2000']] },
  ],
};

describe.each(Object.entries(FAMILIES))('%s', (_family, cases) => {
  it.each(cases.map((c) => [c.input, c] as const))('%s', (_input, c) => {
    const got = tagTimexes(c.input, { dct: c.dct }).map((t) => [t.text, t.type, t.value]);
    expect(got).toEqual(c.out);
  });
});
